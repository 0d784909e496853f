import Foundation

/// Bytes appended at the end of memory that grows by doubling: what JSON is written into.
/// `[UInt8].append(contentsOf:)` spends about a hundred instructions on each call before it
/// copies, and the JSON of one article is made of hundreds of short pieces.
public struct ByteBuffer {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    private var storage = Storage(capacity: 1024)

    public init() {}

    /// The number of bytes written.
    public var count: Int { storage.count }

    /// The bytes written, copied out.
    public var array: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Calls `body` with the bytes written, valid only during the call.
    public func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Room for `n` more bytes, in storage of this buffer's own (a copy of the buffer shares
    /// none of it once written to); where they go.
    @inline(__always) private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) || storage.capacity - storage.count < n {
            regrow(n)
        }
        return storage.base + storage.count
    }

    private mutating func regrow(_ n: Int) {
        let grown = Storage(capacity: max(storage.capacity * 2, storage.count + n))
        grown.base.initialize(from: storage.base, count: storage.count)
        grown.count = storage.count
        storage = grown
    }

    @inline(__always) public mutating func append(_ b: UInt8) {
        reserve(1).pointee = b
        storage.count += 1
    }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count).initialize(from: from, count: bytes.count)
        storage.count += bytes.count
    }

    public mutating func append(_ s: StaticString) { s.withUTF8Buffer { append($0) } }

    /// Lets `body` write at most `n` bytes straight after those written, and keeps as many as it
    /// says it wrote: one check for room where a piece made of several parts (a key with its
    /// quotes and colon, a number's digits, a string's runs and escapes) would take one each.
    @inline(__always) public mutating func append(atMost n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let written = body(reserve(n))
        storage.count += written
    }

    /// `n` spaces (none when `n` is not positive): a table cell's padding.
    public mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n).initialize(repeating: UInt8(ascii: " "), count: n)
        storage.count += n
    }

    /// Writes the bytes to standard output.
    public func writeToStandardOutput() throws {
        try withUnsafeBytes(Self.writeToStandardOutput)
    }

    /// Why standard output could not take the bytes (a full disk, an I/O error): the command
    /// reports it and fails, since output cut short must not pass for a success.
    public struct WriteFailure: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { "cannot write output: \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to standard output as they are: no copy into a `Data` on the way. A
    /// non-blocking output that is full is waited for, so no piece goes missing mid-line; a
    /// reader that has gone (a pipe closed early while SIGPIPE is ignored) ends the writing
    /// quietly, as `head` expects of what it reads from.
    public static func writeToStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var done = 0
        while done < bytes.count {
            let n = write(1, bytes.baseAddress! + done, bytes.count - done)
            if n > 0 {
                done += n
                continue
            }
            let code = n < 0 ? errno : EIO
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK:
                var ready = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            case EPIPE: return
            default: throw WriteFailure(code: code)
            }
        }
    }
}
