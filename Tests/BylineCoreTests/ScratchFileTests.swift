import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// What a load puts in its scratch file instead of memory: annotations and word-index segments
/// read back as they went in, written into the cache file from there, and no trace left in the
/// directory.
@Suite struct ScratchFileTests {
    static func directory() throws -> String {
        let dir = NSTemporaryDirectory() + "byline-scratch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func appendedBytesReadBackAndTheFileHasNoName() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try #require(OpenFile(scratchIn: dir))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        let a: [UInt8] = [1, 2, 3]
        let b = [UInt8](repeating: 9, count: 5000)
        #expect(a.withUnsafeBytes { file.append($0) } == 0)
        #expect(b.withUnsafeBytes { file.append($0) } == 3)
        #expect(file.read(0..<3) == a)
        #expect(file.read(3..<5003) == b)
        #expect(file.read(4000..<6000) == nil)
        // A file opened read-only takes no appends.
        let path = dir + "/plain"
        try Data(a).write(to: URL(fileURLWithPath: path))
        #expect(a.withUnsafeBytes { try! #require(OpenFile(path)).append($0) } == nil)
    }

    @Test func spilledAnnotationsReadBackAsHeld() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try #require(OpenFile(scratchIn: dir))
        let held = IndexFixtures.collection.annotations
        #expect(held.count >= 3)
        var spilled = held
        spilled.spill(Array(held.indices), to: file)
        #expect(file.read(0..<1) != nil)
        #expect(spilled == held)
        for id in held.indices {
            #expect(spilled[id] == held[id])
            #expect(spilled.counts(of: id)! == held.counts(of: id)!)
        }
        #expect(spilled.annotations(of: 0..<held.count) == held.annotations(of: 0..<held.count))
    }

    /// The segments a collector makes of `articles` articles, `per` articles each, every article
    /// holding a few words drawn from a hundred.
    static func segments(articles: Int, per: Int) -> [TermIndex.Segment] {
        var out: [TermIndex.Segment] = []
        var collector = TermCollector()
        var rng = SplitMix64(seed: 11)
        for id in 0..<articles {
            let words = Set((0..<6).map { _ in UInt64(1 + rng.below(100)) })
            collector.add(article: Int32(id), words: words.sorted())
            if id % per == per - 1 { out.append(collector.freeze()) }
        }
        if !collector.isEmpty { out.append(collector.freeze()) }
        return out
    }

    @Test func spilledWordIndexAnswersAsTheOneInMemory() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try #require(OpenFile(scratchIn: dir))
        var memory = TermIndex()
        var spilled = TermIndex(spillingTo: file, from: 8)
        for s in Self.segments(articles: 75, per: 4) {
            memory.append(s)
            spilled.append(s)
        }
        #expect(memory.stored.isEmpty)
        #expect(spilled.stored.count >= 2)
        #expect(spilled.stored.allSatisfy { $0.span >= 8 })
        #expect(spilled.stored.reduce(0) { $0 + $1.span } + spilled.segments.reduce(0) { $0 + $1.span } == 75)
        for key in UInt64(0)...101 {
            #expect(spilled.articles(hash: key << 16) == memory.articles(hash: key << 16), "word \(key)")
        }
        #expect(!memory.articles(hash: 7 << 16).isEmpty)
    }

    @Test func cacheFileTakesTheSpilledWordIndex() throws {
        let t = try TempCollection(articles: 0)
        defer { t.remove() }
        let c = IndexFixtures.collection
        let file = try #require(t.cache.scratch(roots: [t.data]))
        var memory = TermIndex()
        var spilled = TermIndex(spillingTo: file, from: 1)
        for id in c.articles.indices {
            var collector = TermCollector()
            collector.add(article: Int32(id), words: TermCollector.words(in: c.articles[id].text))
            let s = collector.freeze()
            memory.append(s)
            spilled.append(s)
        }
        #expect(!spilled.stored.isEmpty)
        let entries = c.articles.indices.map {
            CacheEntry(key: "0:/\($0)", size: 10, modified: 1.5, articles: $0..<($0 + 1))
        }
        #expect(
            t.cache.write(
                roots: [t.data], vocabulary: c.index.vocabulary, entries: entries, articles: c.articles,
                annotations: c.annotations, terms: spilled))
        let back = try #require(t.cache.read(roots: [t.data])?.terms())
        for word in ["seoul", "blinken", "kcna", "watching", "absent"] {
            let hash = try #require(TermScanner.terms(of: word).first)
            #expect(back.articles(hash: hash) == memory.articles(hash: hash), "\(word)")
        }
        let seoul = try #require(TermScanner.terms(of: "seoul").first)
        #expect(!back.articles(hash: seoul).isEmpty)
        // The scratch file left nothing beside the cache file.
        let dir = (t.cache.file(for: [t.data]) as NSString).deletingLastPathComponent
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir) == [
                (t.cache.file(for: [t.data]) as NSString).lastPathComponent
            ])
    }

    @Test func coldStartAnswersAsTheStartFromItsCache() throws {
        let t = try TempCollection(articles: 40)
        defer { t.remove() }
        let (cold, p1) = t.load()
        #expect(p1.fromCache == 0)
        let fresh = t.load(cache: false).0
        let (warm, p2) = t.load()
        #expect(p2.fromCache == 40)
        // The cold start's annotations are read back from its scratch file.
        #expect(cold.annotations == fresh.annotations)
        #expect(warm.annotations == fresh.annotations)
        for id in cold.articles.indices {
            #expect(cold.annotation(of: id) == fresh.annotation(of: id))
            #expect(cold.quoteCount(of: id) == fresh.quoteCount(of: id))
        }
    }
}
