import BylineCore

/// Everything that can change the reader's state: key-bound commands, raw input, and the
/// results of work done outside the state machine (loading, resizing, reading an article's text).
public enum Action: Sendable {
    /// A key-bound action, as the key table names it.
    case command(Command)
    /// A key press, resolved through the keymap in the current context; in pickers and prompts
    /// unbound printable keys are typed into the text.
    case key(KeyPress)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A newer snapshot of the collection (more articles, more annotations): the list and the
    /// open article are refreshed in place.
    case collectionUpdated(ArticleCollection)
    /// How far the load and annotation have got, for the status bar.
    case loadProgress(LoadProgress)
    /// Read marks loaded from the state directory (they may arrive after the first paint).
    case readMarksLoaded(Set<String>)
    /// Flags loaded from the state directory, as article keys.
    case flagsLoaded(Set<String>)
    /// Something the outside world wants the user to know (no browser could be started, the
    /// read marks could not be saved): shown in the status bar until the next key.
    case notice(String)
    /// A save was refused because something is at `path`: ask whether to overwrite it with `text`.
    case fileExists(path: String, text: String)
    /// The text `.fetchText` asked for (or why it could not be had): what waited for it is done.
    case textFetched(ReadableArticle)

    /// The action for an input event from the terminal backend.
    public init(_ event: InputEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case .resize(let w, let h): self = .resize(width: w, height: h)
        }
    }
}
