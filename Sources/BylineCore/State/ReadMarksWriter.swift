import Foundation

/// Saves read marks off the caller's thread: `mark` and `unmark` only queue the key (O(1), so opening an
/// article never waits on the disk), and a background queue appends the marks gathered over
/// `batchDelay` in one locked write. `flush` waits for everything queued to be written (before
/// the process ends).
public final class ReadMarksWriter: Sendable {
    /// Marks made within this time go out in one write.
    static let batchDelay = 0.2

    private struct Shared {
        /// Keys to mark at a time, or to clear (nil).
        var queued: [(key: String, time: Date?)] = []
        var scheduled = false
        /// The last failure, not yet shown to the user.
        var problem: String?
    }

    private let shared = Locked(Shared())
    /// Owned by `queue`: touched only in its blocks.
    private let marks: Locked<ReadMarks>
    private let queue = DispatchQueue(label: "byline.read-marks")

    public init(_ marks: ReadMarks) { self.marks = Locked(marks) }

    /// Queues `key` as read now.
    public func mark(_ key: String, at time: Date = Date()) { queue(key, time) }

    /// Queues `key` as unread again.
    public func unmark(_ key: String) { queue(key, nil) }

    private func queue(_ key: String, _ time: Date?) {
        let schedule = shared.withLock { s -> Bool in
            s.queued.append((key, time))
            defer { s.scheduled = true }
            return !s.scheduled
        }
        if schedule { queue.asyncAfter(deadline: .now() + Self.batchDelay) { [self] in write() } }
    }

    /// Writes whatever is queued, and returns once it is on disk.
    public func flush() { queue.sync { write() } }

    /// The last save failure, once (nil when every save worked).
    public func takeProblem() -> String? {
        shared.withLock { s in
            defer { s.problem = nil }
            return s.problem
        }
    }

    private func write() {
        let batch = shared.withLock { s -> [(key: String, time: Date?)] in
            defer {
                s.queued = []
                s.scheduled = false
            }
            return s.queued
        }
        guard !batch.isEmpty else { return }
        let failure = marks.withLock { m -> String? in
            for (key, time) in batch {
                if let time { m.mark(key, at: time) } else { m.unmark(key) }
            }
            do {
                try m.save()
                return nil
            } catch {
                return "cannot save read marks: \(error)"
            }
        }
        if let failure { shared.withLock { $0.problem = failure } }
    }
}
