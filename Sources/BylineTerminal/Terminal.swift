import BylineUI
import CNcursesw
import Foundation

/// The terminal while the reader owns it: curses set up for full-screen drawing, input decoded into
/// `InputEvent`s, the screen handed back on every way out (quit, signals, crashes, suspend,
/// external programs). One instance at a time, used from the main thread.
public final class Terminal: TerminalScreen {
    private let screen: OpaquePointer
    private var styles: CursesStyles
    private var styleLookup: (Role, UInt8) -> Style = { _, _ in Style() }
    private var painter = GridPainter()
    private var decoder: KeyDecoder
    private var closed = false
    /// TERM names a terminal that takes OSC 52 without declaring it in terminfo.
    private let clipboardByName: Bool

    /// How many colours themes are degraded to (`.none` when opened without colour, or on a
    /// monochrome terminal).
    public var colorDepth: ColorDepth { styles.depth }

    public var width: Int { Int(byline_cols()) }
    public var height: Int { Int(byline_lines()) }
    public var measure: DisplayWidth { TerminalWidth.displayWidth }

    /// Takes over the terminal, with colours when `color` allows them and the terminal has them.
    /// Fails with a one-line reason (without touching the screen) when standard input or output is
    /// not a terminal, or TERM is missing, dumb or unknown to terminfo.
    public static func open(
        color: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TerminalError) -> Terminal {
        if let problem = TerminalCheck.problem(environment: environment) { throw .unusable(problem) }
        TerminalLocale.adoptUTF8()
        TerminalSignals.prepare()
        guard let screen = newterm(nil, byline_stdout(), byline_stdin()) else {
            throw .cannotOpen(term: environment["TERM"] ?? "")
        }
        set_term(screen)
        guard byline_can_address() != 0 else {
            endwin()
            delscreen(screen)
            throw .cannotOpen(term: environment["TERM"] ?? "")
        }
        TerminalSignals.onScreen.store(true, ordering: .sequentiallyConsistent)
        TerminalSignals.install()
        let term = environment["TERM"] ?? ""
        return Terminal(
            screen: screen, color: color,
            clipboardByName: ["xterm-kitty", "foot", "alacritty", "wezterm"].contains { term.hasPrefix($0) })
    }

    private init(screen: OpaquePointer, color: Bool, clipboardByName: Bool) {
        self.screen = screen
        self.clipboardByName = clipboardByName
        let win = byline_stdscr()
        // cbreak, not raw: Ctrl-C and Ctrl-Z stay signals, so they work even if a frame is slow.
        cbreak()
        noecho()
        nonl()
        keypad(win, true)
        intrflush(win, false)
        leaveok(win, true)
        curs_set(0)
        set_escdelay(25)
        mousemask(BYLINE_BUTTON1_PRESSED | BYLINE_BUTTON4_PRESSED | BYLINE_BUTTON5_PRESSED, nil)
        // Report presses at once instead of waiting to see whether they become clicks.
        mouseinterval(0)
        styles = Self.makeStyles(color: color)
        decoder = KeyDecoder(
            codes: .init(
                up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
                pageUp: KEY_PPAGE, pageDown: KEY_NPAGE, backTab: KEY_BTAB, backspace: KEY_BACKSPACE,
                delete: KEY_DC, insert: KEY_IC, enter: KEY_ENTER, f0: byline_key_f(0),
                resize: KEY_RESIZE, mouse: KEY_MOUSE))
    }

    private static func makeStyles(color: Bool) -> CursesStyles {
        let wantColor = color && has_colors()
        var defaultColors = false
        if wantColor {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        let (depth, rgbMode) = CursesStyles.detect(hasColors: wantColor, colors: Int(byline_colors()))
        return CursesStyles(
            depth: depth, rgbMode: rgbMode, defaultColors: defaultColors, maxPairs: Int(byline_color_pairs()))
    }

    /// Gives the terminal back. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        TerminalSignals.restoreScreen()
        delscreen(screen)
    }

    /// Sends a crash's report to the file at `path`; the crash says so in one line on standard error.
    public static func setCrashReport(path: String) { TerminalSignals.setCrashReport(path: path) }

    /// Ends the process as `signal` would have (after `close()`), so the exit status tells the
    /// shell what happened: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP.
    public static func exit(bySignal signal: Int32) -> Never {
        TerminalSignals.exit(bySignal: signal)
    }

    /// Draws with `theme` from now on (degraded to the terminal's colours), repainting everything.
    public func setTheme(_ theme: Theme) {
        styleLookup = { role, accent in theme.style(for: role, accent: accent) }
        painter.invalidateStyles()
    }

    /// Shows `grid`, writing only the cells that changed since the last frame.
    public func draw(_ grid: Grid) {
        guard TerminalSignals.onScreen.load(ordering: .sequentiallyConsistent), let win = byline_stdscr() else {
            return
        }
        painter.paint(grid, into: win, styles: styles, lookup: styleLookup)
        wnoutrefresh(win)
        doupdate()
    }

    /// Clears the physical screen and repaints it in full on the next `draw` (Ctrl-L).
    public func invalidate() {
        clearok(byline_curscr(), true)
        painter.invalidate()
    }

    /// Waits up to `timeoutMilliseconds` (0: just look) for the next event; nil when nothing came.
    /// Signals that arrived since the last call come first.
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        if let pending = signalEvent() { return pending }
        let win = byline_stdscr()
        let decoded = decoder.next(timeoutMilliseconds: timeoutMilliseconds) { ms in
            wtimeout(win, ms)
            var wch: wint_t = 0
            switch wget_wch(win, &wch) {
            case OK: return .char(UInt32(wch))
            case KEY_CODE_YES: return .code(Int32(wch))
            default: return nil
            }
        }
        switch decoded {
        case .event(let e): return .input(e)
        case .needsBackend(KEY_RESIZE):
            painter.invalidate()
            return .input(.resize(width: width, height: height))
        case .needsBackend(_):
            var m = MEVENT()
            guard getmouse(&m) == OK else { return nil }
            let masks = KeyDecoder.MouseMasks(
                press: UInt(BYLINE_BUTTON1_PRESSED), wheelUp: UInt(BYLINE_BUTTON4_PRESSED),
                wheelDown: UInt(BYLINE_BUTTON5_PRESSED))
            return KeyDecoder.mouse(bstate: UInt(m.bstate), x: m.x, y: m.y, masks: masks).map(TerminalEvent.input)
        case .nothing:
            return signalEvent()
        }
    }

    /// Events raised by signal handlers: leave, or suspend and come back.
    private func signalEvent() -> TerminalEvent? {
        let quit = TerminalSignals.quitRequest.load(ordering: .sequentiallyConsistent)
        if quit != 0 { return .quit(signal: quit) }
        if TerminalSignals.suspendRequest.exchange(false, ordering: .sequentiallyConsistent) {
            return suspend()
        }
        if TerminalSignals.continued.exchange(false, ordering: .sequentiallyConsistent) {
            return returnToScreen()
        }
        return nil
    }

    /// Stops the process as Ctrl-Z does, with the terminal restored while it is stopped; on `fg`
    /// the screen is taken back, resized if the terminal changed meanwhile, and repainted.
    /// Returns `.input(.resize)` when the size changed meanwhile, `.repaint` otherwise.
    @discardableResult
    public func suspend() -> TerminalEvent {
        leaveScreen()
        byline_sigdefault(SIGTSTP)
        raise(SIGTSTP)
        // Here again after SIGCONT.
        TerminalSignals.installSuspendHandler()
        TerminalSignals.continued.store(false, ordering: .sequentiallyConsistent)
        return returnToScreen()
    }

    /// Hands the terminal to another program (a browser for `o`), waits for it, and takes the
    /// screen back with a full repaint. Tries each command in turn until one can be started.
    /// The loop should then draw again, and tell the UI the size if it changed.
    /// `stdin` (when not -1) becomes the program's standard input. With `pause`, the program's
    /// output stays on screen after it ends, with its exit status, until a key is pressed (as
    /// mutt's pipe does).
    public func runExternal(_ commands: [[String]], stdin: Int32, pause: Bool) -> ExternalOutcome {
        leaveScreen()
        let outcome = TerminalSignals.whileChildRuns { ExternalProgram.run(commands, stdin: stdin) }
        if pause {
            let ended: String
            switch outcome {
            case .exited(_, let status): ended = "exit status \(status)"
            case .notStarted(let tried): ended = "could not start \(tried.joined(separator: ", "))"
            }
            fputs("\n[\(ended)] press any key to return to byline", byline_stdout())
            fflush(byline_stdout())
            byline_wait_for_key()
            // The shell's screen keeps this line: whatever is written there later starts below it.
            fputs("\r\n", byline_stdout())
        }
        returnToScreen()
        return outcome
    }

    /// The longest OSC 52 payload sent (base64 bytes): terminals drop or truncate longer ones
    /// (hterm stops at 100,000 bytes, some at far less), and a quote or URL is far shorter.
    public static let clipboardLimit = 100_000

    /// Whether the terminal takes the clipboard from OSC 52: terminfo declares it (`Ms`, as for
    /// xterm and tmux), or TERM names a terminal known to (kitty, foot, alacritty, wezterm).
    public var clipboardAvailable: Bool { clipboardByName || byline_has_clipboard() != 0 }

    /// Sets the clipboard with OSC 52 to the text `base64` encodes; false when the payload is
    /// over `clipboardLimit` or not base64. Only base64 ever follows the sequence's introducer,
    /// so nothing in the copied text can act on the terminal.
    public func setClipboard(base64: String) -> Bool {
        guard base64.utf8.count <= Self.clipboardLimit,
            base64.utf8.allSatisfy({ Self.base64Bytes.contains($0) })
        else { return false }
        fputs("\u{1B}]52;c;" + base64 + "\u{07}", byline_stdout())
        fflush(byline_stdout())
        return true
    }

    private static let base64Bytes = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8)

    private func leaveScreen() {
        TerminalSignals.restoreScreen()
        fflush(byline_stdout())
    }

    /// Takes the screen back after `endwin`: terminal modes, keypad and mouse come back with the
    /// refresh; the size is read again because no SIGWINCH reaches a stopped process.
    @discardableResult
    private func returnToScreen() -> TerminalEvent {
        var rows: Int32 = 0
        var cols: Int32 = 0
        var resized = false
        if byline_tty_size(1, &rows, &cols) == 0, rows != byline_lines() || cols != byline_cols() {
            resize_term(rows, cols)
            resized = true
        }
        TerminalSignals.onScreen.store(true, ordering: .sequentiallyConsistent)
        clearok(byline_curscr(), true)
        painter.invalidate()
        wrefresh(byline_stdscr())
        return resized ? .input(.resize(width: width, height: height)) : .repaint
    }
}
