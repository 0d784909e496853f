import Foundation

/// Goes on with a `FileWalk` on its own thread and hands its files over in batches as they are
/// found, so reading starts on the first batch while the rest of a big tree is still listed.
final class BackgroundWalk: Sendable {
    typealias File = (path: String, root: Int)

    static let batchSize = 2048

    private let state = Locked<(batches: [[File]], issues: [LoadIssue], done: Bool)>(([], [], false))
    private let ready = DispatchSemaphore(value: 0)

    init(_ walk: FileWalk, cancelled: @escaping @Sendable () -> Bool) {
        Thread.detachNewThread { [self] in
            var walk = walk
            while true {
                let batch = cancelled() ? [] : walk.next(limit: Self.batchSize)
                let last = batch.count < Self.batchSize
                let issues = last ? walk.issues : []
                state.withLock { s in
                    if !batch.isEmpty { s.batches.append(batch) }
                    if last { (s.issues, s.done) = (issues, true) }
                }
                ready.signal()
                if last { break }
            }
        }
    }

    /// The next batch of files, waiting for it; nil when the walk is over (or was cancelled).
    func next() -> [File]? {
        while true {
            let (batch, done) = state.withLock { s -> ([File]?, Bool) in
                s.batches.isEmpty ? (nil, s.done) : (s.batches.removeFirst(), false)
            }
            if let batch { return batch }
            if done { return nil }
            ready.wait()
        }
    }

    /// The walk's issues, once `next()` has returned nil.
    var issues: [LoadIssue] { state.withLock { $0.issues } }
}
