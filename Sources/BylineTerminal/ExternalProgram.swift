import BylineUI
import CNcursesw
import Glibc

/// Starting a program in the foreground and waiting for it.
enum ExternalProgram {
    /// Starts the first of `commands` that exists and waits for it to end; its standard input
    /// is `stdin` when that is not -1.
    static func run(_ commands: [[String]], stdin: Int32 = -1) -> ExternalOutcome {
        var tried: [String] = []
        for argv in commands where !argv.isEmpty {
            tried.append(argv[0])
            var pid: pid_t = 0
            let cArgs = argv.map { strdup($0) } + [nil]
            defer { for p in cArgs { free(p) } }
            let err = cArgs.withUnsafeBufferPointer { byline_spawn(&pid, $0.baseAddress, stdin) }
            if err != 0 { continue }
            return .exited(command: argv[0], status: byline_wait(pid))
        }
        return .notStarted(tried: tried)
    }
}
