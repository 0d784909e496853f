import CSQLite
import Foundation

/// The generated articles as a newsboat `cache.db`, in 20 feeds: newsboat makes its own schema
/// (run once with an empty cache and a feed address on the loopback that is never fetched), then
/// the items are inserted in one transaction, their paragraphs as HTML as feeds carry them.
enum NewsboatCache {
    static let feedCount = 20

    /// The feed addresses, one a line, as newsboat's urls file holds them.
    static var urls: String {
        (1...feedCount).map { "http://127.0.0.1:9/wire-\(String(format: "%02d", $0)).xml\n" }.joined()
    }

    /// A config that never reloads: no reload at start or on a timer, nothing to confirm on quit.
    static let config = """
        auto-reload no
        refresh-on-startup no
        confirm-exit no
        show-read-feeds yes

        """

    /// The directory holding `cache.db`, `urls` and `config` for `count` articles under `base`,
    /// written unless already there.
    static func directory(count: Int, generator: CorpusGenerator, under base: String, newsboat: String) throws
        -> String
    {
        let dir = "\(base)/newsboat-\(count)"
        let marker = dir + "/.complete-v1"
        if FileManager.default.fileExists(atPath: marker) { return dir }
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir + "/home", withIntermediateDirectories: true)
        try urls.write(toFile: dir + "/urls", atomically: true, encoding: .utf8)
        try config.write(toFile: dir + "/config", atomically: true, encoding: .utf8)
        try makeSchema(dir: dir, newsboat: newsboat)
        try fill(dir + "/cache.db", count: count, generator: generator)
        try Data().write(to: URL(fileURLWithPath: marker))
        return dir
    }

    /// newsboat's arguments for the cache in `dir`.
    static func arguments(dir: String) -> [String] {
        ["-u", dir + "/urls", "-c", dir + "/cache.db", "-C", dir + "/config"]
    }

    /// Lets newsboat create an empty cache with its own schema: `-x print-unread` opens the cache
    /// and exits without reloading.
    private static func makeSchema(dir: String, newsboat: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: newsboat)
        p.arguments = arguments(dir: dir) + ["-x", "print-unread"]
        p.environment = ["HOME": dir + "/home", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0, FileManager.default.fileExists(atPath: dir + "/cache.db") else {
            throw BenchError("newsboat did not create \(dir)/cache.db (status \(p.terminationStatus))")
        }
    }

    private static func fill(_ path: String, count: Int, generator: CorpusGenerator) throws {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        func exec(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
                throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
            }
        }
        try exec("BEGIN")
        let feeds = urls.split(separator: "\n").map(String.init)
        for (k, feed) in feeds.enumerated() {
            try exec(
                "INSERT INTO rss_feed (rssurl, url, title) VALUES ('\(feed)', 'http://127.0.0.1:9/', 'Synthetic Wire \(k + 1)')"
            )
        }
        var insert: OpaquePointer?
        let sql = """
            INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread)
            VALUES (?1, ?2, '', ?1, ?3, ?4, ?5, 1)
            """
        guard sqlite3_prepare_v2(db, sql, -1, &insert, nil) == SQLITE_OK else {
            throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(insert) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        try generator.forEach(count: count) { a in
            let html = a.paragraphs.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
            sqlite3_bind_text(insert, 1, "http://127.0.0.1:9/articles/\(a.index)", -1, transient)
            sqlite3_bind_text(insert, 2, a.title, -1, transient)
            sqlite3_bind_text(insert, 3, feeds[a.index % feeds.count], -1, transient)
            sqlite3_bind_int64(insert, 4, Int64(a.day) * 86400)
            sqlite3_bind_text(insert, 5, html, -1, transient)
            guard sqlite3_step(insert) == SQLITE_DONE else {
                throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
            }
            sqlite3_reset(insert)
        }
        try exec("COMMIT")
    }

    private static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
