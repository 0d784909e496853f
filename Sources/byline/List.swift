import ArgumentParser
import BylineCore
import Foundation

/// `byline list`: the articles, newest first, optionally filtered by a query.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles, newest first.",
        discussion: """
            A query ANDs its terms: person:"Antony Blinken" org:KCNA place:Seoul speaker:"Jean Lee" \
            date:2022-01 text:missile source:"Straits Times" tag:politics flag:yes. Names match canonical \
            names and aliases, ignoring case; a bare word is text:; date: matches the publication date \
            or a date the article mentions; source: a source containing the value; tag: one of the \
            article's tags; flag: yes or no, the flags set in the reader.
            """
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var progress: ProgressOptions

    @Option(help: "Only the articles matching this query.")
    var query: String?

    @Option(help: "table: one line per article; json: an array of objects; csv.")
    var format: TableOutput.Format = .table

    func run() throws {
        let filter: Query
        do {
            filter = try Query(parsing: query ?? "")
        } catch {
            throw Failure.usage("--query: \(error)")
        }
        // Without a query the rows need no index: the counts come from the annotations.
        let c = try collection.load(progress: progress.line(), index: filter.terms.isEmpty ? [] : .all)
        if c.count == 0 { throw Failure.runtime("no articles found in \(try collection.source())") }
        let rows = c.select(filter, flagged: Self.flagged(c, if: filter)).map { id in
            Row(
                article: c.articles[Int(id)], quotes: c.quoteCount(of: Int(id)),
                entities: c.mentionCount(of: Int(id)))
        }
        Self.listing.write(rows, as: format)
        exitKeeping(c)
    }

    /// The keys of the articles flagged in the reader, read only when the query asks about flags.
    static func flagged(_ c: ArticleCollection, if query: Query) -> Set<String> {
        guard query.terms.contains(where: { $0.field == .flag }) else { return [] }
        let flags = ReadMarks.load(kind: .flags)
        return Set(c.articles.filter { flags.isRead(ReadMarks.key(for: $0)) }.map(\.key))
    }

    struct Row {
        var article: Article
        /// Nil while the article waits for annotation.
        var quotes: Int?
        var entities: Int?
    }

    /// An article row: the article's metadata as in `annotate`'s object, and its counts.
    static var listing: Listing<Row> {
        Listing(columns: [
            .init(field: "path", value: { .text($0.article.path) }),
            .init(field: "item", value: { r in r.article.item.map { .number($0) } ?? .absent }),
            .init(
                field: "published", value: { .text($0.article.published?.description) }, heading: "DATE", width: 10,
                shown: { PublicationDates.tableText(of: $0.article) }),
            .init(field: "published_source", value: { .text($0.article.publishedSource?.rawValue) }),
            .init(field: "source", value: { .text($0.article.source) }, heading: "SOURCE", width: 24, shrinks: true),
            .init(field: "title", value: { .text($0.article.title) }, heading: "TITLE", width: 80, shrinks: true),
            .init(field: "url", value: { .text($0.article.url) }),
            .init(field: "author", value: { .text($0.article.author) }),
            .init(field: "quotes", value: { .number($0.quotes) }, heading: "QUOTES", rightAligned: true),
            .init(field: "entities", value: { .number($0.entities) }),
        ])
    }
}
