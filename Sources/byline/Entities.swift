import ArgumentParser
import BylineCore
import BylineNLP
import Foundation

/// `byline entities`: every entity of the collection with its article and mention counts.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List every entity of the collection: canonical name, type, articles, mentions.",
        discussion: "Most articles first. Dates are listed by their resolved value."
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var progress: ProgressOptions

    @Option(help: "Only entities of this type.")
    var type: EntityType?

    @Option(help: "table, json or csv.")
    var format: TableOutput.Format = .table

    func run() throws {
        let c = try collection.load(progress: progress.line(), index: .names)
        let all = c.index.entities
        // Positions are sorted, the counts compared first from an array of their own and the
        // names (one comparison) only on a tie, and no entity is moved until the order is known.
        let counts = all.map { ($0.articleCount, $0.mentionCount) }
        // The option is read once: through its property wrapper each read costs hundreds of instructions.
        let wanted = type
        let order = all.indices.filter { wanted == nil || all[$0].type == wanted }.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : all[a].name < all[b].name
        }
        Self.listing.write(order.map { all[$0] }, as: format)
        exitKeeping(c)
    }

    /// An entity row: the table shows a date's value in words, JSON and CSV keep the value.
    static var listing: Listing<BylineCore.Entity> {
        Listing(columns: [
            .init(
                field: "name", value: { .text($0.name) }, heading: "NAME", width: 60, shrinks: true, shown: shownName),
            .init(field: "type", value: { .text($0.type.rawValue) }, heading: "TYPE"),
            .init(field: "articles", value: { .number($0.articleCount) }, heading: "ARTICLES", rightAligned: true),
            .init(field: "mentions", value: { .number($0.mentionCount) }, heading: "MENTIONS", rightAligned: true),
            .init(field: "aliases", value: { .names($0.aliases) }),
        ])
    }

    /// The name a person reads: a date's TIMEX3 value in words (JSON keeps the value).
    static func shownName(_ e: BylineCore.Entity) -> String {
        e.type == .date ? DateWords.words(for: e.name) : e.name
    }
}

extension EntityType: ExpressibleByArgument {}
