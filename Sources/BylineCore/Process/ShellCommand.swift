import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command the user configured (`copy-command`) or typed (`|`) through `/bin/sh -c`, with
/// text on its standard input.
///
/// The text goes through an unlinked temporary file rather than a pipe: the command may read
/// none of it, or all of it only at the end, and a pipe would then block the reader once its
/// 64 KiB buffer was full.
public enum ShellCommand {
    public enum Outcome: Equatable, Sendable {
        /// The command ended with this status (128 + N when signal N ended it).
        case exited(Int32)
        /// Still running when the wait was over; it is left to finish on its own.
        case stillRunning
        /// `/bin/sh` could not be started, or the input could not be stored.
        case notStarted(String)
    }

    /// Where the input files go: `TMPDIR` from `environment` when set, else /tmp.
    public static func temporaryDirectory(_ environment: [String: String]) -> String {
        environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// A descriptor open for reading at the start of an unlinked file in `dir` holding `text`;
    /// the caller closes it.
    public static func inputFile(_ text: String, in dir: String) -> Int32? {
        var template = Array((dir + "/byline-input-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                close(fd)
                return nil
            }
            done += n
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Runs `command` away from the terminal (output and errors discarded) with `input` on its
    /// standard input (through a file in `temporaryDirectory`), waiting at most `timeout` seconds: clipboard tools such as xclip stay
    /// behind to serve the selection, so they are not waited for past it.
    public static func run(_ command: String, input: String, temporaryDirectory: String, timeout: Double = 3)
        -> Outcome
    {
        guard let fd = inputFile(input, in: temporaryDirectory) else {
            return .notStarted("cannot store the text to hand over")
        }
        defer { close(fd) }
        let pid: pid_t
        do throws(ChildProcess.SpawnFailure) {
            pid = try ChildProcess.spawn(["/bin/sh", "-c", command], stdin: fd, output: .discarded)
        } catch {
            return .notStarted(String(cString: strerror(error.errno)))
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { return .exited(-1) }
            if Date() > deadline {
                // Reaped in the background when it ends, so it leaves no zombie.
                let child = pid
                Thread.detachNewThread {
                    var s: Int32 = 0
                    while waitpid(child, &s, 0) < 0 && errno == EINTR {}
                }
                return .stillRunning
            }
            usleep(10_000)
        }
        return .exited(ChildProcess.exitStatus(status))
    }
}
