import BylineCore
import Foundation

/// Runs a program and waits for it with `wait4`, for its resource usage. Not Foundation's
/// `Process`: on Linux it learns that a child ended from a socket the child inherits, and a tmux
/// server, forked from the first client, keeps that socket open. The child starts as
/// `ChildProcess` starts every child: default signals, none blocked.
enum Spawn {
    struct Ended {
        var status: Int32
        var output: String
        var usage: rusage
        /// Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which Swift does not import).
        var succeeded: Bool { status & 0xFFFF == 0 }
    }

    /// `argv[0]` is the program's path; its standard input and error are /dev/null, its output
    /// captured or thrown away.
    static func run(_ argv: [String], capture: Bool = false) throws -> Ended {
        let devNull = open("/dev/null", O_RDONLY)
        guard devNull >= 0 else { throw BenchError("/dev/null: \(String(cString: strerror(errno)))") }
        defer { close(devNull) }
        var fds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&fds) == 0 else { throw BenchError("pipe: \(String(cString: strerror(errno)))") }
        }
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(argv, stdin: devNull, output: capture ? .into(fds[1]) : .discarded)
        } catch {
            if capture {
                close(fds[0])
                close(fds[1])
            }
            throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(error.errno)))")
        }
        var output: [UInt8] = []
        if capture {
            close(fds[1])
            output = ChildProcess.readToEnd(fds[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        return Ended(status: status, output: String(decoding: output, as: UTF8.self), usage: usage)
    }
}
