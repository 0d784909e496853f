import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// What a cached start leaves in the cache file instead of memory: the word index and the
/// annotations, read back when asked for, and never trapped on when the file is damaged later.
@Suite struct CacheHeldTests {
    /// Three segments of a word index over `articles` articles, each article holding words
    /// drawn from a few hundred, so that segments have more keys than one sample block.
    static func wordIndex(articles: Int) -> TermIndex {
        var segments: [TermIndex.Segment] = []
        var collector = TermCollector()
        for id in 0..<articles {
            var rng = UInt64(id) &* 0x9E37_79B9_7F4A_7C15
            var words: Set<UInt64> = []
            for _ in 0..<40 {
                rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.insert(1 + (rng >> 33) % 700)
            }
            collector.add(article: Int32(id), words: words.sorted())
            if id % (articles / 3) == articles / 3 - 1 { segments.append(collector.freeze()) }
        }
        if !collector.isEmpty { segments.append(collector.freeze()) }
        return TermIndex(segments: segments)
    }

    /// `t` written as the cache writes it, after `junk` bytes, into a file at `path`.
    static func store(_ t: TermIndex, at path: String, after junk: Int) throws -> Range<Int> {
        var w = BinaryWriter()
        w.append([UInt8](repeating: 0xAB, count: junk))
        w.terms(t)
        try Data(w.bytes).write(to: URL(fileURLWithPath: path))
        return junk..<w.bytes.count
    }

    @Test func storedWordIndexAnswersAsTheOneInMemory() throws {
        let path = NSTemporaryDirectory() + "byline-terms-\(UUID().uuidString)"
        defer { unlink(path) }
        let memory = Self.wordIndex(articles: 600)
        #expect(memory.segments.count == 3)
        let range = try Self.store(memory, at: path, after: 13)
        let file = try #require(OpenFile(path))
        #expect(
            Checksum.of(file, range) == Checksum.of(try Data(contentsOf: URL(fileURLWithPath: path)).map { $0 }, range))
        let stored = TermIndex(stored: try #require(StoredTermSegment.segments(in: file, range)))
        #expect(stored.segments.isEmpty && stored.stored.count == 3)
        for key in UInt64(0)...720 {
            let hash = key << 16
            #expect(stored.articles(hash: hash) == memory.articles(hash: hash), "word \(key)")
        }
        #expect(!memory.articles(hash: 5 << 16).isEmpty)
        // A range that does not frame the section is refused.
        #expect(StoredTermSegment.segments(in: file, (range.lowerBound + 1)..<range.upperBound) == nil)
        #expect(StoredTermSegment.segments(in: file, range.lowerBound..<(range.upperBound - 4)) == nil)
    }

    @Test func checksumOfPiecesIsTheChecksumOfTheWhole() {
        var rng = SplitMix64(seed: 7)
        for length in [0, 1, 7, 8, 9, 63, 64, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let whole = Checksum.of(bytes, 0..<length)
            for _ in 0..<20 {
                var sum = Checksum.Running(count: length)
                var at = 0
                while at < length {
                    let n = min(length - at, rng.below(12))
                    bytes.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[at..<(at + n)])) }
                    at += n
                }
                #expect(sum.value == whole, "\(length) bytes")
            }
        }
        #expect(Checksum.of([1, 2, 3], 0..<3) != Checksum.of([1, 2, 4], 0..<3))
    }

    @Test func storedWordIndexCutShortAnswersNothingRatherThanTrap() throws {
        let path = NSTemporaryDirectory() + "byline-terms-\(UUID().uuidString)"
        defer { unlink(path) }
        let range = try Self.store(Self.wordIndex(articles: 300), at: path, after: 0)
        let file = try #require(OpenFile(path))
        let stored = TermIndex(stored: try #require(StoredTermSegment.segments(in: file, range)))
        // The file is cut after it was opened, as a full disk or another program might leave it.
        #expect(truncate(path, off_t(range.count / 2)) == 0)
        var answered = 0
        for key in UInt64(0)...720 { answered += stored.articles(hash: key << 16).count }
        #expect(answered < 300 * 40)
        #expect(Checksum.of(file, range) == nil)
    }

    @Test func cachedStartDecodesEachAnnotationWhenAskedFor() throws {
        let t = try TempCollection(articles: 12)
        defer { t.remove() }
        // One file holding three articles: their annotations share one record.
        let lines = (0..<3).map { i in
            #"{"title": "Feed item \#(i)", "body": "Officials in Tokyo said on Friday that Jean Lee had left. \"We wait,\" Kim Dae-jung said.", "date": "2022-03-0\#(i + 1)"}"#
        }
        try t.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let (cold, _) = t.load()
        let (warm, p) = t.load()
        #expect(p.fromCache == 15)
        #expect(warm.annotations == cold.annotations)
        for id in 0..<warm.count {
            #expect(warm.annotation(of: id) == cold.annotation(of: id))
            #expect(warm.quoteCount(of: id) == cold.quoteCount(of: id))
            #expect(warm.mentionCount(of: id) == cold.mentionCount(of: id))
        }
        #expect(warm.index.articles(containingWords: "tokyo").count == 3)

        // The cache file is damaged in place after the start: what it held is gone, what the
        // list shows stays, and nothing traps.
        #expect(truncate(t.cache.file(for: [t.data]), 1000) == 0)
        let feed = try #require(warm.articles.firstIndex { $0.title == "Feed item 1" })
        #expect(warm.annotations.isAnnotated(feed))
        #expect(warm.annotations[feed] == nil)
        #expect(warm.annotation(of: feed) == nil)
        #expect(warm.quoteCount(of: feed) == cold.quoteCount(of: feed))
        #expect(warm.mentionCount(of: feed) == cold.mentionCount(of: feed))
        #expect(warm.index.articles(containingWords: "tokyo").isEmpty)
        #expect(warm.select(try Query(parsing: "text:tokyo")).isEmpty)
        // A text file's own text is read again from the file.
        let plain = try #require(warm.articles.firstIndex { $0.title == "Headline number 4" })
        #expect(warm.readable(plain).article.text == TempCollection.text(4))
        // The next start finds the cache corrupt and annotates again.
        let (again, p2) = t.load()
        #expect(p2.fromCache == 0)
        #expect(again.annotations == cold.annotations)
    }
}
