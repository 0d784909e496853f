import Foundation

/// A value behind a pthread mutex (through `NSLock`). The loader's threads share their
/// bookkeeping through this rather than `Synchronization.Mutex`, whose futex ThreadSanitizer
/// cannot see, so the sanitizer run checks them instead of reporting races that are not there.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
