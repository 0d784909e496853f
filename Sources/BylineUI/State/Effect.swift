/// What the state machine asks the outside world to do; the app loop carries it out.
public enum Effect: Sendable, Hashable {
    /// Leave the reader, restoring the terminal.
    case quit
    /// Stop the process (Ctrl-Z) after restoring the terminal; redraw everything on resume.
    case suspend
    /// Clear and repaint the whole screen (Ctrl-L).
    case redraw
    /// Open a URL with `$BROWSER` or xdg-open, without breaking the screen.
    case openURL(String)
    /// Persist new read marks (article keys) to the state directory.
    case saveReadMarks(Set<String>)
    /// The theme changed: re-read `AppState.theme` and set up colours again.
    case themeChanged
}
