import BylineNLP
import Foundation

/// Objects that `byline annotate` wrote (`text`, `entities` and `quotes`), read back with their
/// annotations as they are: a directory of annotated JSONL, from a cluster or an earlier run, is
/// opened without annotating again. Offsets must lie inside `text`; each span's text is taken
/// from `text` at its offsets, so it always matches what the reader highlights.
enum AnnotatedJSON {
    /// The annotated article in `object`, or nil when it is a plain article object.
    static func article(from object: [String: Any], path: String, item: Int) throws(LoadProblem)
        -> AnnotatedArticle?
    {
        guard let text = object["text"] as? String, let entities = object["entities"] as? [Any],
            let quotes = object["quotes"] as? [Any]
        else { return nil }
        let scalars = Array(text.unicodeScalars)
        func span(_ value: Any?, _ part: LoadProblem.AnnotationPart) throws(LoadProblem) -> TextSpan {
            guard let o = value as? [String: Any], let start = o["start"] as? Int, let end = o["end"] as? Int else {
                throw .noOffsets(part)
            }
            guard 0 <= start, start <= end, end <= scalars.count else {
                throw .offsetsOutsideText(part, start: start, end: end, length: scalars.count)
            }
            return TextSpan(start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end])))
        }
        var annotation = Annotation()
        for (k, e) in entities.enumerated() {
            let s = try span(e, .entity(k))
            guard let o = e as? [String: Any], let type = (o["type"] as? String).flatMap(EntityType.init(rawValue:))
            else { throw .noEntityType(entity: k) }
            annotation.entities.append(
                EntityMention(
                    type: type, start: s.start, end: s.end, text: s.text,
                    canonical: type == .date ? nil : (o["canonical"] as? String).flatMap { $0.isEmpty ? nil : $0 },
                    value: type == .date ? o["value"] as? String : nil))
        }
        for (k, q) in quotes.enumerated() {
            let s = try span(q, .quote(k))
            guard let o = q as? [String: Any], let kind = (o["kind"] as? String).flatMap(QuoteKind.init(rawValue:))
            else { throw .noQuoteKind(quote: k) }
            var speaker: Speaker?
            if let who = o["speaker"] as? [String: Any], let name = who["name"] as? String {
                speaker = Speaker(
                    name: name, mention: who["start"] is Int ? try span(who, .speaker(quote: k)) : nil)
            }
            let cue = o["cue"] is [String: Any] ? try span(o["cue"], .cue(quote: k)) : nil
            // The sieve only explains how a speaker was found; a name this version does not know
            // is kept as written (`.other`), so the annotation is written back unchanged.
            let sieve = (o["sieve"] as? String).map(SieveName.init(rawValue:))
            annotation.quotes.append(
                Quote(kind: kind, span: s, speaker: speaker, cue: cue, sieve: sieve))
        }
        // The reader relies on the pipeline's order: entities sorted and never overlapping, quotes
        // sorted by start (a stable sort, so quotes starting together keep the file's order).
        annotation.entities.sort { $0.start < $1.start }
        var lastEnd = 0
        annotation.entities = annotation.entities.filter { e in
            defer { lastEnd = max(lastEnd, e.end) }
            return e.start >= lastEnd
        }
        annotation.quotes.sort { $0.span.start < $1.span.start }
        var article = Article(
            path: path, item: item, format: (object["format"] as? String).flatMap(ArticleFormat.init) ?? .jsonl,
            title: object["title"] as? String ?? "", text: text,
            published: (object["published"] as? String).flatMap(CalendarDate.init(iso:)),
            source: object["source"] as? String, url: object["url"] as? String, author: object["author"] as? String)
        if article.published != nil {
            article.publishedSource = (object["published_source"] as? String).flatMap(PublishedSource.init) ?? .metadata
        }
        return AnnotatedArticle(article: article, annotation: annotation)
    }
}
