/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case normal
    case border
    case title
    case meta
    case status
    case statusKey = "status.key"
    case chip
    case listSelected = "list.selected"
    /// The selected article while the reading pane has the keys.
    case listSelectedInactive = "list.selected.inactive"
    /// The list's column headings.
    case listHeader = "list.header"
    case listUnread = "list.unread"
    case listRead = "list.read"
    case listDate = "list.date"
    case listSource = "list.source"
    case listCount = "list.count"
    case person
    case speaker
    case organization
    case place
    case date
    case quote
    case quoteGutter = "quote.gutter"
    case quoteLabel = "quote.label"
    /// The quote `]`/`[`/`}`/`{` last landed on.
    case quoteCurrent = "quote.current"
    /// A resolved date shown inline with `d` ("→ 2022-01-13").
    case dateValue = "date.value"
    case searchMatch = "search.match"
    /// The search match `n`/`N` last landed on.
    case searchCurrent = "search.current"
    case help
    case helpKey = "help.key"
    case prompt
    case error
    case placeholder
}
