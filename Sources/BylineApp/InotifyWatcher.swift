#if os(Linux)
    import BylineCore
    import Glibc

    /// Watches a collection with inotify: the roots, every directory the collection's files are
    /// in, and directories created under them. For a root that is a file (newsboat's cache), its
    /// directory is watched and only events on that file (and its journal) count.
    ///
    /// Nothing is read until the reader asks, so events queue in the kernel between key presses.
    /// When the kernel's watch limit is reached (`fs.inotify.max_user_watches`), `init` fails and
    /// the reader polls instead.
    public final class InotifyWatcher: CollectionWatcher {
        private let fd: Int32
        private var watched: [Int32: String] = [:]
        private var watchedPaths: Set<String> = []
        /// Directory → names of the root files in it, for roots that are files.
        private var fileRoots: [String: [String]] = [:]

        static let mask = UInt32(
            IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
                | IN_MOVE_SELF)

        public init?(roots: [String]) {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            for root in roots {
                var st = stat()
                if stat(root, &st) == 0, st.st_mode & S_IFMT == S_IFREG {
                    let slash = root.lastIndex(of: "/")
                    let dir = slash.map { String(root[..<$0]) } ?? "."
                    let name = slash.map { String(root[root.index(after: $0)...]) } ?? root
                    fileRoots[dir.isEmpty ? "/" : dir, default: []].append(name)
                    guard add(dir.isEmpty ? "/" : dir) else { return nil }
                } else {
                    guard add(root) else { return nil }
                }
            }
        }

        deinit { close(fd) }

        public func watch(directories: Set<String>) {
            for dir in directories where !watchedPaths.contains(dir) { _ = add(dir) }
        }

        /// False only when the kernel is out of watches; a directory that vanished meanwhile is
        /// no failure.
        private func add(_ dir: String) -> Bool {
            let wd = inotify_add_watch(fd, dir, Self.mask)
            guard wd >= 0 else { return errno != ENOSPC }
            watched[wd] = dir
            watchedPaths.insert(dir)
            return true
        }

        public func changed() -> Bool {
            var any = false
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let n = read(fd, &buffer, buffer.count)
                guard n > 0 else { break }
                var at = 0
                while at + MemoryLayout<inotify_event>.size <= n {
                    let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                        let e = raw.loadUnaligned(fromByteOffset: at, as: inotify_event.self)
                        return (e.wd, e.mask, Int(e.len))
                    }
                    let nameStart = at + MemoryLayout<inotify_event>.size
                    let nameBytes = buffer[nameStart..<min(n, nameStart + length)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    at = nameStart + length
                    if counts(wd: wd, mask: mask, name: name) { any = true }
                }
            }
            return any
        }

        /// Whether one event counts; a new directory is watched at once.
        private func counts(wd: Int32, mask: UInt32, name: String) -> Bool {
            guard let dir = watched[wd] else { return false }
            if mask & UInt32(IN_IGNORED) != 0 {
                watched[wd] = nil
                watchedPaths.remove(dir)
                return false
            }
            if let files = fileRoots[dir] {
                return files.contains { name == $0 || name.hasPrefix($0 + "-") }
            }
            // Hidden entries are not part of a collection (editors' swap files, newsboat's lock).
            if name.hasPrefix(".") { return false }
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                _ = add(dir + "/" + name)
            }
            return true
        }
    }
#endif

/// The best watcher the system offers: inotify on Linux, else (or when the kernel has no watches
/// left) polling.
public enum FileWatching {
    public static func watcher(roots: [String]) -> any CollectionWatcher {
        #if os(Linux)
            if let w = InotifyWatcher(roots: roots) { return w }
        #endif
        return PollingWatcher(roots: roots)
    }
}
