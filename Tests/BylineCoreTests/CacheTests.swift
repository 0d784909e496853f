import BylineCore
import BylineNLP
import Foundation
import Synchronization
import Testing

@Suite struct CacheTests {
    @Test func secondLoadComesFromTheCache() throws {
        let t = try TempCollection(articles: 30)
        defer { t.remove() }
        let (cold, p1) = t.load()
        #expect(p1.fromCache == 0)
        #expect(FileManager.default.fileExists(atPath: t.cache.file(for: [t.data])))
        let (warm, p2) = t.load()
        #expect(p2.fromCache == 30)
        #expect(warm.articles == cold.articles)
        #expect(warm.annotations == cold.annotations)
        // The word index came from the cache and answers as the one built from the texts.
        for words in ["seoul", "number 7", "talking", "absent"] {
            #expect(warm.index.articles(containingWords: words) == cold.index.articles(containingWords: words))
        }
        #expect(warm.index.articles(containingWords: "monday").count == 30)
        // Nothing was written into the data directory.
        let inData = FileManager.default.enumerator(atPath: t.data)!.allObjects as! [String]
        #expect(inData.filter { !$0.hasSuffix(".txt") && $0 != "sub" }.isEmpty)
    }

    @Test func roundTripKeepsAnnotationsAndArticles() throws {
        let t = try TempCollection(articles: 0)
        defer { t.remove() }
        let c = IndexFixtures.collection
        let entries = t.writeFixtureCache()
        let back = try #require(t.cache.read(roots: [t.data]))
        #expect(back.count == entries.count)
        #expect(back.position(of: "0:/absent") == nil)
        for (i, e) in entries.enumerated() {
            #expect(back.position(of: e.key) == i)
            #expect(back.stamp(at: i) == (10, 1.5))
            let f = try #require(back.file(at: i))
            // The text stays in the cache file, where its spot says.
            let held = ArticleCollection(
                articles: ChunkedArray(f.articles), annotations: ArticleAnnotations(f.annotations.map { $0 }),
                index: Index(), issues: [], spots: ChunkedArray(f.spots), texts: back.texts)
            var article = held.readable(0).article
            article.path = c.articles[i].path
            #expect(f.articles[0].text.isEmpty)
            #expect(article == c.articles[i])
            #expect(f.annotations == [c.annotations[i]!])
            #expect(f.size == 10 && f.modified == 1.5)
        }
        #expect(back.vocabulary()?.strings == c.index.vocabulary.strings)
        #expect(back.vocabulary()?.keys == c.index.vocabulary.keys)
        #expect(back.terms() == nil)
    }

    @Test func fileReplacedByAnotherOfTheSameSizeAndTimeIsAnnotatedAgain() throws {
        let t = try TempCollection(articles: 6)
        defer { t.remove() }
        _ = t.load()
        let path = t.data + "/sub/2.txt"
        let text = TempCollection.text(2).replacingOccurrences(of: "Seoul", with: "Tokyo")
        #expect(text.utf8.count == TempCollection.text(2).utf8.count)
        // Another file with the old one's size and exact modification time, moved into its place.
        var old = stat()
        #expect(stat(path, &old) == 0)
        try text.write(toFile: path + ".new", atomically: false, encoding: .utf8)
        let times = [old.st_atim, old.st_mtim]
        #expect(utimensat(AT_FDCWD, path + ".new", times, 0) == 0)
        #expect(rename(path + ".new", path) == 0)
        var now = stat()
        #expect(stat(path, &now) == 0)
        #expect(now.st_size == old.st_size)
        #expect(now.st_mtim.tv_sec == old.st_mtim.tv_sec && now.st_mtim.tv_nsec == old.st_mtim.tv_nsec)
        #expect(now.st_ino != old.st_ino)
        let (c, p) = t.load()
        #expect(p.fromCache == 5)
        #expect(c.index.articles(containingWords: "tokyo").count == 1)
        #expect(c.index.articles(containingWords: "seoul").count == 5)
        #expect(t.load().1.fromCache == 6)
    }

    @Test func changedFileIsAnnotatedAgain() throws {
        let t = try TempCollection(articles: 10)
        defer { t.remove() }
        _ = t.load()
        try t.write("sub/3.txt", "A new headline\n\nOther text entirely.\n")
        let (c, p) = t.load()
        #expect(p.fromCache == 9)
        #expect(c.articles.contains { $0.title == "A new headline" })
        // Words of the cached articles are scanned again when the saved word index no longer fits.
        let fresh = t.load(cache: false).0
        for words in ["number 7", "entirely", "talks", "headline", "seoul monday"] {
            #expect(
                c.index.articles(containingWords: words) == fresh.index.articles(containingWords: words), "\(words)")
        }
        #expect(c.index.articles(containingWords: "number 7").count == 1)
        #expect(c.index.entities.map(\.name) == fresh.index.entities.map(\.name))
        let warm = t.load()
        #expect(warm.1.fromCache == 10)
        #expect(warm.0.index.articles(containingWords: "entirely") == fresh.index.articles(containingWords: "entirely"))
    }

    @Test func corruptOrTruncatedCacheIsRebuiltSilently() throws {
        let t = try TempCollection(articles: 10)
        defer { t.remove() }
        _ = t.load()
        let file = t.cache.file(for: [t.data])
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        for bad in [
            Data("garbage".utf8), good.prefix(good.count / 2), good.prefix(40), Data(good.map { $0 == 0 ? 0xFF : $0 }),
        ] {
            try bad.write(to: URL(fileURLWithPath: file))
            #expect(t.cache.read(roots: [t.data]) == nil)
            let (c, p) = t.load()
            #expect(c.count == 10 && p.fromCache == 0)
            #expect(t.cache.read(roots: [t.data])?.count == 10)
        }
        // Damage inside the records and the vocabulary: the table still opens, the damaged
        // parts read as misses, and the load comes out the same.
        let (reference, _) = t.load(cache: false)
        var damaged = good
        for k in stride(from: good.count / 3, to: good.count, by: 97) { damaged[k] = 0xFF }
        try damaged.write(to: URL(fileURLWithPath: file))
        let (c, _) = t.load()
        #expect(c.articles.map(\.title) == reference.articles.map(\.title))
        #expect(c.isComplete)
    }

    @Test func noCacheNeitherReadsNorWrites() throws {
        let t = try TempCollection(articles: 5)
        defer { t.remove() }
        _ = t.load(cache: false)
        #expect(!FileManager.default.fileExists(atPath: t.cache.file(for: [t.data])))
    }

    @Test func cacheInsideTheDataDirectoryIsNeverUsed() throws {
        let t = try TempCollection(articles: 5)
        defer { t.remove() }
        let inside = AnnotationCache(directory: t.data + "/.cache/byline")
        #expect(inside.isInside([t.data]))
        _ = CollectionLoader.load(paths: [t.data], cache: inside)
        #expect(!FileManager.default.fileExists(atPath: t.data + "/.cache"))
    }

    @Test func standardLocationFollowsXDG() {
        #expect(
            AnnotationCache.standard(XDGDirectories(environment: ["XDG_CACHE_HOME": "/x/c", "HOME": "/h"])).directory
                == "/x/c/byline")
        #expect(AnnotationCache.standard(XDGDirectories(environment: ["HOME": "/h"])).directory == "/h/.cache/byline")
        #expect(
            AnnotationCache.standard(XDGDirectories(environment: ["XDG_CACHE_HOME": "c", "HOME": "/h"])).directory
                == "/h/.cache/byline")
    }

    /// The cache writes `Article` field by field: a new stored property must be added there too.
    /// (Author, tags, dateline and captions are stored together, as one property.)
    @Test func cacheRecordCoversEveryArticleField() {
        let a = Article(path: "p", format: .txt, title: "t", text: "x")
        #expect(Mirror(reflecting: a).children.count == 12)
    }
}

@Suite struct CachedSnapshotTests {
    /// Cached annotations refer to the cache's vocabulary: no snapshot of a warm load may show
    /// one before the index has taken that vocabulary, or speakers would get other or empty names.
    @Test func everySnapshotOfAWarmLoadNamesSpeakersAsTheFinalOne() throws {
        let t = try TempCollection(articles: 400)
        defer { t.remove() }
        _ = t.load()
        let updates = Mutex<[CollectionUpdate]>([])
        let loader = CollectionLoader(paths: [t.data], cache: t.cache, workers: 2)
        loader.start { update in updates.withLock { $0.append(update) } }
        let final = loader.wait()
        let expected = final.articles.indices.map { final.annotation(of: $0)?.quotes.map { $0.speaker?.name } }
        #expect(expected.allSatisfy { $0?.contains("Jean Lee") == true })
        for update in updates.withLock({ $0 }) {
            let c = update.collection
            for id in c.articles.indices {
                guard let names = c.annotation(of: id)?.quotes.map({ $0.speaker?.name }) else { continue }
                #expect(names == expected[id], "snapshot \(update.snapshotNumber), article \(id)")
            }
        }
    }
}

extension CachedSnapshotTests {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data").path

    /// While the sample collection loads, cold and then from the cache, no snapshot shows a
    /// speaker without a name.
    @Test(arguments: [1, 2]) func noSnapshotShowsASpeakerWithoutAName(workers: Int) throws {
        let t = try TempCollection(articles: 0)
        defer { t.remove() }
        for _ in 0..<2 {
            let updates = Mutex<[CollectionUpdate]>([])
            let loader = CollectionLoader(paths: [Self.sampleData], cache: t.cache, workers: workers)
            loader.start { update in updates.withLock { $0.append(update) } }
            _ = loader.wait()
            for update in updates.withLock({ $0 }) {
                let c = update.collection
                for id in c.articles.indices {
                    for q in c.annotation(of: id)?.quotes ?? [] {
                        #expect(q.speaker?.name.isEmpty != true, "snapshot \(update.snapshotNumber), article \(id)")
                    }
                }
            }
        }
    }
}
