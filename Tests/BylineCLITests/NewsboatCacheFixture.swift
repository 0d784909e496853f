import CSQLite
import Foundation
import Testing

/// A newsboat `cache.db` with newsboat's own schema, one feed ("Example Wire") and the given
/// items, for tests of `--newsboat`.
enum NewsboatCacheFixture {
    struct Item {
        var guid: String
        var title: String
        var published: Int
        var html: String
        var unread: Bool
    }

    static func write(to path: String, items: [Item]) {
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
        let rows = items.map { i in
            "(\(quoted(i.guid)), \(quoted(i.title)), '', \(quoted("https://example.org/" + i.guid)), "
                + "'https://example.org/feed', \(i.published), \(quoted(i.html)), \(i.unread ? 1 : 0))"
        }
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
            """ + rows.joined(separator: ",\n") + ";"
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
    }
}
