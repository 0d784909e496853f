/// Fetches single items of newsboat caches, for the annotation workers and for opening an
/// article, on connections kept open between fetches: opening one costs more than fetching an
/// item, and a load fetches every item it annotates. Each worker takes a connection of its own
/// (SQLite connections are not shared between threads) and gives it back; a few are kept.
///
/// A connection opened `immutable` never checks whether the file changed under it, so one is
/// reused only while the database file keeps the size and modification time it had when it was
/// opened; after newsboat writes, the next fetch opens a fresh one.
final class NewsboatItemReaders: Sendable {
    /// The connections of the process: one set, as connections are a resource of the process
    /// (file descriptors, page caches), whichever loads and collections use them.
    static let shared = NewsboatItemReaders()

    /// Idle connections kept: as many as the workers of a load use at once, and a few more.
    static let kept = 16

    private struct Idle {
        var path: String
        var file: FileStamp
        var statement: SQLiteReader.Statement
    }

    private let idle = Locked<[Idle]>([])

    /// The article of item `listed.item` of the database at `listed.path`, as the database holds
    /// it now, with `listed`'s path and stamps; nil when the item is gone, deleted, or no longer
    /// the one stamped `stamp`.
    func article(like listed: Article, stamp: NewsboatStamp) -> Article? {
        guard let id = listed.item, let file = FileStamp(listed.path) else { return nil }
        let path = listed.path
        let reused = idle.withLock { list -> SQLiteReader.Statement? in
            guard let k = list.lastIndex(where: { $0.path == path && $0.file == file }) else { return nil }
            return list.remove(at: k).statement
        }
        guard
            let statement = reused
                ?? (try? NewsboatCache.prepareItems(try SQLiteReader(path: path), NewsboatCache.oneItem))
        else { return nil }
        statement.reset(binding: Int64(id))
        var found: Article?
        if let row = try? statement.step() {
            let item = NewsboatItem(row: row, path: path, database: (listed.fileSize, listed.modified))
            if item.stamp == stamp { found = item.article() }
        }
        // Ends the read before the connection waits for its next use.
        statement.reset(binding: 0)
        idle.withLock { list in
            list.append(Idle(path: path, file: file, statement: statement))
            if list.count > Self.kept { list.removeFirst() }
        }
        return found
    }
}

extension FileStamp: Equatable {
    static func == (a: FileStamp, b: FileStamp) -> Bool { a.size == b.size && a.modified == b.modified }
}
