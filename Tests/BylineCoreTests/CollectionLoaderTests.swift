import BylineCore
import Foundation
import Synchronization
import Testing

@Suite struct CollectionLoaderTests {
    @Test func loadsEveryArticleAndReportsProgress() throws {
        let t = try TempCollection(articles: 40)
        defer { t.remove() }
        let seen = Mutex<[LoadProgress]>([])
        let loader = CollectionLoader(paths: [t.data], cache: nil, workers: 2)
        loader.start { update in seen.withLock { $0.append(update.progress) } }
        let c = loader.wait()
        #expect(c.count == 40)
        #expect(c.isComplete)
        #expect(Set(c.articles.map(\.title)) == Set((0..<40).map { "Headline number \($0)" }))
        let phases = seen.withLock { $0 }
        #expect(phases.last?.phase == .done)
        #expect(phases.last?.annotated == 40 && phases.last?.filesTotal == 40)
        #expect(c.index.articleCount == 40)
        #expect(c.index.articles(containingWords: "number 7").count == 1)
    }

    @Test func progressOnlyUpdatesResendTheSnapshotBeforeThem() throws {
        let t = try TempCollection(articles: 300)
        defer { t.remove() }
        let seen = Mutex<[(number: Int, count: Int, annotated: Int, phase: LoadProgress.Phase)]>([])
        let loader = CollectionLoader(paths: [t.data], cache: nil, workers: 1)
        loader.start { u in
            seen.withLock {
                $0.append((u.snapshotNumber, u.collection.count, u.collection.annotatedCount, u.progress.phase))
            }
        }
        let c = loader.wait()
        let updates = seen.withLock { $0 }
        #expect(zip(updates, updates.dropFirst()).allSatisfy { $0.number <= $1.number })
        for (a, b) in zip(updates, updates.dropFirst()) where a.number == b.number {
            #expect(a.count == b.count && a.annotated == b.annotated)
        }
        let last = try #require(updates.last)
        #expect(last.phase == .done && last.annotated == c.count && last.number == updates.map(\.number).max())
    }

    @Test func oneWorkerAndManyGiveTheSameCollection() throws {
        let t = try TempCollection(articles: 25)
        defer { t.remove() }
        let (one, _) = t.load(cache: false, workers: 1)
        let (many, _) = t.load(cache: false, workers: 4)
        #expect(one.articles == many.articles)
        #expect(one.annotations == many.annotations)
        #expect(one.newestFirst == many.newestFirst)
    }

    @Test func unreadableFilesAreSkippedWithAReason() throws {
        let t = try TempCollection(articles: 3)
        defer { t.remove() }
        try Data([0x41, 0, 0x42]).write(to: URL(fileURLWithPath: t.data + "/binary.txt"))
        let (c, _) = t.load(cache: false)
        #expect(c.count == 3)
        #expect(c.issues.map(\.path) == [t.data + "/binary.txt"])
    }

    @Test func cancelStopsAtOnce() throws {
        let t = try TempCollection(articles: 400)
        defer { t.remove() }
        let loader = CollectionLoader(paths: [t.data], cache: nil, workers: 2)
        loader.start()
        loader.cancel()
        let start = Date()
        _ = loader.wait()
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(loader.latest?.progress.isFinished == true)
    }

    @Test func missingDirectoryIsAnIssueNotACrash() {
        let c = CollectionLoader.load(paths: ["/nonexistent/byline"], cache: nil)
        #expect(c.count == 0)
        #expect(c.issues.first?.reason == .cannotStat(errno: ENOENT))
    }
}
