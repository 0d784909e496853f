import BylineCore

/// The order of the article list. Every order keeps newest first among equals.
public enum ListOrder: String, Sendable, Hashable, CaseIterable {
    case date, source, title, quotes

    /// How the status bar names it.
    var label: String {
        switch self {
        case .date: return "newest first"
        case .source: return "by source"
        case .title: return "by title"
        case .quotes: return "most quoted first"
        }
    }

    var next: ListOrder {
        ListOrder.allCases[(ListOrder.allCases.firstIndex(of: self)! + 1) % ListOrder.allCases.count]
    }

    /// Reorders `ids` (newest first already); the sort is stable, so ties stay newest first.
    func apply(to ids: inout [Int], in c: ArticleCollection) {
        switch self {
        case .date: return
        case .source:
            // Articles without a source go last.
            let keys = ids.map { c.article($0).source?.lowercased() ?? "\u{10FFFF}" }
            ids = zip(ids, keys).sorted { $0.1 < $1.1 }.map(\.0)
        case .title:
            let keys = ids.map { c.article($0).title.lowercased() }
            ids = zip(ids, keys).sorted { $0.1 < $1.1 }.map(\.0)
        case .quotes:
            // Articles still waiting for annotation go last.
            let keys = ids.map { c.quoteCount(of: $0) ?? -1 }
            ids = zip(ids, keys).sorted { $0.1 > $1.1 }.map(\.0)
        }
    }
}
