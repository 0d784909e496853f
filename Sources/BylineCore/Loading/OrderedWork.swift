import Foundation

/// Runs work on every core and hands the results back in input order, each as soon as it and
/// all before it are done, holding at most `window` items at once: a streaming stage whose
/// memory stays constant however long its input, and whose output order is its input's.
///
///     OrderedWork(workers: 2, window: 64).run(
///         input: { readLine() },        // on a thread of its own; nil ends the input
///         work: { line in annotate(line) },
///         output: { result in write(result) })   // on the caller's thread, in order
public struct OrderedWork: Sendable {
    public let workers: Int
    public let window: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 0) {
        self.workers = max(1, workers)
        self.window = window > 0 ? window : 32 * self.workers
    }

    private final class State<In, Out>: @unchecked Sendable {
        let condition = NSCondition()
        var queue: [(Int, In)] = []
        var queueStart = 0
        var results: [Int: Out] = [:]
        var produced = 0
        var emitted = 0
        var inputDone = false
    }

    /// Reads `input` on a thread of its own until it returns nil, runs `work` on the workers and
    /// calls `output` on the calling thread in input order; returns when everything is out.
    public func run<In: Sendable, Out: Sendable>(
        input: @escaping @Sendable () -> In?, work: @escaping @Sendable (In) -> Out, output: (Out) -> Void
    ) {
        let s = State<In, Out>()
        let window = self.window
        let threads = DispatchGroup()
        threads.enter()
        Thread.detachNewThread {
            while true {
                s.condition.lock()
                while s.produced - s.emitted >= window { s.condition.wait() }
                s.condition.unlock()
                // Read outside the lock: a read from a pipe may block for long.
                let item = input()
                s.condition.lock()
                if let item {
                    s.queue.append((s.produced, item))
                    s.produced += 1
                } else {
                    s.inputDone = true
                }
                s.condition.broadcast()
                s.condition.unlock()
                if item == nil { break }
            }
            threads.leave()
        }
        for _ in 0..<workers {
            threads.enter()
            Thread.detachNewThread {
                while true {
                    s.condition.lock()
                    while s.queueStart == s.queue.count && !s.inputDone { s.condition.wait() }
                    guard s.queueStart < s.queue.count else {
                        s.condition.unlock()
                        break
                    }
                    let (k, item) = s.queue[s.queueStart]
                    s.queueStart += 1
                    // The consumed front is dropped now and then, so the queue never grows with the input.
                    if s.queueStart > 1024 && s.queueStart * 2 > s.queue.count {
                        s.queue.removeFirst(s.queueStart)
                        s.queueStart = 0
                    }
                    s.condition.unlock()
                    let result = work(item)
                    s.condition.lock()
                    s.results[k] = result
                    s.condition.broadcast()
                    s.condition.unlock()
                }
                threads.leave()
            }
        }
        while true {
            s.condition.lock()
            while s.results[s.emitted] == nil && !(s.inputDone && s.emitted == s.produced) { s.condition.wait() }
            guard let next = s.results.removeValue(forKey: s.emitted) else {
                s.condition.unlock()
                break
            }
            s.emitted += 1
            s.condition.broadcast()
            s.condition.unlock()
            output(next)
        }
        threads.wait()
    }
}
