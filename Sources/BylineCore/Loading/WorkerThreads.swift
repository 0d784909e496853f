import Foundation

/// Runs `count` items on worker threads, handed out in increasing order a chunk at a time, and
/// tells a waiting coordinator how long the finished prefix is. The coordinator consumes results
/// in item order (the index wants article ids in order) while the workers run ahead.
final class ParallelJob: Sendable {
    let count: Int
    let chunk: Int
    private let workers: Int
    private let claimed = Locked(0)
    private let progress: Locked<(done: [Bool], prefixChunks: Int)>
    private let signal = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    init(count: Int, chunk: Int, workers: Int) {
        self.count = count
        self.chunk = max(1, chunk)
        self.workers = max(1, workers)
        let chunks = (count + self.chunk - 1) / self.chunk
        progress = Locked((Array(repeating: false, count: chunks), 0))
    }

    /// Starts the workers; `work(i)` runs once per item unless `cancelled()` turns true.
    func start(cancelled: @escaping @Sendable () -> Bool, work: @escaping @Sendable (Int) -> Void) {
        let chunks = (count + chunk - 1) / chunk
        for _ in 0..<min(workers, max(chunks, 1)) {
            finished.enter()
            Thread.detachNewThread { [self] in
                while !cancelled() {
                    let c = claimed.withLock { n -> Int in
                        defer { n += 1 }
                        return n
                    }
                    guard c < chunks else { break }
                    for i in (c * chunk)..<min(count, (c + 1) * chunk) where !cancelled() { work(i) }
                    progress.withLock { p in
                        p.done[c] = true
                        while p.prefixChunks < p.done.count && p.done[p.prefixChunks] { p.prefixChunks += 1 }
                    }
                    signal.signal()
                }
                finished.leave()
            }
        }
    }

    /// The number of leading items whose work is complete.
    var completedPrefix: Int { min(count, progress.withLock { $0.prefixChunks } * chunk) }

    /// Waits until some chunk completes or `seconds` pass.
    func waitForProgress(seconds: Double) { _ = signal.wait(timeout: .now() + seconds) }

    /// Waits for every worker thread to stop.
    func join() { finished.wait() }
}

/// Result slots written by the worker that owns each index and read by the coordinator once the
/// job reports the index done; the job's lock orders the write before the read.
final class ResultSlots<T>: @unchecked Sendable {
    private let items: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        items = .allocate(capacity: max(count, 1))
        items.initialize(repeating: nil)
    }

    deinit {
        items.deinitialize()
        items.deallocate()
    }

    subscript(i: Int) -> T? {
        get { items[i] }
        set { items[i] = newValue }
    }

    /// Takes a result out, freeing its slot.
    func take(_ i: Int) -> T? {
        defer { items[i] = nil }
        return items[i]
    }
}

/// A value computed on its own thread while the caller goes on; `value` waits for it.
final class BackgroundValue<T: Sendable>: Sendable {
    private let result = Locked<T?>(nil)
    private let done = DispatchGroup()

    init(_ compute: @escaping @Sendable () -> T) {
        done.enter()
        Thread.detachNewThread { [self] in
            let v = compute()
            result.withLock { $0 = v }
            done.leave()
        }
    }

    var value: T {
        done.wait()
        return result.withLock { $0! }
    }

    /// Whether `value` would return at once.
    var isReady: Bool { result.withLock { $0 != nil } }
}
