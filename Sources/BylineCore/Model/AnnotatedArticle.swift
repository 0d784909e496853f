import BylineNLP
import Foundation

/// An article together with what the pipeline found in it.
public struct AnnotatedArticle: Sendable, Hashable {
    public var article: Article
    public var annotation: Annotation
    /// Where analysis stopped (a scalar offset) when the article passed a cap of `Annotator.Limits`;
    /// nil when the whole text was analysed.
    public var analysedUpTo: Int?

    public init(article: Article, annotation: Annotation, analysedUpTo: Int? = nil) {
        self.article = article
        self.annotation = annotation
        self.analysedUpTo = analysedUpTo
    }

    /// What the load report says of an article analysed only in part, or nil.
    public var capNote: LoadProblem? { analysedUpTo.map { .analysedInPart(upTo: $0) } }
}

/// Annotates articles: resolves the publication date, then runs the pipeline anchored on it.
///
/// One article must never hold up a collection, whatever its text: analysis stops after
/// `Limits.maxCharacters` and once `Limits.maxSeconds` have passed. A text longer than
/// `Limits.segment` is analysed a segment at a time (cut at a paragraph break where there is
/// one), so the time limit is checked between segments; shorter texts, every real article, are
/// analysed whole.
public struct Annotator: Sendable {
    public struct Limits: Sendable {
        public var maxCharacters: Int
        public var maxSeconds: Double
        public var segment: Int

        public init(maxCharacters: Int = 1_000_000, maxSeconds: Double = 2, segment: Int = 100_000) {
            self.maxCharacters = maxCharacters
            self.maxSeconds = maxSeconds
            self.segment = max(1, segment)
        }
    }

    public let pipeline: Pipeline
    public let limits: Limits

    public init(pipeline: Pipeline = Pipeline(), limits: Limits = Limits()) {
        self.pipeline = pipeline
        self.limits = limits
    }

    /// `published` overrides every other source of the publication date (`annotate --published`).
    public func annotate(_ article: Article, published: CalendarDate? = nil) -> AnnotatedArticle {
        var article = article
        let settle = { (fromText: () -> CalendarDate?) -> CalendarDate? in
            if let published {
                article.published = published
                article.publishedSource = .argument
            } else {
                PublicationDates.resolve(&article, fromText: fromText)
            }
            return PublicationDates.anchor(of: article)
        }
        // Counting stops early: only whether the text passes the segment size matters here.
        let utf8 = article.text.utf8.count
        if utf8 <= limits.segment || article.text.unicodeScalars.count <= limits.segment {
            let annotation = pipeline.annotate(Document(article.text), settlingPublication: settle)
            return AnnotatedArticle(article: article, annotation: annotation)
        }
        let scalars = Array(article.text.unicodeScalars.prefix(limits.maxCharacters + 1))
        let end = min(scalars.count, limits.maxCharacters)
        let deadline = Date().addingTimeInterval(limits.maxSeconds)
        var annotation = Annotation()
        var start = 0
        while start < end {
            if start > 0 && Date() >= deadline { break }
            let stop = Self.boundary(in: scalars, from: start, limit: min(end, start + limits.segment))
            let doc = Document(String(String.UnicodeScalarView(scalars[start..<stop])))
            let part =
                start == 0
                ? pipeline.annotate(doc, settlingPublication: settle)
                : pipeline.annotate(doc, published: article.published)
            annotation.entities += part.entities.map { $0.shifted(by: start) }
            annotation.quotes += part.quotes.map { $0.shifted(by: start) }
            start = stop
        }
        let whole = start >= scalars.count
        return AnnotatedArticle(article: article, annotation: annotation, analysedUpTo: whole ? nil : start)
    }

    /// Where a segment starting at `start` should end, at most `limit`: after the last paragraph
    /// break in its second half, else the last line break, else the last space, else at `limit`.
    static func boundary(in s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        guard limit < s.count else { return limit }
        let floor = start + (limit - start) / 2
        for wanted: [Unicode.Scalar] in [["\n", "\n"], ["\n"], [" "]] {
            var i = limit
            while i > floor {
                if s[i - 1] == wanted.last!, wanted.count == 1 || s[i - 2] == wanted[0] { return i }
                i -= 1
            }
        }
        return limit
    }
}

extension EntityMention {
    fileprivate func shifted(by n: Int) -> EntityMention {
        var m = self
        m.start += n
        m.end += n
        return m
    }
}

extension TextSpan {
    fileprivate func shifted(by n: Int) -> TextSpan { TextSpan(start: start + n, end: end + n, text: text) }
}

extension Quote {
    fileprivate func shifted(by n: Int) -> Quote {
        var q = self
        q.span = span.shifted(by: n)
        q.cue = cue?.shifted(by: n)
        q.speaker?.mention = speaker?.mention?.shifted(by: n)
        return q
    }
}
