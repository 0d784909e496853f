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

    func remove() { try? FileManager.default.removeItem(at: root) }
}
