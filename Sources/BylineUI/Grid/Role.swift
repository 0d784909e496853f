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
    case searchMatch = "search.match"
    case help
    case helpKey = "help.key"
    case prompt
    case error
    case placeholder
}
