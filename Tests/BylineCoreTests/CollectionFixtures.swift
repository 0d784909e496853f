import BylineCore
import Foundation

/// A temporary data directory of `.txt` articles and a temporary cache directory, removed by `remove()`.
struct TempCollection {
    let root: URL
    var data: String { root.appendingPathComponent("data").path }
    var cache: AnnotationCache { AnnotationCache(directory: root.appendingPathComponent("cache/byline").path) }

    init(articles: Int) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: root.appendingPathComponent("data/sub").path, withIntermediateDirectories: true)
        for i in 0..<articles { try write("sub/\(i).txt", TempCollection.text(i)) }
    }

    static func text(_ i: Int) -> String {
        "Headline number \(i)\n\nOfficials in Seoul said on Monday that talks number \(i) would go on.\n\n\"We will keep talking,\" Jean Lee said.\n"
    }

    func write(_ rel: String, _ text: String) throws {
        try text.write(toFile: data + "/" + rel, atomically: true, encoding: .utf8)
    }

    func load(cache: Bool = true, workers: Int = 2) -> (ArticleCollection, LoadProgress) {
        let loader = CollectionLoader(paths: [data], cache: cache ? self.cache : nil, workers: workers)
        loader.start()
        let c = loader.wait()
        return (c, loader.latest!.progress)
    }

    /// Writes `IndexFixtures.collection` into this cache, one file entry an article ("0:/N"), as
    /// the cache's round-trip tests start; returns the entries written.
    func writeFixtureCache() -> [CacheEntry] {
        let c = IndexFixtures.collection
        let entries = c.articles.indices.map {
            CacheEntry(key: "0:/\($0)", size: 10, modified: 1.5, articles: $0..<($0 + 1))
        }
        cache.write(
            roots: [data], vocabulary: c.index.vocabulary, entries: entries, articles: c.articles,
            annotations: c.annotations)
        return entries
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
