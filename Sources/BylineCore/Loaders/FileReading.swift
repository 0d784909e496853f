import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one article file safely: only regular files, never more than `maxSize` bytes, and
/// checked before and after reading so a file that changes meanwhile is read again rather than
/// loaded half-written. Every failure is a `LoadProblem`.
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

    static func contents(of path: String) throws(LoadProblem) -> Contents {
        for _ in 0..<attempts {
            let fd: Int32
            do {
                fd = try RegularFile.openForReading(path)
            } catch .system(let code) {
                throw .cannotOpen(errno: code)
            } catch {
                throw .notRegularFile
            }
            defer { close(fd) }
            let before = try status(fd)
            let size = Int(before.st_size)
            if size == 0 { throw .emptyFile }
            if size > maxSize { throw .tooLarge(bytes: size, limit: maxSize) }
            let data = try readAll(fd, expected: size)
            let after = try status(fd)
            if after.st_size == before.st_size, modified(after) == modified(before), data.count == size {
                return Contents(data: data, size: size, modified: modified(after))
            }
        }
        throw .keptChanging(attempts: attempts)
    }

    private static func status(_ fd: Int32) throws(LoadProblem) -> stat {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .cannotRead(errno: errno) }
        return st
    }

    private static func readAll(_ fd: Int32, expected: Int) throws(LoadProblem) -> Data {
        var data = Data(count: expected)
        var total = 0
        let failure = data.withUnsafeMutableBytes { (buf: UnsafeMutableRawBufferPointer) -> Int32? in
            while total < expected {
                let n = read(fd, buf.baseAddress! + total, expected - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { break }
                total += n
            }
            return nil
        }
        if let failure { throw .cannotRead(errno: failure) }
        data.count = total
        return data
    }

    static func modified(_ st: stat) -> Double {
        Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }
}
