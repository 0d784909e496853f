/// Everything a key can be bound to. The raw value is the action's name in the help overlay and
/// in a config file's `[keys]` section (`next-quote = ["]", "C-n"]`).
public enum Command: String, Sendable, Hashable, CaseIterable {
    case down
    case up
    case top
    case bottom
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case open
    case nextArticle = "next-article"
    case previousArticle = "previous-article"
    case nextUnread = "next-unread"
    case toggleRead = "toggle-read"
    case markAllRead = "mark-all-read"
    case hideRead = "hide-read"
    case toggleFlag = "toggle-flag"
    case sort
    case narrowList = "narrow-list"
    case widenList = "widen-list"
    case switchPane = "switch-pane"
    case nextQuote = "next-quote"
    case previousQuote = "previous-quote"
    case nextSpeakerQuote = "next-speaker-quote"
    case previousSpeakerQuote = "previous-speaker-quote"
    case pickSpeaker = "pick-speaker"
    case filterSpeaker = "filter-speaker"
    case filterEntity = "filter-entity"
    case clearFilters = "clear-filters"
    case search
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case toggleDates = "toggle-dates"
    case nextTheme = "next-theme"
    case entityPanel = "entity-panel"
    case legend
    case query
    case loadReport = "load-report"
    case openURL = "open-url"
    case copyQuote = "copy-quote"
    case copyURL = "copy-url"
    case pipeArticle = "pipe-article"
    case saveArticle = "save-article"
    case reload
    case help
    case back
    case close
    case redraw
    case suspend
    // Editing keys of the pickers and prompts.
    case accept
    case cancel
    case deleteBackward = "delete-backward"
    case clearLine = "clear-line"
}
