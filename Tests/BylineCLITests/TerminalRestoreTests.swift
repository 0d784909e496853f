import Foundation
import Testing

/// However the reader ends, the shell gets its terminal back (`stty` shows `icanon echo`), and the
/// exit status says how it ended.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TerminalRestoreTests {
    @Test func quitWithQ() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    @Test func controlC() throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        tmux.send("C-c")
        // bash drops the rest of a command line whose job died of SIGINT, so there is no
        // exit= line; the process must be gone and the terminal back.
        let deadline = Date().addingTimeInterval(10)
        while TmuxSession.isRunning(pid) && Date() < deadline { usleep(50_000) }
        #expect(!TmuxSession.isRunning(pid))
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func terminatingSignals(signal: Int32, status: Int) throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        kill(pid, signal)
        #expect(tmux.exitStatus() == status)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    /// A crash: the terminal comes back, the runtime's crash report is printed, and the status
    /// is the signal's, as the shell reports a crash.
    @Test(arguments: [(SIGSEGV, 139), (SIGABRT, 134)])
    func crashes(signal: Int32, status: Int) throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        kill(pid, signal)
        #expect(tmux.exitStatus(timeout: 60) == status)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    /// Signals the README does not name, whose default action ends the process, end the reader
    /// the same way: terminal restored, the signal's exit status.
    @Test(arguments: [(SIGUSR1, 138), (SIGUSR2, 140), (SIGALRM, 142), (SIGPIPE, 141), (SIGVTALRM, 154)])
    func otherEndingSignals(signal: Int32, status: Int) throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        kill(pid, signal)
        #expect(tmux.exitStatus() == status)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    /// Without SWIFT_BACKTRACE set, a crash writes its report under the state folder, says where
    /// in one line, and ends at once (the runtime would otherwise wait 30 s for a key).
    @Test func crashWritesItsReportUnderTheStateFolder() throws {
        let tmux = try TmuxSession(environment: ["SWIFT_BACKTRACE": ""])
        let pid = try tmux.openReader()
        let start = Date()
        kill(pid, SIGSEGV)
        #expect(tmux.exitStatus(timeout: 25) == 139)
        #expect(Date().timeIntervalSince(start) < 25)
        let state = tmux.dir.appendingPathComponent("state/byline").path
        let line = tmux.capture().split(separator: "\n").first { $0.hasPrefix("byline: crashed") }
        #expect(line?.hasPrefix("byline: crashed; the crash report is in \(state)/crash-") == true, "\(tmux.capture())")
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: state))?.filter { $0.hasPrefix("crash-") }
        #expect(reports?.count == 1)
        let report = reports?.first.flatMap { FileManager.default.contents(atPath: state + "/" + $0) }
        #expect((report?.count ?? 0) > 0)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
    }

    @Test func suspendAndResume() throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        tmux.send("C-z")
        #expect(tmux.waitFor("Stopped").ok)
        // The shell goes on with the command line once the job stops: 128 + SIGTSTP.
        #expect(tmux.exitStatus() == 148)
        let restored = tmux.terminalRestored()
        #expect(restored.ok, "\(restored.screen)")
        tmux.type("fg")
        tmux.send("Enter")
        let back = tmux.waitUntil { $0.contains(TmuxSession.seedTitleStart) && $0.contains(" articles") }
        #expect(back.ok, "\(back.screen)")
        // Still taking keys after coming back.
        tmux.send("q")
        let deadline = Date().addingTimeInterval(10)
        while TmuxSession.isRunning(pid) && Date() < deadline { usleep(50_000) }
        #expect(!TmuxSession.isRunning(pid))
        #expect(tmux.terminalRestored().ok)
    }
}
