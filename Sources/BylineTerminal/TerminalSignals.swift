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
        for sig in quitSignals + crashSignals + [SIGTSTP, SIGCONT, SIGWINCH] { byline_unblock(sig) }
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

    private static let crashHandler:
        @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
            sig, info, context in
            TerminalSignals.restoreScreen()
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
