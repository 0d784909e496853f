import BylineCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A start from the cache reads no article file and holds no article text: the list, the
/// filters and the entities come from the cache, and a text is fetched when asked for.
@Suite struct CachedStartTests {
    /// Overwrites a file with as many other bytes, keeping its modification time to the
    /// nanosecond: to `stat`, and so to the cache, it is the same file, but anything that reads it
    /// gets the filler.
    static func overwriteKeepingStamp(_ path: String) throws {
        var st = stat()
        #expect(stat(path, &st) == 0)
        try String(repeating: "Z", count: Int(st.st_size)).write(toFile: path, atomically: false, encoding: .utf8)
        var times = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func cachedStartReadsNoArticleFileAndHoldsNoText() throws {
        let t = try TempCollection(articles: 40)
        defer { t.remove() }
        let (cold, _) = t.load()
        for i in 0..<40 { try Self.overwriteKeepingStamp(t.data + "/sub/\(i).txt") }
        let (warm, progress) = t.load()
        #expect(progress.fromCache == 40)
        // Had any article file been read, its title would be the filler.
        #expect(warm.articles.map(\.title) == cold.articles.map(\.title))
        #expect(warm.articles.allSatisfy { $0.text.isEmpty })
        // Filters, words and entities answer from the index.
        #expect(warm.select(try Query(parsing: "person:\"Jean Lee\"")).count == 40)
        #expect(warm.select(try Query(parsing: "text:\"number 7\"")).count == 1)
        #expect(warm.index.entities.map(\.name) == cold.index.entities.map(\.name))
        // An opened article's text comes from the cache, as it was annotated.
        let id = try #require(warm.articles.firstIndex { $0.title == "Headline number 7" })
        let opened = warm.readable(id)
        #expect(opened.hasText && opened.note == nil)
        #expect(opened.article.text == TempCollection.text(7))
        let quotes = try #require(warm.annotation(of: id)?.quotes)
        #expect(quotes.contains { $0.span.text == "\"We will keep talking,\"" && $0.speaker?.name == "Jean Lee" })
    }

    @Test func coldStartDropsTextsAndReadsAnOpenedArticleAgain() throws {
        let t = try TempCollection(articles: 12)
        defer { t.remove() }
        for cache in [true, false] {
            let (c, _) = t.load(cache: cache)
            #expect(c.isComplete)
            #expect(c.articles.allSatisfy { $0.text.isEmpty })
            for id in c.articles.indices {
                let n = Int(c.articles[id].title.split(separator: " ").last!)!
                #expect(c.readable(id).article.text == TempCollection.text(n))
            }
        }
        // What a cold load dropped was read back for the cache: the next start has every text.
        let (warm, p) = t.load()
        #expect(p.fromCache == 12)
        #expect(warm.articles.indices.allSatisfy { warm.readable($0).hasText })
    }

    @Test func anArticleWhoseFileChangedOrWentSinceListingIsToldNotShownWrong() throws {
        let t = try TempCollection(articles: 6)
        defer { t.remove() }
        let (cold, _) = t.load(cache: false)
        _ = t.load()
        let (warm, _) = t.load()
        let id = try #require(cold.articles.firstIndex { $0.title == "Headline number 2" })
        try t.write("sub/2.txt", "Another headline\n\nA longer text than the one annotated.\n")
        // Read again from its file: the new text does not fit the annotation, so none is given.
        let changed = cold.readable(id)
        #expect(!changed.hasText && changed.note?.contains("changed") == true)
        #expect(cold.annotation(of: id) == nil)
        // From the cache: the text as annotated, and a note that the file changed.
        let cachedChange = warm.readable(id)
        #expect(cachedChange.hasText && cachedChange.article.text == TempCollection.text(2))
        #expect(cachedChange.note?.contains("changed") == true)
        try FileManager.default.removeItem(atPath: t.data + "/sub/2.txt")
        let gone = cold.readable(id)
        #expect(!gone.hasText && gone.note?.contains("gone") == true)
        #expect(warm.readable(id).note?.contains("gone") == true)
        // The next load leaves it out, and reannotates nothing else.
        let (after, p) = t.load()
        #expect(after.count == 5 && p.fromCache == 5)
    }

    @Test func aDamagedCachedTextIsReadFromItsFile() throws {
        let t = try TempCollection(articles: 3)
        defer { t.remove() }
        _ = t.load()
        let file = t.cache.file(for: [t.data])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        // The texts are the only place this sentence is stored.
        let needle = Data("would go on.".utf8)
        var at = bytes.startIndex
        while let r = bytes.range(of: needle, in: at..<bytes.endIndex) {
            bytes[r.lowerBound] = UInt8(ascii: "W")
            at = r.upperBound
        }
        try bytes.write(to: URL(fileURLWithPath: file))
        let (warm, p) = t.load()
        #expect(p.fromCache == 3)
        for id in warm.articles.indices {
            let r = warm.readable(id)
            #expect(r.hasText && r.article.text.contains("would go on."))
        }
    }
}
