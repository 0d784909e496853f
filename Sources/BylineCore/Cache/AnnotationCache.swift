import BylineNLP
import Foundation

/// One file's cached load: its stamp when cached, and its articles with their annotations.
public struct CachedFile: Sendable {
    public var size: Int64
    public var modified: Double
    public var articles: [Article]
    public var annotations: [CompactAnnotation]
}

/// What the cache holds for a set of data directories.
public struct CachedCollection: Sendable {
    public var vocabulary: Vocabulary
    /// By `AnnotationCache.recordKey`.
    public var files: [String: CachedFile]
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
/// (relative to its directory), size and modification time, and stamped with `Pipeline.version`.
/// A second start reads it instead of running the NLP on unchanged files. A missing, stale or
/// corrupt cache reads as empty and is rewritten; writes are atomic (a temporary file renamed).
public struct AnnotationCache: Sendable {
    /// The directory holding the cache files.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The standard location, or nil when neither `XDG_CACHE_HOME` nor `HOME` is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> AnnotationCache? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return AnnotationCache(directory: xdg + "/byline") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return AnnotationCache(directory: home + "/.cache/byline")
    }

    static let magic = Array("BYLNCACH".utf8)
    static let formatVersion: UInt32 = 1
    /// Changes whenever an enum the records store by position changes.
    static let schema = [ArticleFormat.allCases.map(\.rawValue), EntityType.allCases.map(\.rawValue),
                         PublishedSource.stored.map(\.rawValue), QuoteKind.stored.map(\.rawValue)]
        .map { $0.joined(separator: ",") }.joined(separator: ";")

    /// The absolute, standardised form of each root, which names the cache file.
    public static func absoluteRoots(_ roots: [String]) -> [String] {
        roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The cache file for a set of roots.
    public func file(for roots: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in AnnotationCache.absoluteRoots(roots).joined(separator: "\u{0}").utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
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
    /// directory given as `data` or `./data` or absolutely shares records.
    public static func recordKey(path: String, root: Int, roots: [String]) -> String {
        let r = roots[root]
        let rel = path.hasPrefix(r) ? String(path.dropFirst(r.count)) : path
        return "\(root):\(rel)"
    }

    /// The cached collection for `roots`, or nil when there is none, or it is stale or corrupt.
    public func read(roots: [String]) -> CachedCollection? {
        guard !isInside(roots), let data = FileManager.default.contents(atPath: file(for: roots)) else { return nil }
        return data.withUnsafeBytes { buf -> CachedCollection? in
            var r = BinaryReader(buf)
            return try? AnnotationCache.decode(&r, roots: roots)
        }
    }

    static func decode(_ r: inout BinaryReader, roots: [String]) throws(CacheCorrupt) -> CachedCollection? {
        for b in magic where try r.u8() != b { throw CacheCorrupt() }
        guard try r.u32() == formatVersion, try r.string() == Pipeline.version, try r.string() == schema else { return nil }
        let vocabulary = try r.vocabulary()
        var files: [String: CachedFile] = [:]
        let n = try r.count(minSize: 24)
        files.reserveCapacity(n)
        for _ in 0..<n {
            let key = try r.string()
            let size = try r.i64(), modified = try r.f64()
            var articles: [Article] = [], annotations: [CompactAnnotation] = []
            for _ in 0..<(try r.count()) {
                articles.append(try r.article(path: ""))
                annotations.append(try r.annotation())
            }
            files[key] = CachedFile(size: size, modified: modified, articles: articles, annotations: annotations)
        }
        guard r.atEnd else { throw CacheCorrupt() }
        return CachedCollection(vocabulary: vocabulary, files: files)
    }

    /// Replaces the cache for `roots` with `entries`; files whose articles are not all annotated
    /// are left out. Failures are ignored: the cache only ever saves time.
    public func write(roots: [String], vocabulary: Vocabulary, entries: [CacheEntry], articles: [Article], annotations: [CompactAnnotation?]) {
        guard !isInside(roots) else { return }
        var w = BinaryWriter(capacity: articles.reduce(0) { $0 + $1.text.utf8.count + 64 } + 64 * 1024)
        for b in AnnotationCache.magic { w.u8(b) }
        w.u32(AnnotationCache.formatVersion)
        w.string(Pipeline.version)
        w.string(AnnotationCache.schema)
        w.vocabulary(vocabulary)
        let complete = entries.filter { e in e.articles.allSatisfy { annotations[$0] != nil } }
        w.count(complete.count)
        for e in complete {
            w.string(e.key)
            w.i64(e.size)
            w.f64(e.modified)
            w.count(e.articles.count)
            for i in e.articles {
                w.article(articles[i])
                w.annotation(annotations[i]!)
            }
        }
        let path = file(for: roots)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data(w.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
