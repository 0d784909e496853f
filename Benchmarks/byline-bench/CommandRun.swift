import Foundation

/// One run of a command with its output thrown away: wall time, CPU time (user + system) and
/// peak memory of that process alone.
struct CommandRun {
    var wall: Double
    var cpu: Double
    var peakKB: Int

    static func run(_ executable: String, _ arguments: [String]) throws -> CommandRun {
        let start = DispatchTime.now()
        let ended = try Spawn.run([executable] + arguments)
        let wall = since(start)
        guard ended.succeeded else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed (wait status \(ended.status))")
        }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let u = ended.usage
        return CommandRun(wall: wall, cpu: seconds(u.ru_utime) + seconds(u.ru_stime), peakKB: u.ru_maxrss)
    }

    /// The run with the median wall time of `repeats`.
    static func median(repeats: Int, _ executable: String, _ arguments: [String]) throws -> CommandRun {
        var runs: [CommandRun] = []
        for _ in 0..<max(1, repeats) { runs.append(try run(executable, arguments)) }
        return runs.sorted { $0.wall < $1.wall }[runs.count / 2]
    }
}
