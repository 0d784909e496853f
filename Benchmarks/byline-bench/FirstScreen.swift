import Foundation

/// How long a terminal program takes to show its first screen: started in a private tmux server
/// at a fixed size, its pane captured every 10 ms until each milestone in turn holds (the first
/// screen, then for example every title listed), then sent `q` and the server ended. The times
/// include tmux starting the pane, the same for every program measured.
enum FirstScreen {
    static let width = 160
    static let height = 48

    /// The tmux binary, or nil when tmux is not installed.
    static let tmux: String? = which("tmux")

    /// Seconds to each milestone, nil from the first that was not reached within `timeout` (the
    /// last screen captured is in `lastScreen`).
    static func measure(
        _ command: [String], environment: [String: String], timeout: Double, milestones: [(String) -> Bool]
    ) throws -> (seconds: [Double?], lastScreen: String) {
        guard let tmux else { throw BenchError("tmux is not installed") }
        let socket = "byline-bench-\(getpid())"
        func run(_ args: [String]) -> (status: Int32, output: String) {
            let capture = args.first == "capture-pane"
            guard let r = try? Spawn.run([tmux, "-L", socket, "-f", "/dev/null"] + args, capture: capture) else {
                return (-1, "")
            }
            return (r.status, r.output)
        }
        let env = environment.keys.sorted().map { "\($0)=\(quote(environment[$0]!))" }.joined(separator: " ")
        let line = "env -i \(env) " + command.map(quote).joined(separator: " ")
        defer {
            _ = run(["kill-server"])
            unlink("\(ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp")/tmux-\(getuid())/\(socket)")
        }
        let start = DispatchTime.now()
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        guard run(["new-session", "-d", "-s", "b", "-x", "\(width)", "-y", "\(height)", line]).status == 0 else {
            throw BenchError("tmux could not start \(command.first ?? "")")
        }
        var screen = ""
        var times: [Double] = []
        while elapsed() < timeout && times.count < milestones.count {
            let capture = run(["capture-pane", "-p", "-t", "b"])
            // The session is gone: the program ended before showing its screen.
            if capture.status != 0 { break }
            screen = capture.output
            while times.count < milestones.count && milestones[times.count](screen) { times.append(elapsed()) }
            if times.count < milestones.count { usleep(10_000) }
        }
        if times.count == milestones.count {
            _ = run(["send-keys", "-t", "b", "q"])
            // Gives the program a moment to quit on its own before the server is ended.
            for _ in 0..<100 where run(["has-session", "-t", "b"]).status == 0 { usleep(50_000) }
        }
        return (milestones.indices.map { $0 < times.count ? times[$0] : nil }, screen)
    }

    /// Each milestone's times over `repeats` runs, sorted; or why a run reached not all of them.
    static func repeated(
        _ repeats: Int, _ command: [String], environment: [String: String], timeout: Double,
        before: () throws -> Void = {}, milestones: [(String) -> Bool]
    ) throws -> Result<[[Double]], BenchError> {
        var times = [[Double]](repeating: [], count: milestones.count)
        for _ in 0..<repeats {
            try before()
            let r = try measure(command, environment: environment, timeout: timeout, milestones: milestones)
            guard r.seconds.allSatisfy({ $0 != nil }) else {
                let last = r.lastScreen.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.suffix(2)
                return .failure(
                    BenchError("not shown within \(Int(timeout)) s; screen ends: \(last.joined(separator: " / "))"))
            }
            for (k, s) in r.seconds.enumerated() { times[k].append(s!) }
        }
        return .success(times.map { $0.sorted() })
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The first executable called `name` on the PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
