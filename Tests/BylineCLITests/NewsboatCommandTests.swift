import CSQLite
import Foundation
import Testing

/// `--newsboat PATH` stands in for DIR on the listing commands.
@Suite struct NewsboatCommandTests {
    @Test func listReadsNewsboatsCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-newsboat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("cache.db").path
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        let sql = """
            CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL, title VARCHAR(1024) NOT NULL);
            CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL, title VARCHAR(1024) NOT NULL,
                author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL, feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL,
                content VARCHAR(65535) NOT NULL, unread INTEGER(1) NOT NULL, deleted INTEGER(1) NOT NULL DEFAULT 0,
                content_mime_type VARCHAR(255) NOT NULL DEFAULT "");
            INSERT INTO rss_feed VALUES ('https://example.org/feed', 'https://example.org/', 'Example Wire');
            INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread) VALUES
                ('a', 'Minister resigns over leak', '', 'https://example.org/a', 'https://example.org/feed', 1642118400,
                 '<p>"I take full responsibility," the minister, Anna Berg, said on Friday.</p>', 1);
            """
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        let r = try Binary.run(["list", "--newsboat", path, "--format", "json", "--no-cache"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 1)
        #expect(rows.first?["title"] as? String == "Minister resigns over leak")
        #expect(rows.first?["source"] as? String == "Example Wire")
        #expect(rows.first?["published"] as? String == "2022-01-14")
    }
}

/// File names come from the disk and may hold escape sequences: the skipped-file line shows them inert.
@Suite struct DiagnosticsSafetyTests {
    @Test func skippedFileNamesReachStandardErrorInert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-diag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = dir.appendingPathComponent("evil\u{1B}]0;pwned\u{07}.txt")
        try Data().write(to: name)
        let r = try Binary.run(["annotate", name.path])
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(!r.stderr.contains("\u{07}"))
        #expect(r.stderr.contains("skipped"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
