import BylineCore
import Foundation
import Synchronization
import Testing

/// The journal: what a load annotates survives the load being stopped at any moment.
@Suite struct CacheJournalTests {
    static let articles = 160

    /// A collection of articles long enough that annotating them all takes a while, so a load
    /// can be stopped in the middle.
    func collection() throws -> TempCollection {
        let t = try TempCollection(articles: 0)
        for i in 0..<Self.articles {
            let body = (0..<12).map { k in
                "Officials in Seoul said on Monday that talks number \(i)-\(k) would go on. \"We will keep "
                    + "talking to Washington,\" Jean Lee of the Foreign Ministry said in Tokyo on March \(k + 1)."
            }
            try t.write("sub/\(i).txt", "Headline number \(i)\n\n" + body.joined(separator: "\n\n") + "\n")
        }
        return t
    }

    /// Loads `t` and cancels as soon as some, but not all, articles are annotated, as a reader
    /// quitting mid-annotation does (once this load has annotated something itself); returns how
    /// many were annotated when it was stopped.
    func interruptedLoad(_ t: TempCollection) -> Int {
        let loader = CollectionLoader(paths: [t.data], cache: t.cache, workers: 2)
        let seen = Mutex(0)
        loader.start { update in
            let p = update.progress
            if p.phase == .annotating && p.annotated > p.fromCache && !loader.isCancelled {
                seen.withLock { $0 = p.annotated }
                loader.cancel()
            }
        }
        _ = loader.wait()
        return seen.withLock { $0 }
    }

    var journalPath: (TempCollection) -> String { { CacheJournal.path(for: $0.cache.file(for: [$0.data])) } }

    @Test func aStoppedLoadKeepsWhatItAnnotated() throws {
        let t = try collection()
        defer { t.remove() }
        let seen = interruptedLoad(t)
        #expect(seen > 0 && seen < Self.articles)
        #expect(!FileManager.default.fileExists(atPath: t.cache.file(for: [t.data])))
        let kept = try #require(t.cache.journal(roots: [t.data])).count
        #expect(kept >= seen && kept < Self.articles)
        let (c, p) = t.load()
        #expect(p.fromCache == kept)
        let fresh = t.load(cache: false).0
        #expect(c.articles == fresh.articles)
        #expect(c.index.entities.map(\.name) == fresh.index.entities.map(\.name))
        #expect(c.index.speakers.map(\.name) == fresh.index.speakers.map(\.name))
        for id in 0..<c.count {
            #expect(c.annotation(of: id) == fresh.annotation(of: id))
        }
        // The complete load wrote the cache file and, with everything in it, dropped the journal.
        #expect(!FileManager.default.fileExists(atPath: journalPath(t)))
        #expect(t.load().1.fromCache == Self.articles)
    }

    @Test func aTornLastSegmentIsDroppedAndTheRestUsed() throws {
        let t = try collection()
        defer { t.remove() }
        _ = interruptedLoad(t)
        let kept = try #require(t.cache.journal(roots: [t.data])).count
        let url = URL(fileURLWithPath: journalPath(t))
        let whole = try Data(contentsOf: url)
        // Cut inside the last segment: the file it held is annotated again, the others are not.
        try whole.prefix(whole.count - 5).write(to: url)
        #expect(t.cache.journal(roots: [t.data])?.count == kept - 1)
        let (c, p) = t.load()
        #expect(p.fromCache == kept - 1)
        #expect(c.count == Self.articles && c.isComplete)
    }

    @Test func aSegmentHeaderPromisingMoreThanIsThereIsIgnored() throws {
        let t = try collection()
        defer { t.remove() }
        _ = interruptedLoad(t)
        let kept = try #require(t.cache.journal(roots: [t.data])).count
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journalPath(t)))
        try handle.seekToEnd()
        try handle.write(contentsOf: [0xFF, 0xFF, 0, 0] + [UInt8](repeating: 7, count: 40))
        try handle.close()
        #expect(t.cache.journal(roots: [t.data])?.count == kept)
        // A second stopped load appends after the last whole segment, cutting the torn tail off.
        _ = interruptedLoad(t)
        let more = try #require(t.cache.journal(roots: [t.data])).count
        #expect(more > kept)
        #expect(t.load().1.fromCache == more)
    }

    @Test func aDamagedSegmentIsAMissNotAFailure() throws {
        let t = try collection()
        defer { t.remove() }
        _ = interruptedLoad(t)
        let kept = try #require(t.cache.journal(roots: [t.data])).count
        let url = URL(fileURLWithPath: journalPath(t))
        var bytes = try Data(contentsOf: url)
        // Flip bytes inside the last segment's payload, after its length and checksum.
        for k in (bytes.count - 30)..<(bytes.count - 20) { bytes[k] ^= 0x5A }
        try bytes.write(to: url)
        let (c, p) = t.load()
        #expect(p.fromCache == kept - 1)
        #expect(c.count == Self.articles && c.isComplete)
        #expect(c.articles == t.load(cache: false).0.articles)
    }

    @Test func aJournalFromAnotherBuildIsIgnored() throws {
        let t = try TempCollection(articles: 20)
        defer { t.remove() }
        let path = journalPath(t)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("BYLNJRNL\u{0}\u{0}\u{0}\u{0}garbage that is not a header".utf8).write(
            to: URL(fileURLWithPath: path))
        #expect(t.cache.journal(roots: [t.data])?.count == 0)
        let (c, p) = t.load()
        #expect(p.fromCache == 0 && c.count == 20 && c.isComplete)
    }
}
