/// Where a key press lands; the same key may mean different things in each (Enter opens an
/// article in the list, accepts a row in a picker).
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case list
    case reader
    case picker
    case prompt
    /// The entity panel, once `e` has given it the keys.
    case panel
    /// The help overlay and the load report: read-only pages that scroll.
    case help
}
