import Foundation

/// Lists the items of a newsboat cache on its own thread and hands them over in batches as they
/// are read, so the first rows show while the rest is still being listed. An item comes as its
/// heading (title, source, date, URL: what the list shows) and its stamp; its content is only
/// summed into the stamp, not made into an article, unless the item has no title of its own.
/// At most `queued` batches wait, so a slow taker holds a bounded part of the list.
final class NewsboatListing: Sendable {
    struct Listed: Sendable {
        /// The item's article: its heading, without text, unless `complete`.
        var article: Article
        var stamp: NewsboatStamp
        /// Whether `article` has its text (an item without a title, named by its first paragraph).
        var complete: Bool
    }

    static let batchSize = 2048
    /// The first batch is smaller, so the first rows show before a whole batch is taken: from the
    /// annotation cache, taking an item decodes its annotation.
    static let firstBatchSize = 256
    static let queued = 8

    private let state = Locked<(batches: [[Listed]], issues: [LoadIssue], done: Bool)>(([], [], false))
    private let ready = DispatchSemaphore(value: 0)
    /// Counts the batches that may still be queued. It starts at zero and is raised, because
    /// libdispatch traps when a semaphore is freed below its starting value, as this one is
    /// when a cancelled load leaves batches untaken.
    private let room = DispatchSemaphore(value: 0)

    init(path: String, cancelled: @escaping @Sendable () -> Bool) {
        for _ in 0..<Self.queued { room.signal() }
        Thread.detachNewThread { [self] in
            var batch: [Listed] = []
            var issues: [LoadIssue] = []
            var handed = 0
            let failure = NewsboatCache.eachItem(path: path) { item in
                if let heading = item.heading() {
                    batch.append(Listed(article: heading, stamp: item.stamp, complete: false))
                } else if let whole = item.article() {
                    batch.append(Listed(article: whole, stamp: item.stamp, complete: true))
                } else {
                    issues.append(item.emptyIssue)
                }
                guard batch.count == (handed == 0 ? Self.firstBatchSize : Self.batchSize) else { return !cancelled() }
                handed += 1
                return hand(&batch, cancelled: cancelled)
            }
            if !batch.isEmpty { _ = hand(&batch, cancelled: cancelled) }
            state.withLock { s in (s.issues, s.done) = (issues + failure, true) }
            ready.signal()
        }
    }

    /// Queues `batch` once there is room; false when the load was cancelled meanwhile.
    private func hand(_ batch: inout [Listed], cancelled: @Sendable () -> Bool) -> Bool {
        while room.wait(timeout: .now() + 0.05) == .timedOut {
            if cancelled() { return false }
        }
        let full = batch
        batch = []
        state.withLock { $0.batches.append(full) }
        ready.signal()
        return !cancelled()
    }

    /// The next batch of items, waiting for it; nil when the listing is over (or was cancelled).
    func next() -> [Listed]? {
        while true {
            let (batch, done) = state.withLock { s -> ([Listed]?, Bool) in
                s.batches.isEmpty ? (nil, s.done) : (s.batches.removeFirst(), false)
            }
            if let batch {
                room.signal()
                return batch
            }
            if done { return nil }
            ready.wait()
        }
    }

    /// The listing's issues, once `next()` has returned nil.
    var issues: [LoadIssue] { state.withLock { $0.issues } }
}
