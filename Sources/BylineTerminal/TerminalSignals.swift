import CNcursesw
import Glibc
import Synchronization

/// The signals the reader handles. Handlers only raise flags that the loop reads between frames,
/// except where the loop may never get the chance: a crash, or a second interrupt while the first
/// is still pending. Those give the terminal back at once and then let the signal take its usual
/// course, so exit status and crash report stay honest.
enum TerminalSignals {
    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the reader to leave; 0 when none.
    static let quitRequest = Atomic<Int32>(0)
    /// Ctrl-Z (SIGTSTP) arrived: the loop suspends at its next turn.
    static let suspendRequest = Atomic<Bool>(false)
    /// The process was continued (SIGCONT): whatever is on the screen now is not ours.
    static let continued = Atomic<Bool>(false)
    /// Whether curses owns the terminal, so emergency restores know whether there is anything to undo.
    static let onScreen = Atomic<Bool>(false)

    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// The other signals whose default action ends the process. They end the reader like SIGTERM
    /// (terminal restored, then the signal's own exit status); one that was ignored when Byline
    /// started (`nohup`, a shell ignoring SIGPIPE) stays ignored. SIGPROF and the real-time
    /// signals are left alone: profilers and the C library's threads use them.
    static let otherEndingSignals: [Int32] = [
        SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT,
    ]
    /// Signals that end the process with a core dump or a crash report; SIGQUIT (Ctrl-\) included.
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT, SIGSYS]

    /// The actions in place before ours (for crash signals, the Swift runtime's backtracer),
    /// indexed by signal number, so a crash is handed on to them.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        p.initialize(repeating: sigaction(), count: 65)
        return p
    }()

    private static let installed = Atomic<Bool>(false)

    /// Makes sure the signals the reader relies on can arrive, before curses looks at them: a
    /// process started from a thread that blocks signals inherits that mask, and one started with
    /// SIGWINCH ignored would never learn of a resize (curses only catches it when at its default).
    static func prepare() {
        for sig in quitSignals + otherEndingSignals + crashSignals + [SIGTSTP, SIGCONT, SIGWINCH] {
            byline_unblock(sig)
        }
        byline_sigdefault(SIGWINCH)
    }

    /// Installs every handler, once. Must run after `newterm`, which puts its own handlers on
    /// SIGINT, SIGTERM and SIGTSTP when they are at their defaults.
    static func install() {
        // Touch the lazily created globals before any handler can need them.
        _ = quitRequest.load(ordering: .relaxed)
        _ = suspendRequest.load(ordering: .relaxed)
        _ = continued.load(ordering: .relaxed)
        _ = onScreen.load(ordering: .relaxed)
        let saved = previous
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for sig in crashSignals { byline_sigaction_info(sig, crashHandler, saved + Int(sig)) }
        for sig in quitSignals { byline_sigaction(sig, quitHandler, nil) }
        for sig in otherEndingSignals {
            var before = sigaction()
            if byline_sigaction(sig, quitHandler, &before) == 0, byline_is_ignored(&before) != 0 {
                byline_sigignore(sig)
            }
        }
        installSuspendHandler()
        byline_sigaction(SIGCONT, continueHandler, nil)
        atexit { TerminalSignals.restoreScreen() }
    }

    static func installSuspendHandler() {
        byline_sigaction(SIGTSTP, suspendHandler, nil)
    }

    /// Runs `body` while a child program has the terminal: Ctrl-C and Ctrl-\ are for the child
    /// (as with `system()`), and Ctrl-Z stops the reader together with it.
    static func whileChildRuns<T>(_ body: () -> T) -> T {
        byline_sigignore(SIGINT)
        byline_sigignore(SIGQUIT)
        byline_sigdefault(SIGTSTP)
        defer {
            byline_sigaction(SIGINT, quitHandler, nil)
            byline_sigaction_info(SIGQUIT, crashHandler, nil)
            installSuspendHandler()
        }
        return body()
    }

    /// Gives the terminal back if curses holds it. Called from handlers and at exit.
    static func restoreScreen() {
        if onScreen.exchange(false, ordering: .sequentiallyConsistent) { endwin() }
    }

    /// Ends the process the way `sig` would have, after the terminal has been restored.
    static func exit(bySignal sig: Int32) -> Never {
        byline_sigdefault(sig)
        byline_unblock(sig)
        raise(sig)
        _exit(128 + sig)
    }

    /// Where a crash report goes, and the line that says so, prepared in advance: a crash
    /// handler may not allocate.
    nonisolated(unsafe) private static var crashReport:
        (path: UnsafeMutablePointer<CChar>, notice: UnsafeMutablePointer<CChar>, count: Int)?

    /// Sends the crash report (what the runtime's backtracer writes to standard error) to the
    /// file at `path`, and has a crash say so on standard error once the terminal is restored.
    static func setCrashReport(path: String) {
        func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar> {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (k, b) in bytes.enumerated() { buffer[k] = CChar(bitPattern: b) }
            buffer[bytes.count] = 0
            return buffer
        }
        let notice = Array("byline: crashed; the crash report is in \(path)\n".utf8)
        crashReport = (cString(Array(path.utf8)), cString(notice), notice.count)
    }

    /// From the crash handler: the notice on standard error, then standard error to the report.
    private static func redirectCrashReport() {
        guard let (path, notice, count) = crashReport else { return }
        _ = write(2, notice, count)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if fd >= 0 { dup2(fd, 2) }
    }

    private static let crashHandler:
        @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
            sig, info, context in
            TerminalSignals.restoreScreen()
            TerminalSignals.redirectCrashReport()
            byline_chain_and_die(sig, info, context, TerminalSignals.previous + Int(sig))
        }

    private static let quitHandler: @convention(c) (Int32) -> Void = { sig in
        if TerminalSignals.quitRequest.exchange(sig, ordering: .sequentiallyConsistent) != 0 {
            // The loop has not answered the first request: leave now.
            TerminalSignals.restoreScreen()
            byline_sigdefault(sig)
            raise(sig)
        }
    }

    private static let suspendHandler: @convention(c) (Int32) -> Void = { _ in
        TerminalSignals.suspendRequest.store(true, ordering: .sequentiallyConsistent)
    }

    private static let continueHandler: @convention(c) (Int32) -> Void = { _ in
        TerminalSignals.continued.store(true, ordering: .sequentiallyConsistent)
    }
}
