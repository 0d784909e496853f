import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file the user asked for (`w` saves an article): never over an existing file unless
/// told to, and then atomically, so a failed save leaves the old file whole.
public enum SavedFile {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Something is already at the path; ask before overwriting.
        case exists(String)
        /// The path is a directory (or another non-file), which is never replaced.
        case notAFile(String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let p): return "\(p) exists"
            case .notAFile(let p): return "\(p) is not a file"
            case .cannotWrite(let p, let reason): return "cannot save to \(p): \(reason)"
            }
        }
    }

    /// `~/` at the start of `path` stands for the home directory; a relative path is taken from
    /// the current directory.
    public static func expand(_ path: String, home: String = NSHomeDirectory()) -> String {
        path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst() : path
    }

    public static func save(_ text: String, to path: String, overwrite: Bool) throws(Failure) {
        var st = stat()
        if lstat(path, &st) == 0 {
            let type = st.st_mode & S_IFMT
            guard type == S_IFREG || type == S_IFLNK else { throw .notAFile(path) }
            guard overwrite else { throw .exists(path) }
            do {
                try AtomicFile.replace(URL(fileURLWithPath: path), with: Data(text.utf8), mode: 0o644)
            } catch {
                throw .cannotWrite(path: path, reason: "\(error)")
            }
            return
        }
        // O_EXCL: a file that appears between the look above and this open is not overwritten.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw .exists(path) }
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(path)
                throw .cannotWrite(path: path, reason: reason)
            }
            done += n
        }
        close(fd)
    }
}
