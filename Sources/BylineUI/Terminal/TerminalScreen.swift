/// What the reader's loop needs from a terminal: a screen to show grids on, events to read, and
/// the ways to hand the screen away and take it back. The curses terminal is one; tests drive the
/// loop with another.
public protocol TerminalScreen: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// How this terminal measures text, so the layout agrees with what it draws.
    var measure: DisplayWidth { get }
    /// Draws with `theme` from now on, repainting everything.
    func setTheme(_ theme: Theme)
    /// Shows `grid`.
    func draw(_ grid: Grid)
    /// Clears the physical screen and repaints it in full on the next `draw` (Ctrl-L).
    func invalidate()
    /// Waits up to `timeoutMilliseconds` (0: just look) for the next event; nil when nothing came.
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
    /// Stops the process as Ctrl-Z does and takes the screen back on resume: `.input(.resize)` when
    /// the size changed meanwhile, `.repaint` otherwise.
    func suspend() -> TerminalEvent
    /// Hands the terminal to another program, waits for it, and takes the screen back. Tries each
    /// command in turn until one can be started. `stdin` (when not -1) becomes the program's
    /// standard input; with `pause`, its output stays on screen with its exit status until a key
    /// is pressed (as mutt's pipe does).
    func runExternal(_ commands: [[String]], stdin: Int32, pause: Bool) -> ExternalOutcome
    /// Whether the terminal takes the clipboard from OSC 52.
    var clipboardAvailable: Bool { get }
    /// Sets the clipboard with OSC 52 to the text `base64` encodes; false when the terminal
    /// refuses it (too long, not base64).
    func setClipboard(base64: String) -> Bool
    /// Gives the terminal back. Safe to call more than once.
    func close()
}

extension TerminalScreen {
    /// Runs the first of `commands` that can be started, with the terminal's input and no pause.
    public func runExternal(_ commands: [[String]]) -> ExternalOutcome {
        runExternal(commands, stdin: -1, pause: false)
    }
}

/// What the loop receives from the terminal.
public enum TerminalEvent: Equatable, Sendable {
    case input(InputEvent)
    /// SIGINT (Ctrl-C), SIGTERM or SIGHUP: the reader closes the terminal and ends as that signal would.
    case quit(signal: Int32)
    /// The screen was given away and is back (resume after Ctrl-Z, SIGCONT): draw again.
    case repaint
}

/// How running an external program went.
public enum ExternalOutcome: Equatable, Sendable {
    /// The program ran and ended with this status (128 + N when signal N ended it).
    case exited(command: String, status: Int32)
    /// None of the commands could be started (not installed, not executable).
    case notStarted(tried: [String])
}
