import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's content so that a crash at any moment leaves either the old content or the
/// new, never a mix: write a temporary file beside it, flush it to disk, rename it over the
/// original, then flush the directory so the rename itself survives a power cut.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func replace(_ url: URL, with data: Data, mode: mode_t = 0o600) throws {
        let dir = url.deletingLastPathComponent().path
        let temp = url.path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("cannot create \(temp)") }
        var ok = data.withUnsafeBytes { buf -> Bool in
            var done = 0
            while done < buf.count {
                let n = write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        let code = errno
        close(fd)
        guard ok else {
            unlink(temp)
            throw Failure(description: "cannot write \(temp): \(String(cString: strerror(code)))")
        }
        guard rename(temp, url.path) == 0 else {
            let e = failure("cannot replace \(url.path)")
            unlink(temp)
            throw e
        }
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
