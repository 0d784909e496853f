import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// Annotated JSONL read back keeps everything it holds, names this version does not know included.
@Suite struct AnnotatedRoundTripTests {
    static let text = "Rates rise\n\n\"We had no choice,\" Jean Lee said."

    /// One line of `annotate` output for an article of `file`, its quote decided by `sieve`.
    static func line(sieve: SieveName, file: String) -> String {
        let t = text
        let quoteStart = t.unicodeScalars.distance(from: t.startIndex, to: t.firstIndex(of: "\"")!)
        let nameStart = t.unicodeScalars.distance(from: t.startIndex, to: t.range(of: "Jean Lee")!.lowerBound)
        let said = nameStart + 9
        let article = Article(
            path: file, item: 0, format: .jsonl, title: "Rates rise", text: t,
            published: CalendarDate(year: 2024, month: 5, day: 2), publishedSource: .metadata, source: "Daily")
        let quote = Quote(
            kind: .direct, span: TextSpan(start: quoteStart, end: quoteStart + 19, text: "\"We had no choice,\""),
            speaker: Speaker(
                name: "Jean Lee", mention: TextSpan(start: nameStart, end: nameStart + 8, text: "Jean Lee")),
            cue: TextSpan(start: said, end: said + 4, text: "said"), sieve: sieve)
        let entity = EntityMention(
            type: .person, start: nameStart, end: nameStart + 8, text: "Jean Lee", canonical: "Jean Lee", value: nil)
        var w = JSONWriter()
        AnnotationJSON.write(
            AnnotatedArticle(article: article, annotation: Annotation(entities: [entity], quotes: [quote])), to: &w)
        return w.output
    }

    @Test func anUnknownSieveNameIsKeptAndWrittenBackByteForByte() throws {
        let original = Self.line(sieve: .other("from-elsewhere"), file: "in.jsonl")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(original.utf8)) as? [String: Any])
        let read = try #require(try AnnotatedJSON.article(from: object, path: "in.jsonl", item: 0))
        #expect(read.annotation.quotes.map(\.sieve) == [.other("from-elsewhere")])
        var w = JSONWriter()
        AnnotationJSON.write(read, to: &w)
        #expect(w.output == original)
    }

    @Test func aKnownNameReadsAsItsCaseAndAnUnknownOneThroughTheCollection() throws {
        #expect(SieveName(rawValue: "trailing-cue") == .trailingCue)
        #expect(SieveName(rawValue: "from-elsewhere").rawValue == "from-elsewhere")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-sieve-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/a.jsonl"
        let original = Self.line(sieve: .other("from-elsewhere"), file: file)
        try (original + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let c = CollectionLoader.load(paths: [dir], cache: nil, workers: 1)
        let annotation = try #require(c.annotation(of: 0))
        #expect(annotation.quotes.map(\.sieve) == [.other("from-elsewhere")])
        var article = c.readable(0).article
        article.path = file
        var w = JSONWriter()
        AnnotationJSON.write(AnnotatedArticle(article: article, annotation: annotation), to: &w)
        #expect(w.output == original)
    }
}
