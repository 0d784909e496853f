import Foundation
import Synchronization

/// Tells the reader that files under a collection's roots may have been added, changed or
/// deleted, so it can reload without a restart. The reader asks between key presses; a watcher
/// never blocks it. Linux has an inotify watcher in the app; `PollingWatcher` works anywhere.
public protocol CollectionWatcher: AnyObject {
    /// The directories the collection's files are in, to watch besides the roots (given again
    /// after every load, as directories come and go).
    func watch(directories: Set<String>)
    /// Whether anything changed since the last call.
    func changed() -> Bool
}

/// Watches by listing the roots again every few seconds on a background thread and comparing
/// every file's path, size and modification time. The pause between listings grows with the
/// time one takes (ten times it, at least `interval`), so a huge collection costs a small share
/// of one core.
public final class PollingWatcher: CollectionWatcher, Sendable {
    /// Shared with the polling thread, which must not keep the watcher itself alive.
    private final class Flags: Sendable {
        let changed = Atomic<Bool>(false)
        let stopped = Atomic<Bool>(false)
    }

    private let flags = Flags()

    public init(roots: [String], interval: Double = 2) {
        Thread.detachNewThread { [flags] in Self.poll(roots, every: interval, flags) }
    }

    deinit { flags.stopped.store(true, ordering: .relaxed) }

    public func watch(directories: Set<String>) {}

    public func changed() -> Bool { flags.changed.exchange(false, ordering: .acquiringAndReleasing) }

    /// A hash of every file's path, size and modification time under the roots.
    static func signature(of roots: [String]) -> Int {
        var walk = FileWalk(roots: roots)
        var hasher = Hasher()
        while case let batch = walk.next(limit: 1024), !batch.isEmpty {
            for (path, _) in batch {
                var st = stat()
                guard stat(path, &st) == 0 else { continue }
                hasher.combine(path)
                hasher.combine(st.st_size)
                hasher.combine(st.st_mtim.tv_sec)
                hasher.combine(st.st_mtim.tv_nsec)
            }
        }
        return hasher.finalize()
    }

    private static func poll(_ roots: [String], every interval: Double, _ flags: Flags) {
        var last = signature(of: roots)
        var pause = interval
        while !flags.stopped.load(ordering: .relaxed) {
            var slept = 0.0
            // Short naps, so a dropped watcher's thread ends soon.
            while slept < pause, !flags.stopped.load(ordering: .relaxed) {
                usleep(200_000)
                slept += 0.2
            }
            let started = Date()
            let now = signature(of: roots)
            if now != last { flags.changed.store(true, ordering: .releasing) }
            last = now
            pause = max(interval, Date().timeIntervalSince(started) * 10)
        }
    }
}
