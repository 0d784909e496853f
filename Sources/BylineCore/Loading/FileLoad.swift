import BylineNLP
import Foundation

/// A file as the read phase leaves it: from the cache file when its inode, size and modification
/// time match, else from the cache's journal, else read and parsed afresh.
struct FileLoad {
    var entry: CacheEntry
    var articles: [Article]
    /// Where the articles' texts are, when not in the articles (a file from the cache).
    var spots: [TextSpot]?
    /// Present when the file came from the cache.
    var annotations: [CompactAnnotation]?
    /// Present when the file came from the journal (its articles are then annotated ones), or
    /// carries annotations of its own (`annotate` output): taken as they are, not computed again.
    var journaled: [Annotation?]?
    var issues: [LoadIssue]
    /// Where the file's record is in the cache's order, when the file came from the cache.
    var cachePosition: Int? = nil

    /// Reads the file at `path`, found under `roots[root]`.
    static func read(
        path: String, root: Int, roots: [String], cached: CachedCollection?, recovered: CacheJournal?
    ) -> FileLoad {
        let stamp = FileStamp(path)
        let key = AnnotationCache.recordKey(path: path, root: root, roots: roots, inode: stamp?.inode)
        if let stamp,
            let hit = reused(
                key: key, size: stamp.size, modified: stamp.modified, path: path, cached: cached, recovered: recovered)
        {
            return hit
        }
        var problems: [LoadIssue] = []
        let found = ArticleFiles.loadAnnotated(file: path, issues: &problems)
        let entry = CacheEntry(key: key, size: stamp?.size ?? -1, modified: stamp?.modified ?? 0, articles: 0..<0)
        let carried = found.contains { $0.annotation != nil } ? found.map(\.annotation) : nil
        return FileLoad(
            entry: entry, articles: found.map(\.article), spots: nil, annotations: nil, journaled: carried,
            issues: problems)
    }
}

extension FileLoad {
    /// An item of the newsboat cache at `listed.article.path`, found under `roots[root]`: from
    /// the cache file or its journal when its stamp matches, else as listed, its text to be
    /// fetched when it is annotated. Each item has a record of its own, keyed by its id.
    static func item(
        _ listed: NewsboatListing.Listed, root: Int, roots: [String], cached: CachedCollection?,
        recovered: CacheJournal?
    ) -> FileLoad {
        let path = listed.article.path
        let key = AnnotationCache.recordKey(path: path, root: root, roots: roots) + "#\(listed.article.item ?? 0)"
        let (size, modified) = (listed.stamp.size, listed.stamp.asModified)
        if let hit = reused(key: key, size: size, modified: modified, path: path, cached: cached, recovered: recovered)
        {
            return hit
        }
        return FileLoad(
            entry: CacheEntry(key: key, size: size, modified: modified, articles: 0..<0), articles: [listed.article],
            spots: listed.complete ? nil : [.newsboat(size: listed.stamp.size, check: listed.stamp.check)],
            annotations: nil, journaled: nil, issues: [])
    }

    /// The articles recorded under `key` with this stamp, from the cache file, else from the
    /// journal; nil when neither has them.
    private static func reused(
        key: String, size: Int64, modified: Double, path: String, cached: CachedCollection?, recovered: CacheJournal?
    ) -> FileLoad? {
        let entry = CacheEntry(key: key, size: size, modified: modified, articles: 0..<0)
        if let c = cached, let at = c.position(of: key), c.stamp(at: at) == (size, modified), let hit = c.file(at: at) {
            var found = hit.articles
            for k in found.indices { found[k].path = path }
            return FileLoad(
                entry: entry, articles: found, spots: hit.spots, annotations: hit.annotations, journaled: nil,
                issues: [], cachePosition: at)
        }
        if let j = recovered, let old = j.stamp(key), old.size == size, old.modified == modified, let hit = j.file(key)
        {
            return FileLoad(
                entry: entry,
                articles: hit.map { a in
                    var a = a.article
                    a.path = path
                    return a
                }, spots: nil, annotations: nil, journaled: hit.map(\.annotation), issues: [])
        }
        return nil
    }
}

/// A file's size, modification time and inode, straight from `stat`: what cache records are
/// checked against.
struct FileStamp {
    let size: Int64
    let modified: Double
    let inode: UInt64

    init?(_ path: String) {
        var st = stat()
        guard FileName.withSystemPath(path, { stat($0, &st) }) == 0 else { return nil }
        size = Int64(st.st_size)
        modified = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        inode = UInt64(st.st_ino)
    }
}
