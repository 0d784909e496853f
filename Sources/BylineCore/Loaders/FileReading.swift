import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one article file safely: only regular files, never more than `maxSize` bytes, and
/// checked before and after reading so a file that changes meanwhile is read again rather than
/// loaded half-written. Every failure is a `LoadError` whose text tells the user what happened.
enum FileReading {
    /// Larger files are refused: an article is never this big, and holding such a file with its
    /// annotation would take gigabytes.
    static let maxSize = 256 * 1024 * 1024
    /// How often a file that keeps changing while it is read is tried before giving up.
    static let attempts = 3

    struct Contents {
        var data: Data
        var size: Int
        var modified: Double
    }

    static func contents(of path: String) throws -> Contents {
        for _ in 0..<attempts {
            let fd: Int32
            do {
                fd = try RegularFile.openForReading(path)
            } catch .system(let code) {
                throw LoadError(openFailure(code))
            } catch {
                throw LoadError("not a regular file")
            }
            defer { close(fd) }
            let before = try status(fd)
            let size = Int(before.st_size)
            if size == 0 { throw LoadError("empty file") }
            if size > maxSize {
                throw LoadError("too large for an article (\(megabytes(size)); the limit is \(megabytes(maxSize)))")
            }
            let data = try readAll(fd, expected: size)
            let after = try status(fd)
            if after.st_size == before.st_size, modified(after) == modified(before), data.count == size {
                return Contents(data: data, size: size, modified: modified(after))
            }
        }
        throw LoadError("changed while being read, \(attempts) times; load again when it is complete")
    }

    private static func status(_ fd: Int32) throws -> stat {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LoadError("cannot read: \(message(errno))") }
        return st
    }

    private static func readAll(_ fd: Int32, expected: Int) throws -> Data {
        var data = Data(count: expected)
        var total = 0
        try data.withUnsafeMutableBytes { (buf: UnsafeMutableRawBufferPointer) in
            while total < expected {
                let n = read(fd, buf.baseAddress! + total, expected - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw LoadError("cannot read: \(message(errno))")
                }
                if n == 0 { break }
                total += n
            }
        }
        data.count = total
        return data
    }

    static func modified(_ st: stat) -> Double {
        Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }

    static func openFailure(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "vanished before it could be read (no such file)"
        case EACCES, EPERM: return "cannot read: permission denied"
        case ELOOP: return "symbolic link loop"
        default: return "cannot read: \(message(code))"
        }
    }

    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : String(format: "%.1f MB", mb)
    }
}
