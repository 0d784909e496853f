import Foundation

/// Runs a program with posix_spawn and waits for it with `wait4`, for its resource usage. Not
/// Foundation's `Process`: on Linux it learns that a child ended from a socket the child
/// inherits, and a tmux server, forked from the first client, keeps that socket open.
enum Spawn {
    struct Ended {
        var status: Int32
        var output: String
        var usage: rusage
        /// Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which Swift does not import).
        var succeeded: Bool { status & 0xFFFF == 0 }
    }

    /// `argv[0]` is the program's path; its standard input and error are /dev/null, its output
    /// captured or thrown away; `environment` nil passes ours on.
    static func run(_ argv: [String], environment: [String: String]? = nil, capture: Bool = false) throws -> Ended {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&fds) == 0 else { throw BenchError("pipe: \(String(cString: strerror(errno)))") }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Whatever this thread blocks, the program (a tmux server, a reader) starts with no signal
        // blocked and default handlers.
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
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid: pid_t = 0
        let err = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        if capture { close(fds[1]) }
        guard err == 0 else {
            if capture { close(fds[0]) }
            throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(err)))")
        }
        var data = Data()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        return Ended(status: status, output: String(decoding: data, as: UTF8.self), usage: usage)
    }
}
