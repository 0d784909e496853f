import BylineCore

/// Everything that can change the reader's state: key-bound commands, raw input, and the
/// results of work done outside the state machine (loading, resizing).
public enum Action: Sendable {
    /// A key-bound action, as the key table names it.
    case command(Command)
    /// A key press, resolved through the keymap in the current context; in pickers and prompts
    /// unbound printable keys are typed into the text.
    case key(KeyPress)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// New or newly annotated articles: the list and the open article are refreshed in place.
    case collectionUpdated(any ReaderCollection)
    /// How far the load and annotation have got, and which files were skipped.
    case loadProgress(LoadProgress)
    /// Read marks loaded from the state directory (they may arrive after the first paint).
    case readMarksLoaded(Set<String>)

    /// The action for an input event from the terminal backend.
    public init(_ event: InputEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case .resize(let w, let h): self = .resize(width: w, height: h)
        }
    }
}

/// Progress of loading and annotating the collection, for the status bar and the load report.
public struct LoadProgress: Sendable, Hashable {
    public var annotated: Int
    public var total: Int
    /// Files that could not be read, with their reasons.
    public var skipped: [LoadIssue]
    public var finished: Bool

    public init(annotated: Int = 0, total: Int = 0, skipped: [LoadIssue] = [], finished: Bool = true) {
        self.annotated = annotated
        self.total = total
        self.skipped = skipped
        self.finished = finished
    }
}
