import Foundation

/// The terminal standard output goes to, if any: `show` wraps its text to its width, and the
/// tables of the listing commands are cut to it; a pipe or a file gets output of no set width.
enum OutputTerminal {
    /// The columns of the terminal on standard output; nil when it is not a terminal.
    static func columns() -> Int? {
        var size = winsize()
        guard isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
