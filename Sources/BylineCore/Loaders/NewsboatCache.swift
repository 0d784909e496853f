import Foundation

/// newsboat's article cache (a SQLite database), read without ever locking or changing it:
/// every item not deleted becomes an article, with the feed's title as its source and the
/// item's HTML content as paragraphs. Articles carry the database path and the item's id
/// (`item`), so each keeps its identity across runs.
public enum NewsboatCache {
    /// Where newsboat keeps its cache: `${XDG_DATA_HOME:-~/.local/share}/newsboat/cache.db`,
    /// else the older `~/.newsboat/cache.db`; the first that exists, or nil.
    public static func defaultPath(_ xdg: XDGDirectories = XDGDirectories()) -> String? {
        [xdg.data + "/newsboat/cache.db", xdg.home + "/.newsboat/cache.db"].first {
            FileManager.default.fileExists(atPath: $0)
        }
    }

    /// Whether the file starts with SQLite's header, "SQLite format 3" and a NUL.
    public static func isSQLite(_ path: String) -> Bool {
        guard let fd = try? RegularFile.openForReading(path) else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 16)
        guard read(fd, &head, 16) == 16 else { return false }
        return head == Array("SQLite format 3\u{0}".utf8)
    }

    static let itemsQuery = """
        SELECT i.id, i.title, i.author, i.url, i.pubDate, i.content, f.title, i.content_mime_type
        FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
        WHERE i.deleted = 0 ORDER BY i.id
        """
    /// Caches from newsboat versions before `content_mime_type` existed.
    static let olderItemsQuery = itemsQuery.replacingOccurrences(of: ", i.content_mime_type", with: ", NULL")

    static let readItemsQuery = "SELECT id FROM rss_item WHERE unread = 0 AND deleted = 0"

    /// The ids (`Article.item`) of the items read in newsboat, so the reader shows them as read
    /// too; none when the cache cannot be read (its articles then keep only Byline's own marks).
    public static func readItems(path: String) -> Set<Int> {
        guard let db = try? SQLiteReader(path: path) else { return [] }
        var ids = Set<Int>()
        try? db.query(readItemsQuery) { row in
            if let id = row.int(0) { ids.insert(Int(id)) }
        }
        return ids
    }

    /// The cache's articles; a cache that cannot be read is one issue, an item without text another.
    public static func load(path: String) -> LoadResult {
        var result = LoadResult()
        var st = stat()
        guard stat(path, &st) == 0 else {
            result.issues.append(LoadIssue(path: path, reason: ArticleFiles.statFailure(path, errno)))
            return result
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            result.issues.append(LoadIssue(path: path, reason: .notRegularFile))
            return result
        }
        let modified = FileReading.modified(st)
        do throws(SQLiteReader.Failure) {
            let db = try SQLiteReader(path: path)
            var rows: [Article] = []
            var issues: [LoadIssue] = []
            let read = { (row: SQLiteReader.Row) in
                let id = Int(row.int(0) ?? 0)
                let title = HTMLText.collapse(row.text(1) ?? "")
                let content = row.text(5) ?? ""
                let paragraphs =
                    row.text(7)?.lowercased() == "text/plain"
                    ? Paragraphs.split(content) : HTMLText.paragraphs(fromFragment: content)
                guard !title.isEmpty || !paragraphs.isEmpty else {
                    issues.append(LoadIssue(path: path, reason: .item(id, .noTitleOrText)))
                    return
                }
                var a = ArticleLayout.article(
                    path: path, item: id, format: .newsboat, title: title, paragraphs: paragraphs)
                ArticleFields.apply(
                    date: nil, source: row.text(6), url: row.text(3), author: row.text(2), tags: [], to: &a)
                if let stamp = row.int(4), stamp > 0, let d = MetadataDate.fromTimestamp(Double(stamp)) {
                    ArticleFields.set(d, on: &a)
                }
                a.fileSize = Int(st.st_size)
                a.modified = modified
                rows.append(a)
            }
            do throws(SQLiteReader.Failure) {
                try db.query(itemsQuery, row: read)
            } catch .query(let message) where message.contains("content_mime_type") {
                try db.query(olderItemsQuery, row: read)
            }
            result.articles = rows
            result.issues += issues
        } catch {
            let reason: LoadProblem =
                switch error {
                case .open(let message): .cannotOpenNewsboatCache(sqlite: message)
                case .query(let message) where message.contains("no such table"): .notANewsboatCache(sqlite: message)
                case .query(let message): .cannotReadNewsboatCache(sqlite: message)
                }
            result.issues.append(LoadIssue(path: path, reason: reason))
        }
        return result
    }
}
