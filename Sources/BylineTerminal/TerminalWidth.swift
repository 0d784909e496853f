import BylineUI
import CNcursesw

/// Display widths as ncurses measures them: the C library's `wcwidth` in the UTF-8 locale the
/// terminal runs in. The UI lays text out with this same function, so what it plans is what
/// curses draws.
public enum TerminalWidth {
    /// Cells taken by one scalar: 0, 1 or 2, or -1 for one the terminal cannot show.
    /// Only meaningful once the locale is set (`Terminal.open` does it).
    public static func scalarWidth(_ s: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: s.value)))
    }

    /// The measure to give `AppState`, so layout agrees with the screen.
    public static let displayWidth = DisplayWidth(scalarWidth: scalarWidth)
}
