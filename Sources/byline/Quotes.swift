import ArgumentParser
import BylineCore
import BylineNLP
import Foundation
import Synchronization

/// `byline quotes`: every quote of the collection with its speaker, newest article first.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List every quote: speaker, kind, quote, article, date.",
        discussion:
            "--speaker matches the speaker's name or an alias, ignoring case (a surname alone finds the full name)."
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var progress: ProgressOptions

    @Option(help: "Only the quotes of this speaker.")
    var speaker: String?

    @Option(help: "table, json or csv.")
    var format: TableOutput.Format = .table

    struct Row: Sendable {
        var speaker: String?
        var quote: Quote
        var article: Article
    }

    func run() throws {
        let c = try collection.load(progress: progress.line(), index: [.names, .speakers], keepTexts: true)
        let rows = Self.rows(c, speaker: speaker)
        Self.listing.write(rows, as: format)
        exitKeeping(c)
    }

    /// A quote row; the table's ARTICLE is the article's title, `article` its path (and item).
    static var listing: Listing<Row> {
        Listing(columns: [
            .init(field: "speaker", value: { .text($0.speaker) }, heading: "SPEAKER", width: 24, shrinks: true),
            .init(field: "kind", value: { .text($0.quote.kind.rawValue) }, heading: "KIND"),
            .init(field: "quote", value: { .text($0.quote.span.text) }, heading: "QUOTE", width: 70, shrinks: true),
            .init(field: "article", value: { .text($0.article.key) }),
            .init(field: "title", value: { .text($0.article.title) }, heading: "ARTICLE", width: 40, shrinks: true),
            .init(
                field: "date", value: { .text($0.article.published?.description) }, heading: "DATE",
                shown: { PublicationDates.tableText(of: $0.article) }),
            .init(field: "start", value: { .number($0.quote.span.start) }),
            .init(field: "end", value: { .number($0.quote.span.end) }),
        ])
    }

    /// The quotes to print: all of them, or those of the speakers called `speaker`, newest article first.
    static func rows(_ c: ArticleCollection, speaker: String?) -> [Row] {
        var wanted: Set<QuoteRef>?
        if let speaker { wanted = Set(c.index.speakers(named: speaker).flatMap { c.index.speakers[$0].quotes }) }
        // Only the articles printed from have their texts fetched (those read from their files
        // in this load are still in memory, up to a limit; the rest come from the cache or the
        // files) and their quotes expanded, on every core, in order.
        let quoting = wanted.map { Set($0.map { Int($0.article) }) }
        let quoted = c.newestFirst.map(Int.init).filter {
            (quoting?.contains($0) ?? true) && c.quoteCount(of: $0).map { $0 > 0 } == true
        }
        let ids = Mutex(quoted[...])
        var out: [Row] = []
        OrderedWork().run(
            input: { ids.withLock { $0.popFirst() } },
            work: { [wanted] id -> [Row] in
                guard let quotes = c.quotes(of: id) else { return [] }
                // Every row of the article shares one copy of it: reading it from the collection
                // copies the whole article.
                let article = c.articles[id]
                return quotes.enumerated().compactMap { k, q in
                    wanted?.contains(QuoteRef(article: Int32(id), quote: Int32(k))) ?? true
                        ? Row(speaker: q.speaker?.name, quote: q, article: article) : nil
                }
            },
            output: { out += $0 })
        return out
    }
}
