import BylineCore
import BylineUI

/// Starting a program in the foreground and waiting for it.
enum ExternalProgram {
    /// Starts the first of `commands` that exists and waits for it to end; its standard input
    /// is `stdin` when that is not -1.
    static func run(_ commands: [[String]], stdin: Int32 = -1) -> ExternalOutcome {
        var tried: [String] = []
        for argv in commands where !argv.isEmpty {
            tried.append(argv[0])
            guard let pid = try? ChildProcess.spawn(argv, stdin: stdin >= 0 ? stdin : nil) else { continue }
            return .exited(command: argv[0], status: ChildProcess.wait(pid))
        }
        return .notStarted(tried: tried)
    }
}
