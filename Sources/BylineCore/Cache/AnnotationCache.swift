import BylineNLP
import Foundation

/// One file's cached load: its stamp when cached, and its articles (without their texts, which
/// stay in the cache file where `spots` say) with their annotations.
public struct CachedFile: Sendable {
    public var size: Int64
    public var modified: Double
    public var articles: [Article]
    public var spots: [TextSpot]
    public var annotations: [CompactAnnotation]
}

/// A file to record in the cache: its key, its stamp, and which articles of the load came from it.
public struct CacheEntry: Sendable {
    public var key: String
    public var size: Int64
    public var modified: Double
    public var articles: Range<Int>

    public init(key: String, size: Int64, modified: Double, articles: Range<Int>) {
        self.key = key
        self.size = size
        self.modified = modified
        self.articles = articles
    }
}

/// The annotation cache under `${XDG_CACHE_HOME:-~/.cache}/byline/`: one file per set of data
/// directories, holding each article file's articles and annotations, keyed by the file's path
/// (relative to its directory), inode, size and modification time, and stamped with `Pipeline.version`.
/// A second start reads it instead of running the NLP on unchanged files. A missing, stale or
/// corrupt cache reads as empty and is rewritten; writes are atomic (a temporary file renamed).
/// Between writes, what a load annotates goes to the file's `CacheJournal` as it is annotated.
///
/// Layout (`CacheFileWriter`): a header, the records, the vocabulary, the word index, a table
/// of files (key, stamp, where its record lies, checksum) and a fixed-size trailer locating
/// them. Opening reads only the table; each file's record is decoded when the loader asks for
/// it, on the worker that handles that file.
public struct AnnotationCache: Sendable {
    /// The directory holding the cache files.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The standard location, under `xdg`'s cache directory (the process's own by default).
    public static func standard(_ xdg: XDGDirectories = XDGDirectories()) -> AnnotationCache {
        AnnotationCache(directory: xdg.cache + "/byline")
    }

    static let magic = Array("BYLNCACH".utf8)
    static let formatVersion: UInt32 = 6
    /// Changes whenever an enum the records store by position changes.
    static let schema = [
        ArticleFormat.allCases.map(\.rawValue), EntityType.allCases.map(\.rawValue),
        PublishedSource.stored.map(\.rawValue), QuoteKind.stored.map(\.rawValue),
    ]
    .map { $0.joined(separator: ",") }.joined(separator: ";")

    /// The absolute, standardised form of each root, which names the cache file.
    public static func absoluteRoots(_ roots: [String]) -> [String] {
        roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The cache file for a set of roots.
    public func file(for roots: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in AnnotationCache.absoluteRoots(roots).joined(separator: "\u{0}").utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return directory + "/annotations/" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// Whether the cache would land inside one of the data directories; then it is not used,
    /// since nothing is ever written there.
    public func isInside(_ roots: [String]) -> Bool {
        let dir = URL(fileURLWithPath: directory).standardizedFileURL.path + "/"
        return AnnotationCache.absoluteRoots(roots).contains { dir.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// The key of a file found under `roots[root]`: its path relative to that root, so a
    /// directory given as `data` or `./data` or absolutely shares records, and its inode when
    /// given: a file replaced by another of the same size and modification time (copied over
    /// with its times kept, or moved into its place) is then another file, not a stale hit.
    public static func recordKey(path: String, root: Int, roots: [String], inode: UInt64? = nil) -> String {
        let r = roots[root]
        let rel = path.hasPrefix(r) ? String(path.dropFirst(r.count)) : path
        return inode.map { "\(root):\(rel)@\($0)" } ?? "\(root):\(rel)"
    }

    /// The cached collection for `roots`, or nil when there is none, or it is stale or its
    /// table is corrupt (a corrupt record shows up later, as a miss).
    public func read(roots: [String]) -> CachedCollection? {
        guard !isInside(roots) else { return nil }
        return try? CachedCollection(path: file(for: roots))
    }

    /// The journal of what earlier loads annotated after the cache file was last written, or
    /// nil when the cache would sit inside the data.
    public func journal(roots: [String]) -> CacheJournal? {
        guard !isInside(roots) else { return nil }
        return CacheJournal(path: CacheJournal.path(for: file(for: roots)))
    }

    /// A scratch file beside the cache files, where a load puts what it has annotated and
    /// indexed until the cache file is written (`OpenFile.init(scratchIn:)`), or nil when the
    /// cache would sit inside the data or no file can be made.
    func scratch(roots: [String]) -> OpenFile? {
        guard !isInside(roots) else { return nil }
        let dir = (file(for: roots) as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return OpenFile(scratchIn: dir)
    }

    /// Deletes the journal once the cache file holds everything it held.
    func removeJournal(roots: [String]) {
        unlink(CacheJournal.path(for: file(for: roots)))
    }

    /// Replaces the cache for `roots` with `entries`; files whose articles are not all annotated
    /// are left out. `terms` is the word index over all of `articles`, saved only when every
    /// article belongs to a saved file. Records are streamed to a temporary file a few
    /// megabytes at a time (the whole cache is never built in memory), then renamed into place.
    /// `texts` gives the texts of an entry's articles (nil: the file is left out); without it the
    /// articles' own texts are written. Failures are ignored (the cache only ever saves time);
    /// the result says whether it was saved.
    @discardableResult
    public func write(
        roots: [String], vocabulary: Vocabulary, entries: some Sequence<CacheEntry>, articles: ChunkedArray<Article>,
        annotations: ArticleAnnotations, terms: TermIndex? = nil,
        texts: ((CacheEntry) -> [CacheText]?)? = nil
    ) -> Bool {
        guard !isInside(roots) else { return false }
        let path = file(for: roots)
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = dir + "/.\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: nil), let out = FileHandle(forWritingAtPath: temp)
        else { return false }
        do {
            var writer = CacheFileWriter(out)
            try writer.write(
                vocabulary: vocabulary, entries: entries, articles: articles, annotations: annotations, terms: terms,
                texts: texts ?? { e in e.articles.map { .text(articles[$0].text) } })
            try out.close()
            guard rename(temp, path) == 0 else { throw CacheCorrupt() }
            return true
        } catch {
            try? out.close()
            try? FileManager.default.removeItem(atPath: temp)
            return false
        }
    }
}
