import Foundation

/// Runs work on every core and hands the results back in input order, each as soon as it and
/// all before it are done, holding at most `window` items at once: a streaming stage whose
/// memory stays constant however long its input, and whose output order is its input's.
///
///     OrderedWork(workers: 2, window: 64).run(
///         input: { readLine() },        // on a thread of its own; nil ends the input
///         work: { line in annotate(line) },
///         output: { result in write(result) })   // on the caller's thread, in order
///
/// Each thread waits on a semaphore of its own role and is woken only when there is something
/// for it: an item for a worker, room in the window for the reader, the next result in order for
/// the caller: a condition broadcast to every thread would wake all of them several times per
/// item, each wake-up a context switch on a machine with few cores.
public struct OrderedWork: Sendable {
    public let workers: Int
    public let window: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 0) {
        self.workers = max(1, workers)
        self.window = window > 0 ? window : 32 * self.workers
    }

    private final class State<In, Out>: @unchecked Sendable {
        let lock = NSLock()
        var queue: [(Int, In)] = []
        var queueStart = 0
        var results: [Int: Out] = [:]
        var produced = 0
        var emitted = 0
        var inputDone = false
        /// One signal per item queued, and one per worker once the input is over.
        let items = DispatchSemaphore(value: 0)
        /// One signal per free place in the window.
        let room = DispatchSemaphore(value: 0)
        /// Signalled when the result the caller waits for next may be there, or the input ended.
        let ready = DispatchSemaphore(value: 0)
    }

    /// Reads `input` on a thread of its own until it returns nil, runs `work` on the workers and
    /// calls `output` on the calling thread in input order; returns when everything is out.
    public func run<In: Sendable, Out: Sendable>(
        input: @escaping @Sendable () -> In?, work: @escaping @Sendable (In) -> Out, output: (Out) -> Void
    ) {
        let s = State<In, Out>()
        let workers = self.workers
        // A semaphore made with a count above zero must not be freed below it: the window's
        // places are signalled instead.
        for _ in 0..<window { s.room.signal() }
        let threads = DispatchGroup()
        threads.enter()
        Thread.detachNewThread {
            while true {
                s.room.wait()
                // Read outside the lock: a read from a pipe may block for long.
                let item = input()
                s.lock.lock()
                if let item {
                    s.queue.append((s.produced, item))
                    s.produced += 1
                } else {
                    s.inputDone = true
                }
                s.lock.unlock()
                guard item != nil else { break }
                s.items.signal()
            }
            for _ in 0..<workers { s.items.signal() }
            s.ready.signal()
            threads.leave()
        }
        for _ in 0..<workers {
            threads.enter()
            Thread.detachNewThread {
                while true {
                    s.items.wait()
                    s.lock.lock()
                    guard s.queueStart < s.queue.count else {
                        // Only the end of the input signals with nothing queued.
                        s.lock.unlock()
                        break
                    }
                    let (k, item) = s.queue[s.queueStart]
                    s.queueStart += 1
                    // The consumed front is dropped now and then, so the queue never grows with the input.
                    if s.queueStart > 1024 && s.queueStart * 2 > s.queue.count {
                        s.queue.removeFirst(s.queueStart)
                        s.queueStart = 0
                    }
                    s.lock.unlock()
                    let result = work(item)
                    s.lock.lock()
                    s.results[k] = result
                    let awaited = k == s.emitted
                    s.lock.unlock()
                    if awaited { s.ready.signal() }
                }
                threads.leave()
            }
        }
        while true {
            s.lock.lock()
            if let next = s.results.removeValue(forKey: s.emitted) {
                s.emitted += 1
                s.lock.unlock()
                s.room.signal()
                output(next)
                continue
            }
            let over = s.inputDone && s.emitted == s.produced
            s.lock.unlock()
            if over { break }
            s.ready.wait()
        }
        threads.wait()
    }
}
