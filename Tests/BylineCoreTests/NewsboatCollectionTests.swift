import Testing

@testable import BylineCore

/// newsboat's cache named as a path loads like a directory of articles, so the reader and every
/// listing command accept it (`--newsboat PATH`).
@Suite struct NewsboatCollectionTests {
    @Test func aCachePathLoadsThroughTheCollectionLoader() throws {
        let dir = try TemporaryDirectory()
        let path = try LoadNewsboatTests.makeCache(in: dir)
        let loaded = ArticleFiles.load(paths: [path])
        #expect(loaded.articles.map(\.title) == ["Envoy says talks will resume", "Plain item"])
        let collection = CollectionLoader.load(paths: [path], cache: nil)
        #expect(collection.articles.count == 2)
        #expect(collection.articles.allSatisfy { $0.format == .newsboat })
    }

    @Test func otherFilesWithUnknownExtensionsAreStillRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("notes.db").path
        try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
        var issues: [LoadIssue] = []
        #expect(ArticleFiles.load(file: path, issues: &issues).isEmpty)
        #expect(issues.map(\.reason) == [.notAnArticleFormat])
    }
}
