import Foundation
import Testing

/// Without a usable terminal the reader must say so in one line and exit 2: no crash, no hang,
/// no escape codes in a file.
@Suite struct TerminalRequirementTests {
    @Test func pipesInsteadOfATerminal() throws {
        let r = try Binary.run(["sample-data"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("byline: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("terminal"))
    }

    @Test(.enabled(if: TmuxSession.available, TmuxSession.skipReason))
    func unusableTermValues() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        for (setting, mention) in [
            ("TERM=dumb", "TERM=dumb"), ("TERM=", "TERM is not set"),
            ("TERM=no-such-terminal-type", "TERM=no-such-terminal-type"),
        ] {
            tmux.send("C-l")
            try tmux.startByline(["sample-data"], prefix: "env \(setting)")
            #expect(tmux.exitStatus() == 2, "\(setting)")
            let screen = tmux.capture()
            let errors = screen.split(separator: "\n").filter { $0.hasPrefix("byline: ") }
            #expect(errors.count == 1, "\(setting): \(screen)")
            #expect(errors.first?.contains(mention) == true, "\(setting): \(screen)")
            tmux.type("clear")
            tmux.send("Enter")
            tmux.waitUntil { !$0.contains("exit=") }
        }
    }

    @Test(.enabled(if: TmuxSession.available, TmuxSession.skipReason))
    func outputRedirectedToAFile() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        let file = tmux.dir.appendingPathComponent("out.txt")
        try tmux.startByline(["sample-data"], redirect: "> \(TmuxSession.quote(file.path))")
        #expect(tmux.exitStatus() == 2)
        let written = (try? Data(contentsOf: file)) ?? Data()
        #expect(written.isEmpty, "escape codes or text written into the file")
    }

    /// A theme file with a mistake stops the reader before the screen is touched, naming the
    /// file and the line.
    @Test func brokenThemeFileIsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-theme-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let theme = dir.appendingPathComponent("broken.toml")
        try "name = \"broken\"\n[title]\nfg = \n".write(to: theme, atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = dir.path
        let r = try Binary.run(["sample-data", "--theme", theme.path], environment: env)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("broken.toml"), "\(r.stderr)")
        #expect(r.stderr.contains("3"), "no line number: \(r.stderr)")
    }
}
