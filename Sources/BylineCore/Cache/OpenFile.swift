import Foundation

/// A file descriptor shared by the workers; `pread` needs no shared position. Either a cache
/// file opened read-only, or a scratch file a load appends to and reads back.
final class OpenFile: Sendable {
    private let fd: Int32
    /// The file's size when opened; a scratch file leaves bounds to `pread`, since it grows.
    let size: Int
    /// Where a scratch file's next append goes; nil for a file opened read-only.
    private let end: Locked<Int>?

    init?(_ path: String) {
        guard let fd = try? RegularFile.openForReading(path) else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
        size = Int(st.st_size)
        end = nil
    }

    /// An empty file in `directory`, removed from it at once: no other process sees it, and its
    /// space goes back when the last reference to it goes, or when the process ends however it
    /// ends (a SIGKILL leaves nothing behind).
    init?(scratchIn directory: String) {
        var template = Array((directory + "/.scratch-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
        size = Int.max
        end = Locked(0)
    }

    deinit { close(fd) }

    /// Appends `bytes` to a scratch file, returning where they start, or nil when they could
    /// not all be written (a full disk) or the file is not a scratch file.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        end?.withLock { end -> Int? in
            var done = 0
            while done < bytes.count {
                let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(end + done))
                guard n > 0 else { return nil }
                done += n
            }
            defer { end += bytes.count }
            return end
        }
    }

    /// The bytes in `range`, or nil when they cannot all be read.
    func read(_ range: Range<Int>) -> [UInt8]? { values(UInt8.self, at: range.lowerBound, count: range.count) }

    /// `count` numbers stored raw from byte `at` on, or nil when they cannot all be read.
    func values<T: FixedWidthInteger>(_: T.Type, at: Int, count: Int) -> [T]? {
        let length = count * MemoryLayout<T>.size
        guard count >= 0, at >= 0, at <= size, length <= size - at else { return nil }
        var complete = true
        let out = [T](unsafeUninitializedCapacity: count) { buf, initialized in
            let raw = UnsafeMutableRawBufferPointer(buf)
            var done = 0
            while done < length {
                let n = pread(fd, raw.baseAddress! + done, length - done, off_t(at + done))
                guard n > 0 else {
                    complete = false
                    break
                }
                done += n
            }
            // Integers have no invalid bit patterns: a short read leaves numbers that are dropped.
            initialized = count
        }
        return complete ? out : nil
    }
}
