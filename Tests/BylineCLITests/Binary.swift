import BylineCore
import Foundation

/// Runs the built `byline` binary, as a user or script would.
enum Binary {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary built alongside the tests (`swift test` builds it, since this target depends on it).
    static var path: String {
        let bundle = Bundle.main.bundleURL
        var dir = bundle
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("byline").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/byline").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary; one still running after `timeout` seconds is killed (a hang fails the
    /// test instead of stalling the suite).
    static func run(
        _ args: [String], stdin: Data? = nil, environment: [String: String]? = nil, in dir: URL? = nil,
        timeout: Double = 300
    ) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.currentDirectoryURL = dir ?? root
        var env = environment ?? ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        let watchdog = DispatchWorkItem { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// What a terminal shows when the shell command `line` runs in it: `script` gives the
    /// command a pseudo-terminal as standard output and standard error (so pass `--quiet` to
    /// keep progress lines out); `stty cols N` in `line` sets the terminal's width.
    static func onTerminal(_ line: String, environment: [String: String]) throws -> String {
        let run = try ProgramOutput.run(
            "/usr/bin/script", ["-qec", line, "/dev/null"],
            environment: environment.merging(["SWIFT_BACKTRACE": "interactive=no"]) { $1 })
        return String(decoding: run.output, as: UTF8.self)
    }
}
