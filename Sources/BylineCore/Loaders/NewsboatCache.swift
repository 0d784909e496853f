import Foundation

/// newsboat's article cache (a SQLite database), read without ever locking or changing it:
/// every item not deleted becomes an article, with the feed's title as its source and the
/// item's HTML content as paragraphs. Articles carry the database path and the item's id
/// (`item`), so each keeps its identity across runs.
///
/// The collection loader lists the items without making articles of their contents
/// (`NewsboatListing`), and fetches a content when an item is annotated or opened
/// (`NewsboatItemReaders`); `load` makes every article at once, for the commands that read a
/// file whole.
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

    /// The items not deleted, in id order (`NewsboatItem` reads the columns by position).
    static let everyItem = "ORDER BY i.id"
    /// The one item whose id is the query's parameter.
    static let oneItem = "AND i.id = ?1"

    static func itemsQuery(_ filter: String, older: Bool) -> String {
        let mime = older ? "NULL" : "i.content_mime_type"
        return """
            SELECT i.id, i.title, i.author, i.url, i.pubDate, f.title, \(mime), i.content
            FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
            WHERE i.deleted = 0 \(filter)
            """
    }

    /// The items query for `filter`; caches from newsboat versions before `content_mime_type`
    /// existed are read as plain HTML.
    static func prepareItems(_ db: SQLiteReader, _ filter: String) throws(SQLiteReader.Failure)
        -> SQLiteReader.Statement
    {
        do throws(SQLiteReader.Failure) {
            return try db.prepare(itemsQuery(filter, older: false))
        } catch .query(let message) where message.contains("content_mime_type") {
            return try db.prepare(itemsQuery(filter, older: true))
        }
    }

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
        let failure = eachItem(path: path) { item in
            if let a = item.article() {
                result.articles.append(a)
            } else {
                result.issues.append(item.emptyIssue)
            }
            return true
        }
        result.issues += failure
        return result
    }

    /// Calls `body` with every item not deleted, in id order, until it returns false; what
    /// stopped the reading (a cache that cannot be opened or read) as issues.
    static func eachItem(path: String, _ body: (NewsboatItem) -> Bool) -> [LoadIssue] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            return [LoadIssue(path: path, reason: ArticleFiles.statFailure(path, errno))]
        }
        guard st.st_mode & S_IFMT == S_IFREG else { return [LoadIssue(path: path, reason: .notRegularFile)] }
        let database = (size: Int(st.st_size), modified: FileReading.modified(st))
        do throws(SQLiteReader.Failure) {
            let items = try prepareItems(try SQLiteReader(path: path), everyItem)
            while let row = try items.step() {
                guard body(NewsboatItem(row: row, path: path, database: database)) else { break }
            }
            return []
        } catch {
            let reason: LoadProblem =
                switch error {
                case .open(let message): .cannotOpenNewsboatCache(sqlite: message)
                case .query(let message) where message.contains("no such table"): .notANewsboatCache(sqlite: message)
                case .query(let message): .cannotReadNewsboatCache(sqlite: message)
                }
            return [LoadIssue(path: path, reason: reason)]
        }
    }
}

/// What an item's article is made of, condensed: its content's size in bytes and a checksum of
/// every field the article is built from. The annotation cache keys an item's record by it as it
/// keys a file's by size and modification time, so an item newsboat changed is annotated again,
/// and a text fetched for an item is known to be the one its annotation was made from.
struct NewsboatStamp: Hashable, Sendable {
    var size: Int64
    var check: UInt64

    /// The checksum where the cache keeps a file's modification time: its top 53 bits, which a
    /// `Double` holds exactly.
    var asModified: Double { Double(check >> 11) }
}

/// One row of an items query (`NewsboatCache.itemsQuery`), valid until the next step.
struct NewsboatItem {
    let row: SQLiteReader.Row
    /// The database file, and its size and modification time, which the articles carry.
    let path: String
    let database: (size: Int, modified: Double)

    var id: Int { Int(row.int(0) ?? 0) }

    /// The title with its markup and runs of spaces collapsed.
    var title: String { HTMLText.collapse(row.text(1) ?? "") }

    var emptyIssue: LoadIssue { LoadIssue(path: path, reason: .item(id, .noTitleOrText)) }

    var stamp: NewsboatStamp {
        var check: UInt64 = 0
        for column: Int32 in 0...7 {
            let sum =
                column == 4 || column == 0
                ? UInt64(bitPattern: row.int(column) ?? -1) : row.bytes(column).map { Checksum.of($0) } ?? 1
            check = (check ^ sum) &* 0x0000_0100_0000_01B3
            check ^= check >> 29
        }
        return NewsboatStamp(size: Int64(row.bytes(7)?.count ?? 0), check: check)
    }

    /// The item's article, or nil when it has neither title nor text.
    func article() -> Article? {
        let content = row.text(7) ?? ""
        let paragraphs =
            row.text(6)?.lowercased() == "text/plain"
            ? Paragraphs.split(content) : HTMLText.paragraphs(fromFragment: content)
        let title = title
        guard !title.isEmpty || !paragraphs.isEmpty else { return nil }
        var a = ArticleLayout.article(path: path, item: id, format: .newsboat, title: title, paragraphs: paragraphs)
        describe(&a)
        return a
    }

    /// The item's article without its text, as the list shows it before the text is needed;
    /// nil when the item has no title, which its content then provides.
    func heading() -> Article? {
        let title = title.trimmingSpaces()
        guard !title.isEmpty else { return nil }
        // As `ArticleLayout.article` has it, without the text.
        var a = Article(path: path, item: id, format: .newsboat, title: title, text: "")
        describe(&a)
        return a
    }

    private func describe(_ a: inout Article) {
        ArticleFields.apply(date: nil, source: row.text(5), url: row.text(3), author: row.text(2), tags: [], to: &a)
        if let stamp = row.int(4), stamp > 0, let d = MetadataDate.fromTimestamp(Double(stamp)) {
            ArticleFields.set(d, on: &a)
        }
        a.fileSize = database.size
        a.modified = database.modified
    }
}
