import BylineCore
import BylineNLP
import Foundation
import Testing

@testable import BylineUI

/// The reader fetches an article's text when it opens it: a loaded collection holds none.
@Suite struct ReaderTextTests {
    /// Two articles on disk, loaded by the real loader without a cache.
    static func loaded() throws -> (dir: String, collection: ArticleCollection) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-reader-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "Bridge opens in Oslo\n\nThe mayor, Anna Berg, opened the bridge. \"It took ten years,\" she said.\n"
            .write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "Harbour closes\n\nThe harbour in Bergen closed for the winter on Monday.\n"
            .write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        return (dir, CollectionLoader.load(paths: [dir], cache: nil, workers: 1))
    }

    static func open(_ title: String, in c: ArticleCollection) throws -> AppState {
        var s = AppState(collection: c, width: 100, height: 24)
        _ = s.carryOut(s.pendingEffects())
        let row = try #require(s.visible.firstIndex { c.article(Int($0)).title == title })
        for _ in 0..<row { s.keys("j") }
        s.keys("Enter")
        return s
    }

    @Test func anOpenedArticleShowsItsTextAndQuotes() throws {
        let (dir, c) = try Self.loaded()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(c.articles.allSatisfy { $0.text.isEmpty })
        let s = try Self.open("Bridge opens in Oslo", in: c)
        #expect(s.reader?.annotation?.quotes.count == 1)
        let g = Screen.render(s)
        #expect(g.contains("opened the bridge"))
        let effects = {
            var t = s
            return t.acceptOutput(.pipe, text: "cat")
        }()
        guard case .pipe(_, let text)? = effects.first else {
            Issue.record("no pipe effect")
            return
        }
        #expect(text.contains("It took ten years"))
    }

    @Test func anArticleWhoseFileWentIsToldNotCrashed() throws {
        let (dir, c) = try Self.loaded()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.removeItem(atPath: dir + "/a.txt")
        var s = try Self.open("Bridge opens in Oslo", in: c)
        #expect(s.reader != nil && s.reader?.annotation == nil)
        let g = Screen.render(s)
        #expect(g.contains("Bridge opens in Oslo"))
        #expect(g.contains("its file is gone since the list was loaded (R reloads)"))
        #expect(s.acceptOutput(.pipe, text: "cat").isEmpty)
        #expect(s.message?.contains("gone") == true)
    }
}
