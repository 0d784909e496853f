import Foundation

/// Decides, before ncurses is touched, whether there is a terminal to draw on; ncurses itself
/// exits the process (TERM unset), draws garbage (TERM=dumb) or writes escapes into files otherwise.
public enum TerminalCheck {
    /// nil when the reader can start; otherwise the one line to print before exiting with status 2.
    public static func problem(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if isatty(0) == 0 {
            return "the reader needs a terminal on standard input (try 'byline list' or 'byline show' in scripts)"
        }
        if isatty(1) == 0 {
            return "the reader needs a terminal on standard output (try 'byline list' or 'byline show' in scripts)"
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is not set; set it to your terminal's type (for example TERM=xterm-256color)"
        }
        if term == "dumb" || term == "unknown" {
            return "TERM=\(term) cannot show the reader; set TERM to your terminal's type (for example xterm-256color)"
        }
        return nil
    }
}
