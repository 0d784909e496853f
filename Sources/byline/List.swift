import ArgumentParser
import BylineCore
import Foundation

/// `byline list`: the articles, newest first, optionally filtered by a query.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles, newest first.",
        discussion: """
            A query ANDs its terms: person:"Antony Blinken" org:KCNA place:Seoul speaker:"Jean Lee" \
            date:2022-01 text:missile. Names match canonical names and aliases, ignoring case; a bare \
            word is text:; date: matches the publication date or a date the article mentions.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var progress: ProgressOptions

    @Option(help: "Only the articles matching this query.")
    var query: String?

    @Option(help: "table: one line per article; json: an array of objects.")
    var format: Format = .table

    func run() throws {
        let filter: Query
        do {
            filter = try Query(parsing: query ?? "")
        } catch {
            throw Failure.usage("--query: \(error)")
        }
        let c = try collection.load(progress: progress.line())
        if c.count == 0 { throw Failure.runtime("no articles found in \(try collection.source())") }
        let ids = c.select(filter).map(Int.init)
        if format == .json {
            var w = JSONWriter()
            w.beginArray()
            for id in ids { Self.writeJSON(c, id, to: &w) }
            w.endArray()
            print(w.output)
            return
        }
        let rows = ids.map { id -> [String] in
            let a = c.articles[id]
            return [
                PublicationDates.tableText(of: a), a.source ?? "", a.title, c.quoteCount(of: id).map(String.init) ?? "",
            ]
        }
        print(
            TableOutput.table(
                header: ["DATE", "SOURCE", "TITLE", "QUOTES"], rows: rows, widths: [10, 24, 80, nil], rightAligned: [3]),
            terminator: "")
    }

    static func writeJSON(_ c: ArticleCollection, _ id: Int, to w: inout JSONWriter) {
        w.beginObject()
        AnnotationJSON.writeMetadata(c.articles[id], to: &w)
        w.field("quotes", c.quoteCount(of: id))
        w.field("entities", c.annotations[id]?.mentions.count)
        w.endObject()
    }
}
