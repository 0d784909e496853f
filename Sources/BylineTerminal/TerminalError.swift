/// Why the reader could not take over the terminal; each reads as the one line the user sees.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// No terminal on standard input or output, or TERM unset or unusable (see `TerminalCheck`).
    case unusable(String)
    /// curses could not set up the terminal TERM names.
    case cannotOpen(term: String)

    public var description: String {
        switch self {
        case .unusable(let line): return line
        case .cannotOpen(let term):
            return
                "cannot use the terminal type TERM=\(term) (no terminfo entry, or it cannot move the cursor); set TERM to your terminal's type"
        }
    }
}
