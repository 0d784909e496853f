import BylineCore

/// What annotating the BBC collection found, printed above the table so a change in speed can be
/// read beside a change in what the pipeline finds.
struct BBCCounts {
    var names = 0
    var dates = 0
    var quotes = 0
    var attributed = 0

    init(_ c: ArticleCollection) {
        dates = c.index.entities.filter { $0.type == .date }.reduce(0) { $0 + $1.mentionCount }
        names = c.index.entities.filter { $0.type != .date }.reduce(0) { $0 + $1.mentionCount }
        attributed = c.index.speakers.reduce(0) { $0 + $1.quotes.count }
        quotes = attributed + c.annotations.reduce(0) { $0 + ($1?.quotes.filter { $0.speaker < 0 }.count ?? 0) }
    }

    var summary: String {
        "BBC annotations found: \(names) name mentions, \(dates) date mentions, \(quotes) quotes (\(attributed) attributed)"
    }
}
