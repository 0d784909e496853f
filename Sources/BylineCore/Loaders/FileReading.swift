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
        /// The text of a large UTF-8 file read straight into it (`LargeText`); `data` is then empty.
        var largeText: String? = nil
    }

    /// The file's bytes; with `largeText`, a file of `LargeText.threshold` bytes or more that is
    /// plain UTF-8 comes as its text instead. The file is opened once for both.
    static func contents(of path: String, largeText: Bool = false) throws(LoadProblem) -> Contents {
        for _ in 0..<attempts {
            let fd: Int32
            let before: stat
            do {
                (fd, before) = try RegularFile.openWithStatus(path)
            } catch .system(let code) {
                throw .cannotOpen(errno: code)
            } catch {
                throw .notRegularFile
            }
            defer { close(fd) }
            let size = Int(before.st_size)
            if size == 0 { throw .emptyFile }
            if size > maxSize { throw .tooLarge(bytes: size, limit: maxSize) }
            if largeText && size >= LargeText.threshold {
                if let large = LargeText.text(fd: fd, status: before) {
                    return Contents(data: Data(), size: large.size, modified: large.modified, largeText: large.text)
                }
                guard lseek(fd, 0, SEEK_SET) == 0 else { throw .cannotRead(errno: errno) }
            }
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
