import CSQLite
import Foundation
import Testing

/// The reader on newsboat's cache: what was read in newsboat shows as read, beside Byline's own marks.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxNewsboatTests {
    @Test func itemsReadInNewsboatShowAsRead() throws {
        let tmux = try TmuxSession()
        let path = tmux.dir.appendingPathComponent("cache.db").path
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
                 '<p>"I take full responsibility," the minister, Anna Berg, said on Friday.</p>', 0),
                ('b', 'Harbour reopens after storm', '', 'https://example.org/b', 'https://example.org/feed', 1642204800,
                 '<p>The harbour reopened on Saturday, the port authority said.</p>', 1),
                ('c', 'Rail strike called off', '', 'https://example.org/c', 'https://example.org/feed', 1642291200,
                 '<p>Unions called off the strike late on Sunday.</p>', 1);
            """
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        try tmux.startByline(["--newsboat", path])
        // Only the two items unread in newsboat count as unread.
        let listed = tmux.waitUntil(timeout: 60) { $0.contains("2 unread · 3/3 articles") }
        #expect(listed.ok, "\(listed.screen)")
        // Reading one more in Byline merges with newsboat's marks: the filter shows it read, and
        // once the reader and the filter are closed one unread is left.
        tmux.send("/")
        tmux.type("Harbour")
        tmux.send("Enter", "Enter")
        let opened = tmux.waitUntil { $0.contains("READER") && $0.contains(" 1/3 articles") && !$0.contains("unread") }
        #expect(opened.ok, "\(opened.screen)")
        tmux.send("q")
        #expect(tmux.waitFor("LIST").ok)
        tmux.send("q")
        let merged = tmux.waitUntil { $0.contains("1 unread · 3/3 articles") }
        #expect(merged.ok, "\(merged.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
