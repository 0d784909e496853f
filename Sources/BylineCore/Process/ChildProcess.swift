#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starting the programs the reader hands work to (the browser, a pager, a shell command). The
/// reader ignores or handles some signals and blocks others on its threads; a child starts with
/// every signal at its default and none blocked, as if started from a shell.
public enum ChildProcess {
    /// Why a program could not be started: the `errno` value (ENOENT: no such program).
    public struct SpawnFailure: Error, Sendable, Equatable {
        public var errno: Int32
    }

    /// Where a child's standard output and errors go.
    public enum Output: Sendable, Equatable {
        /// This process's own.
        case inherited
        /// Both to /dev/null.
        case discarded
        /// Output into this descriptor, errors to /dev/null.
        case into(Int32)
    }

    /// Starts `argv` (its first word searched in `PATH` unless it holds a slash) and returns its
    /// process id. `stdin`, when given, becomes its standard input.
    public static func spawn(_ argv: [String], stdin: Int32? = nil, output: Output = .inherited)
        throws(SpawnFailure) -> pid_t
    {
        precondition(!argv.isEmpty, "a program to start")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_adddup2(&actions, stdin, 0) }
        switch output {
        case .inherited: break
        case .discarded: posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        case .into(let fd): posix_spawn_file_actions_adddup2(&actions, fd, 1)
        }
        if output != .inherited { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let words: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for w in words { free(w) } }
        var pid: pid_t = 0
        let err = posix_spawnp(&pid, argv[0], &actions, &attributes, words, environ)
        guard err == 0 else { throw SpawnFailure(errno: err) }
        return pid
    }

    /// Everything written into the pipe whose read end is `fd` until every writer has closed it
    /// (close this process's own write end first); closes `fd`.
    public static func readToEnd(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 {
                bytes += buffer[0..<n]
            } else if n == 0 || errno != EINTR {
                break
            }
        }
        close(fd)
        return bytes
    }

    /// Waits for `pid` to end: its exit status, 128 + N when signal N ended it, -1 on error.
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return exitStatus(status)
    }

    /// The status `waitpid` reported as a shell gives it: the exit status, or 128 + N when signal
    /// N ended the process (WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import).
    public static func exitStatus(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
