import BylineCore

/// Connects marks the reader holds by article key (`Article.key`) — read marks, flags — with the
/// marks on disk, which key an article by its URL when it has one (`ReadMarks.key(for:)`), so a
/// story saved twice is read (or flagged) once. For read marks, an article from newsboat's cache
/// is also read when newsboat marks it so. Marks are written in the background
/// (`ReadMarksWriter`): recording one costs O(1).
struct MarkStore {
    /// The marks as loaded, to find which articles were marked before.
    private let loaded: ReadMarks
    private let writer: ReadMarksWriter
    /// Whether newsboat's read items count as marked (read marks only).
    private let newsboatRead: Bool
    /// Article key -> marks key, for the newest collection seen.
    private var markKeys: [String: String] = [:]
    /// Marks keys cleared in this run: marked in the loaded file or in newsboat, but no longer.
    private var cleared = Set<String>()

    init(marks: ReadMarks, newsboatRead: Bool) {
        loaded = marks
        writer = ReadMarksWriter(marks)
        self.newsboatRead = newsboatRead
    }

    /// Problems met reading the file (a corrupted one moved aside).
    var warnings: [String] { loaded.warnings }

    /// The articles of `collection` the file (or newsboat's cache) marks, as article keys. Each
    /// article's marks key is worked out once, the first time a snapshot holds it; newsboat's
    /// read items are looked up afresh for every snapshot, as newsboat may have run since.
    mutating func keys(in collection: ArticleCollection) -> Set<String> {
        var out = Set<String>()
        var newsboatItems: [String: Set<Int>] = [:]
        func readInNewsboat(_ a: Article) -> Bool {
            guard newsboatRead, a.format == .newsboat, let item = a.item else { return false }
            if newsboatItems[a.path] == nil { newsboatItems[a.path] = NewsboatCache.readItems(path: a.path) }
            return newsboatItems[a.path]?.contains(item) ?? false
        }
        markKeys.reserveCapacity(collection.count)
        for a in collection.articles {
            let key: String
            if let known = markKeys[a.key] {
                key = known
            } else {
                key = ReadMarks.key(for: a)
                markKeys[a.key] = key
            }
            if !cleared.contains(key), loaded.isRead(key) || readInNewsboat(a) { out.insert(a.key) }
        }
        return out
    }

    /// Queues the articles of `keys` (newly marked) to be saved; returns the message of an earlier
    /// save that failed, if any.
    mutating func save(_ keys: Set<String>) -> String? {
        for key in keys {
            let markKey = markKeys[key] ?? key
            cleared.remove(markKey)
            writer.mark(markKey)
        }
        return writer.takeProblem()
    }

    /// Queues the articles of `keys` (no longer marked) to be saved as such.
    mutating func clear(_ keys: Set<String>) -> String? {
        for key in keys {
            let markKey = markKeys[key] ?? key
            cleared.insert(markKey)
            writer.unmark(markKey)
        }
        return writer.takeProblem()
    }

    /// Writes every queued mark before the reader ends.
    func flush() { writer.flush() }
}
