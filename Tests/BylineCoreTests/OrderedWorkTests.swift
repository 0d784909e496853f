import Foundation
import Synchronization
import Testing

@testable import BylineCore

/// Results come out in input order whatever order the workers finish in, never more than the
/// window's worth of items is out at once, and every thread ends when the input does.
@Suite struct OrderedWorkTests {
    /// Items that take uneven, shuffled times: later items often finish before earlier ones.
    @Test(.timeLimit(.minutes(1)), arguments: [(1, 1), (2, 3), (4, 8), (3, 0)])
    func resultsComeOutInInputOrderWithinTheWindow(workers: Int, window: Int) {
        let count = 500
        let delays = (0..<count).map { ($0 * 7919) % 13 }
        let next = Mutex(0)
        let outstanding = Mutex((now: 0, most: 0))
        let work = OrderedWork(workers: workers, window: window)
        var out: [Int] = []
        work.run(
            input: {
                next.withLock { n -> Int? in
                    guard n < count else { return nil }
                    defer { n += 1 }
                    outstanding.withLock { o in
                        o.now += 1
                        o.most = max(o.most, o.now)
                    }
                    return n
                }
            },
            work: { i -> Int in
                usleep(UInt32(delays[i] * 20))
                return i * 2
            },
            output: { r in
                outstanding.withLock { $0.now -= 1 }
                out.append(r)
            })
        #expect(out == (0..<count).map { $0 * 2 })
        // The window's items, and the one handed to `output` as its place is given back.
        #expect(outstanding.withLock { $0.most } <= work.window + 1)
        #expect(outstanding.withLock { $0.now } == 0)
    }

    @Test(.timeLimit(.minutes(1))) func noInputGivesNoOutputAndReturns() {
        var out: [Int] = []
        OrderedWork(workers: 2).run(input: { nil as Int? }, work: { $0 }, output: { out.append($0) })
        #expect(out.isEmpty)
    }

    /// Output may take long (a slow pipe); the workers wait for room rather than run ahead.
    @Test(.timeLimit(.minutes(1))) func aSlowOutputHoldsTheInputBack() {
        let next = Mutex(0)
        let readAhead = Mutex(0)
        var emitted = 0
        OrderedWork(workers: 2, window: 4).run(
            input: {
                next.withLock { n -> Int? in
                    guard n < 40 else { return nil }
                    defer { n += 1 }
                    return n
                }
            },
            work: { $0 },
            output: { r in
                #expect(r == emitted)
                usleep(500)
                emitted += 1
                let read = next.withLock { $0 }
                readAhead.withLock { $0 = max($0, read - emitted) }
            })
        #expect(emitted == 40)
        #expect(readAhead.withLock { $0 } <= 4)
    }
}
