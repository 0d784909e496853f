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
    /// Persist that these articles (keys) are unread again.
    case clearReadMarks(Set<String>)
    /// Persist flags set on these articles (keys), or taken off them.
    case saveFlags(Set<String>)
    case clearFlags(Set<String>)
    /// Put `text` on the clipboard (OSC 52, or the configured copy command); `what` names it
    /// for the status line ("quote", "URL").
    case copy(text: String, what: String)
    /// Run a shell command with `text` on its standard input, the terminal handed to it, and
    /// report its exit status.
    case pipe(command: String, text: String)
    /// Write `text` to the file at `path`; an existing file only when `overwrite` (the loop
    /// answers `.fileExists` otherwise, and the user is asked).
    case save(path: String, text: String, overwrite: Bool)
    /// Read the text of this article of the state's collection (from the annotation cache or its
    /// file) and hand it back as `.textFetched`: opening, previewing, piping or saving an
    /// article waits for it. The state reads no file itself.
    case fetchText(article: Int)
    /// Read the collection's files again: new, changed and deleted ones.
    case reload
    /// The theme changed: re-read `AppState.theme` and set up colours again.
    case themeChanged
}
