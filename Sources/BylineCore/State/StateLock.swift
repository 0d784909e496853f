import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock between Byline processes sharing a state directory (`flock` on a lock file
/// beside the state), held only for the moment of a read-merge-write.
struct StateLock: ~Copyable {
    private let fd: Int32

    /// Waits up to `timeout` seconds for the lock: a reader that hangs while holding it must not
    /// freeze the others forever.
    init(_ url: URL, timeout: Double = 5) throws {
        fd = open(url.path, O_RDWR | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw AtomicFile.Failure(description: "cannot open lock \(url.path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(fd)
                throw AtomicFile.Failure(description: "another Byline holds \(url.path); read marks not saved")
            }
            usleep(5_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
