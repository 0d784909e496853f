import ArgumentParser
import BylineCore
import BylineNLP
import Foundation

/// `byline entities`: every entity of the collection with its article and mention counts.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        let c = try collection.load(progress: progress.line())
        let list = c.index.entities.filter { type == nil || $0.type == type }.sorted {
            ($1.articleCount, $1.mentionCount, $0.name) < ($0.articleCount, $0.mentionCount, $1.name)
        }
        switch format {
        case .table:
            let rows = list.map {
                [Self.shownName($0), $0.type.rawValue, String($0.articleCount), String($0.mentionCount)]
            }
            print(
                TableOutput.table(
                    header: ["NAME", "TYPE", "ARTICLES", "MENTIONS"], rows: rows, widths: [60, nil, nil, nil],
                    rightAligned: [2, 3]), terminator: "")
        case .csv:
            let inert = TableOutput.csvToTerminal
            var out = TableOutput.csvRecord(["name", "type", "articles", "mentions"], inert: inert)
            for e in list {
                out += TableOutput.csvRecord(
                    [Self.shownName(e), e.type.rawValue, String(e.articleCount), String(e.mentionCount)], inert: inert)
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        case .json:
            var w = JSONWriter()
            w.beginArray()
            for e in list {
                w.beginObject()
                w.field("name", e.name)
                w.field("type", e.type.rawValue)
                w.field("articles", e.articleCount)
                w.field("mentions", e.mentionCount)
                w.key("aliases")
                w.beginArray()
                for a in e.aliases { w.string(a) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            print(w.output)
        }
    }

    /// The name a person reads: a date's TIMEX3 value in words (JSON keeps the value).
    static func shownName(_ e: BylineCore.Entity) -> String {
        e.type == .date ? DateWords.words(for: e.name) : e.name
    }
}

extension EntityType: ExpressibleByArgument {}
