import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens files that Byline reads for itself (caches, state, config, themes) only when they are
/// regular files, and without ever blocking: a FIFO put in place of a cache file would make a
/// plain `open` wait for a writer forever, and a device (`/dev/zero`) would never end a read.
public enum RegularFile {
    public enum Failure: Error, Equatable, Sendable {
        /// `open` or `fstat` failed with this `errno`.
        case system(Int32)
        case notRegular
    }

    /// A descriptor open for reading on the regular file at `path` (blocking mode restored, since
    /// reads of a regular file never wait).
    public static func openForReading(_ path: String) throws(Failure) -> Int32 {
        try openWithStatus(path).fd
    }

    /// `openForReading`, with the `fstat` it took: a caller that checks the size reads it here
    /// instead of asking the system again.
    static func openWithStatus(_ path: String) throws(Failure) -> (fd: Int32, status: stat) {
        let fd = FileName.withSystemPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { throw .system(errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw .system(code)
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notRegular
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return (fd, st)
    }

    /// The whole content of the regular file at `path`, at most `maxSize` bytes; nil when it is
    /// missing, not a regular file, too large or unreadable.
    public static func contents(_ path: String, maxSize: Int = 64 * 1024 * 1024) -> Data? {
        guard let fd = try? openForReading(path) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) <= maxSize else { return nil }
        var data = Data(count: Int(st.st_size))
        var total = 0
        let ok = data.withUnsafeMutableBytes { (buf: UnsafeMutableRawBufferPointer) -> Bool in
            while total < buf.count {
                let n = read(fd, buf.baseAddress! + total, buf.count - total)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return false }
                if n == 0 { break }
                total += n
            }
            return true
        }
        guard ok else { return nil }
        data.count = total
        return data
    }
}
