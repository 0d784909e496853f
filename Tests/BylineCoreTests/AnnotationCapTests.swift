import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// One article never stalls a collection: analysis stops at a size and a time cap per article,
/// the rest is shown but not analysed and the load report says so, and the other articles are
/// annotated meanwhile.
@Suite struct AnnotationCapTests {
    static let paragraph = "Jean Lee said on Monday in Seoul that the talks with Antony Blinken would go on. "

    static func prose(paragraphs: Int) -> String {
        (0..<paragraphs).map { _ in String(repeating: paragraph, count: 4) }.joined(separator: "\n\n")
    }

    @Test func analysisStopsAtTheSizeCapWithExactOffsets() {
        let text = "Headline\n\n" + Self.prose(paragraphs: 300)  // about 100,000 characters
        let annotator = Annotator(limits: .init(maxCharacters: 30_000, maxSeconds: 60, segment: 8_000))
        let r = annotator.annotate(Article(path: "a.txt", format: .txt, title: "Headline", text: text))
        let end = try! #require(r.analysedUpTo)
        #expect(end <= 30_000 && end > 20_000)
        #expect(r.capNote == .analysedInPart(upTo: end))
        let scalars = Array(text.unicodeScalars)
        #expect(r.annotation.entities.count > 100)
        for e in r.annotation.entities {
            #expect(e.end <= end)
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
        }
        for q in r.annotation.quotes {
            #expect(String(String.UnicodeScalarView(scalars[q.span.start..<q.span.end])) == q.span.text)
        }
        // People are found in every segment, not only the first.
        #expect(r.annotation.entities.contains { $0.start > 20_000 && $0.type == .person })
    }

    @Test(.timeLimit(.minutes(1))) func analysisStopsAtTheTimeCap() {
        // A flood of quotation marks: the hardest text for quote attribution.
        let text = "Flood\n\n" + String(repeating: "\" ", count: 200_000)
        let annotator = Annotator(limits: .init(maxCharacters: 1_000_000, maxSeconds: 0.3, segment: 2_000))
        let start = Date()
        let r = annotator.annotate(Article(path: "f.txt", format: .txt, title: "Flood", text: text))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect((r.analysedUpTo ?? .max) < 400_000)
    }

    @Test func shortArticlesAreAnalysedWholeAsBefore() {
        let text = "Headline\n\n" + Self.prose(paragraphs: 3)
        let article = Article(path: "a.txt", format: .txt, title: "Headline", text: text)
        let r = Annotator().annotate(article)
        #expect(r.analysedUpTo == nil && r.capNote == nil)
        #expect(r.annotation == Pipeline().annotate(Document(text)) { _ in nil })
    }

    @Test(.timeLimit(.minutes(1))) func aSlowArticleHoldsUpOthersNoLongerThanItsCap() throws {
        let dir = try TemporaryDirectory()
        // Sorted first, so the old in-order hand-over would have waited for it.
        try dir.write("a-long.txt", "Long\n\n" + Self.prose(paragraphs: 1_500))
        for k in 0..<3 { try dir.write("b\(k).txt", "Short \(k)\n\n" + Self.paragraph) }
        // A cap far below the long article's own time (about 500,000 characters), so it is cut
        // however fast the machine is.
        let annotator = Annotator(limits: .init(maxCharacters: 1_000_000, maxSeconds: 0.2, segment: 10_000))
        let loader = CollectionLoader(paths: [dir.path], cache: nil, workers: 2, annotator: annotator)
        let start = Date()
        let othersDone = Locked<Double?>(nil)
        loader.start { update in
            let c = update.collection
            guard c.count == 4, (1..<4).allSatisfy({ c.annotation(of: $0) != nil }) else { return }
            othersDone.withLock { $0 = $0 ?? Date().timeIntervalSince(start) }
        }
        let final = loader.wait()
        // The short articles wait for the long one's cap (0.2 s) and the segment in hand, no more.
        #expect((othersDone.withLock { $0 } ?? 99) < 0.2 + 5, "the short articles waited too long")
        #expect(final.annotatedCount == 4)
        #expect(
            final.issues.contains { issue in
                guard case .analysedInPart = issue.reason else { return false }
                return issue.path.hasSuffix("a-long.txt")
            })
    }

    /// The cache keeps where analysis stopped: a second start, which takes the article from the
    /// cache without analysing it, still reports it as analysed in part, at the same place.
    @Test(.timeLimit(.minutes(1))) func aStartFromTheCacheStillReportsAnArticleAnalysedInPart() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a-long.txt", "Long\n\n" + Self.prose(paragraphs: 300))
        try dir.write("b.txt", "Short\n\n" + Self.paragraph)
        let cache = AnnotationCache(directory: dir.path + "-cache")
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        let annotator = Annotator(limits: .init(maxCharacters: 30_000, maxSeconds: 60, segment: 8_000))
        func load() -> (ArticleCollection, LoadProgress) {
            let loader = CollectionLoader(paths: [dir.path], cache: cache, workers: 2, annotator: annotator)
            loader.start()
            let c = loader.wait()
            return (c, loader.latest!.progress)
        }
        func notes(_ c: ArticleCollection) -> [LoadIssue] {
            c.issues.filter { if case .analysedInPart = $0.reason { true } else { false } }
        }
        let (first, _) = load()
        let note = try #require(notes(first).first)
        #expect(notes(first).count == 1 && note.path.hasSuffix("a-long.txt"))
        let (second, progress) = load()
        #expect(progress.fromCache == 2)
        #expect(notes(second).map(\.path) == [note.path])
        #expect(notes(second).first?.reason == note.reason)
    }
}
