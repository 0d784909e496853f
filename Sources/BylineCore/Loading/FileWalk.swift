#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The walk over a collection's roots that `ArticleFiles` describes, able to stop after some
/// files and resume: the reader reads and shows the first files while the rest of a tree of a
/// hundred thousand is still being listed.
///
/// Depth first, names sorted within each directory. Symbolic links are followed, but each
/// directory is entered once, by device and inode, so link loops end; directories deeper than
/// `ArticleFiles.maxDepth` are reported, not searched; hidden entries and folder documentation
/// are skipped. Every problem becomes an issue and the walk goes on.
public struct FileWalk: Sendable {
    /// A directory being listed: its sorted entries and how far the walk has got.
    private struct Frame: Sendable {
        var path: String
        var entries: [Entry]
        var next = 0
        var depth: Int
        var root: Int
    }

    /// A name in a directory and the type `readdir` gave it, which spares a `stat` for every
    /// regular file.
    private struct Entry: Sendable {
        var name: String
        var type: UInt8
    }

    private struct DirectoryID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    private let roots: [String]
    private var nextRoot = 0
    private var frames: [Frame] = []
    private var visited: Set<DirectoryID> = []
    /// What could not be searched or read so far, in walk order.
    public private(set) var issues: [LoadIssue] = []

    public init(roots: [String]) { self.roots = roots }

    /// Up to `limit` more files with the index of the root each is under; fewer only when the
    /// walk is over.
    public mutating func next(limit: Int) -> [(path: String, root: Int)] {
        var out: [(path: String, root: Int)] = []
        while out.count < limit {
            guard var top = frames.popLast() else {
                guard nextRoot < roots.count else { break }
                startRoot(nextRoot, into: &out)
                nextRoot += 1
                continue
            }
            guard top.next < top.entries.count else { continue }
            let entry = top.entries[top.next]
            top.next += 1
            frames.append(top)
            visit(entry, in: top, into: &out)
        }
        return out
    }

    private mutating func startRoot(_ r: Int, into out: inout [(path: String, root: Int)]) {
        let path = roots[r]
        var st = stat()
        guard FileName.withSystemPath(path, { stat($0, &st) }) == 0 else {
            let code = errno
            issues.append(LoadIssue(path: path, reason: ArticleFiles.statFailure(path, code)))
            return
        }
        // Each root is searched on its own, as if it were the only one.
        visited = []
        if st.st_mode & S_IFMT == S_IFDIR { enter(path, status: st, depth: 0, root: r) } else { out.append((path, r)) }
    }

    /// `dir/name` in a string of exactly its length: every listed path is kept by its article,
    /// and `+` leaves up to twice the room a path needs (at 100,000 files, 14 MB for 9 MB).
    static func joined(_ dir: String, _ name: String) -> String {
        var (dir, name) = (dir, name)
        let slash = dir.hasSuffix("/") ? 0 : 1
        return dir.withUTF8 { d in
            name.withUTF8 { n in
                String(unsafeUninitializedCapacity: d.count + slash + n.count) { out in
                    _ = out.initialize(fromContentsOf: d)
                    if slash == 1 { out[d.count] = UInt8(ascii: "/") }
                    _ = out[(d.count + slash)...].initialize(fromContentsOf: n)
                    return d.count + slash + n.count
                }
            }
        }
    }

    private mutating func visit(_ entry: Entry, in frame: Frame, into out: inout [(path: String, root: Int)]) {
        let name = entry.name
        let child = Self.joined(frame.path, name)
        let wanted = Loaders.loader(for: name) != nil && !ArticleFiles.isCollectionDocument(name)
        if entry.type == UInt8(DT_REG) {
            if wanted { out.append((child, frame.root)) }
            return
        }
        // Directories (for their identity), links and unknown types need `stat`.
        var st = stat()
        guard FileName.withSystemPath(child, { stat($0, &st) }) == 0 else {
            // Only report what would have been read: a broken link named like an article.
            let code = errno
            if Loaders.loader(for: name) != nil {
                issues.append(LoadIssue(path: child, reason: ArticleFiles.statFailure(child, code)))
            }
            return
        }
        if st.st_mode & S_IFMT == S_IFDIR {
            enter(child, status: st, depth: frame.depth + 1, root: frame.root)
        } else if wanted {
            out.append((child, frame.root))
        }
    }

    private mutating func enter(_ path: String, status st: stat, depth: Int, root: Int) {
        let id = DirectoryID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        guard visited.insert(id).inserted else {
            issues.append(
                LoadIssue(path: path, reason: .directorySearchedBefore))
            return
        }
        guard depth < ArticleFiles.maxDepth else {
            issues.append(
                LoadIssue(path: path, reason: .nestedTooDeep(limit: ArticleFiles.maxDepth)))
            return
        }
        guard let dir = FileName.withSystemPath(path, opendir) else {
            issues.append(LoadIssue(path: path, reason: .cannotListDirectory(errno: errno)))
            return
        }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) {
                FileName.decode($0.bindMemory(to: CChar.self).baseAddress!)
            }
            if !name.hasPrefix(".") { entries.append(Entry(name: name, type: e.pointee.d_type)) }
        }
        entries.sort { $0.name < $1.name }
        frames.append(Frame(path: path, entries: entries, depth: depth, root: root))
    }
}
