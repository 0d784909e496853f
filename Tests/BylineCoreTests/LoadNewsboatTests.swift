import BylineNLP
import CSQLite
import Foundation
import Testing

@testable import BylineCore

@Suite struct LoadNewsboatTests {
    /// newsboat's own tables (cache.cpp), empty.
    static let tables = """
        CREATE TABLE metadata (db_schema_version_major INTEGER NOT NULL, db_schema_version_minor INTEGER NOT NULL);
        CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,
            title VARCHAR(1024) NOT NULL, lastmodified INTEGER(11) NOT NULL DEFAULT 0,
            is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
        CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,
            title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,
            feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,
            unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
            enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0,
            base VARCHAR(128) NOT NULL DEFAULT "", content_mime_type VARCHAR(255) NOT NULL DEFAULT "");
        INSERT INTO metadata VALUES (2, 38);

        """

    /// newsboat's own schema, with a few feeds and items.
    static let schema =
        tables + """
            INSERT INTO rss_feed (rssurl, url, title) VALUES ('https://example.org/feed', 'https://example.org/', 'Example World News');
            INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, content_mime_type) VALUES
                ('g1', 'Envoy says talks will resume', 'Jean Lee', 'https://example.org/talks', 'https://example.org/feed',
                 1642118400, '<p>SEOUL (Reuters) - The envoy <b>said</b> talks would resume.</p><p>"We are ready," she said.</p>', 1, 'text/html'),
                ('g2', 'Removed story', '', 'https://example.org/gone', 'https://example.org/feed', 1642118400, '<p>Deleted.</p>', 0, ''),
                ('g3', 'Plain item', '', 'https://example.org/plain', 'https://unknown.example/feed', 0, 'Line one.

            Line two.', 1, 'text/plain'),
                ('g4', '', '', '', 'https://example.org/feed', 0, '<script>x()</script>', 1, '');
            UPDATE rss_item SET deleted = 1 WHERE guid = 'g2';
            """

    static func makeCache(in dir: TemporaryDirectory, sql: String = schema) throws -> String {
        let path = dir.url.appendingPathComponent("cache.db").path
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(db, sql, nil, nil, &error)
        #expect(status == SQLITE_OK, "\(error.map { String(cString: $0) } ?? "")")
        return path
    }

    @Test func readItemsAreThoseNewsboatMarkedReadAndKept() throws {
        let dir = try TemporaryDirectory()
        // g2 is read but deleted; g3 is read in newsboat.
        let path = try Self.makeCache(in: dir, sql: Self.schema + "UPDATE rss_item SET unread = 0 WHERE guid = 'g3';")
        #expect(NewsboatCache.readItems(path: path) == [3])
        #expect(NewsboatCache.readItems(path: dir.url.appendingPathComponent("missing.db").path).isEmpty)
    }

    @Test func itemsBecomeArticlesWithFeedTitlesAsSources() throws {
        let dir = try TemporaryDirectory()
        let path = try Self.makeCache(in: dir)
        let result = NewsboatCache.load(path: path)
        #expect(result.articles.map(\.title) == ["Envoy says talks will resume", "Plain item"])
        #expect(result.issues == [LoadIssue(path: path, reason: .item(4, .noTitleOrText))])
        let a = result.articles[0]
        #expect(
            a.text
                == "Envoy says talks will resume\n\nSEOUL (Reuters) - The envoy said talks would resume.\n\n\"We are ready,\" she said."
        )
        #expect(a.source == "Example World News" && a.author == "Jean Lee" && a.url == "https://example.org/talks")
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 14) && a.publishedSource == .metadata)
        #expect(a.item == 1 && a.format == .newsboat && a.path == path)
        #expect(a.dateline?.places == ["Seoul"])
        let b = result.articles[1]
        #expect(b.text == "Plain item\n\nLine one.\n\nLine two.")
        #expect(b.source == nil && b.published == nil && b.author == nil)
    }

    @Test func readingNeverWaitsForNorChangesTheCache() throws {
        let dir = try TemporaryDirectory()
        let path = try Self.makeCache(in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        // newsboat in the middle of a write transaction: an exclusive lock on the database.
        var writer: OpaquePointer?
        #expect(sqlite3_open(path, &writer) == SQLITE_OK)
        defer { sqlite3_close(writer) }
        #expect(sqlite3_exec(writer, "BEGIN EXCLUSIVE; UPDATE rss_item SET unread = 0;", nil, nil, nil) == SQLITE_OK)
        let start = Date()
        let result = NewsboatCache.load(path: path)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(result.articles.count == 2)
        #expect(sqlite3_exec(writer, "ROLLBACK;", nil, nil, nil) == SQLITE_OK)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == names.sorted())
    }

    @Test func olderSchemaAndNonCachesAreHandled() throws {
        let dir = try TemporaryDirectory()
        let old = Self.schema.replacingOccurrences(
            of: ", content_mime_type VARCHAR(255) NOT NULL DEFAULT \"\"", with: ""
        )
        .replacingOccurrences(of: ", content_mime_type)", with: ")")
        .replacingOccurrences(of: ", 'text/html')", with: ")").replacingOccurrences(of: ", '')", with: ")")
        .replacingOccurrences(of: ", 'text/plain')", with: ")")
        let path = try Self.makeCache(in: dir, sql: old)
        #expect(NewsboatCache.load(path: path).articles.count == 2)

        let other = try TemporaryDirectory()
        let notCache = try Self.makeCache(in: other, sql: "CREATE TABLE t (x INTEGER);")
        #expect(
            NewsboatCache.load(path: notCache).issues.map(\.reason) == [
                .notANewsboatCache(sqlite: "no such table: rss_item")
            ])
        let text = try other.write("notes.db", "just text, not a database at all, long enough to look like a header")
        #expect(
            NewsboatCache.load(path: text).issues.map(\.reason) == [
                .cannotReadNewsboatCache(sqlite: "file is not a database")
            ])
        #expect(
            NewsboatCache.load(path: other.path + "/missing.db").issues.map(\.reason) == [.cannotStat(errno: ENOENT)])
    }

    @Test func defaultPathPrefersXDGDataHome() throws {
        let dir = try TemporaryDirectory()
        #expect(NewsboatCache.defaultPath(XDGDirectories(environment: ["HOME": dir.path])) == nil)
        try dir.write(".newsboat/cache.db", "x")
        #expect(
            NewsboatCache.defaultPath(XDGDirectories(environment: ["HOME": dir.path])) == dir.path
                + "/.newsboat/cache.db")
        try dir.write("data/newsboat/cache.db", "x")
        #expect(
            NewsboatCache.defaultPath(
                XDGDirectories(environment: ["HOME": dir.path, "XDG_DATA_HOME": dir.path + "/data"])) == dir.path
                + "/data/newsboat/cache.db")
    }
}
