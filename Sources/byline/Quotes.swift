import ArgumentParser
import BylineCore
import BylineNLP
import Foundation

/// `byline quotes`: every quote of the collection with its speaker, newest article first.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    struct Row {
        var speaker: String?
        var quote: Quote
        var article: Article
    }

    func run() throws {
        let c = try collection.load(progress: progress.line())
        let rows = Self.rows(c, speaker: speaker)
        switch format {
        case .table:
            let cells = rows.map { r in
                [
                    r.speaker ?? "", r.quote.kind.rawValue, r.quote.span.text, r.article.title,
                    PublicationDates.tableText(of: r.article),
                ]
            }
            print(
                TableOutput.table(
                    header: ["SPEAKER", "KIND", "QUOTE", "ARTICLE", "DATE"], rows: cells,
                    widths: [24, nil, 70, 40, nil]),
                terminator: "")
        case .csv:
            let inert = TableOutput.csvToTerminal
            var out = TableOutput.csvRecord(["speaker", "kind", "quote", "article", "date", "title"], inert: inert)
            for r in rows {
                out += TableOutput.csvRecord(
                    [
                        r.speaker ?? "", r.quote.kind.rawValue, r.quote.span.text, r.article.key,
                        r.article.published?.description ?? "", r.article.title,
                    ], inert: inert)
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        case .json:
            var w = JSONWriter()
            w.beginArray()
            for r in rows {
                w.beginObject()
                w.field("speaker", r.speaker)
                w.field("kind", r.quote.kind.rawValue)
                w.field("quote", r.quote.span.text)
                w.field("article", r.article.key)
                w.field("date", r.article.published?.description)
                w.field("title", r.article.title)
                w.field("start", r.quote.span.start)
                w.field("end", r.quote.span.end)
                w.endObject()
            }
            w.endArray()
            print(w.output)
        }
    }

    /// The quotes to print: all of them, or those of the speakers called `speaker`, newest article first.
    static func rows(_ c: ArticleCollection, speaker: String?) -> [Row] {
        var wanted: Set<QuoteRef>?
        if let speaker { wanted = Set(c.index.speakers(named: speaker).flatMap { c.index.speakers[$0].quotes }) }
        var out: [Row] = []
        for id in c.newestFirst.map(Int.init) {
            guard c.quoteCount(of: id).map({ $0 > 0 }) == true, let a = c.annotation(of: id) else { continue }
            for (k, q) in a.quotes.enumerated()
            where wanted?.contains(QuoteRef(article: Int32(id), quote: Int32(k))) ?? true {
                out.append(Row(speaker: q.speaker?.name, quote: q, article: c.articles[id]))
            }
        }
        return out
    }
}
