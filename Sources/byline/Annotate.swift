import ArgumentParser
import BylineCore
import BylineNLP
import Foundation

/// `byline annotate`: the full annotation of every article, as JSON.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the annotation (entities, dates, quotes) of every article found in PATH.",
        discussion: "PATH is a file, a directory searched recursively, or - for standard input (read as plain text)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json }

    @Option(help: "jsonl: one object per line; json: one array.")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("Publication date that relative dates are resolved against.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'")
        }
        if paths.isEmpty { throw ValidationError("give at least one PATH (a file, a directory, or -)") }
    }

    func run() throws {
        var result = LoadResult()
        for p in paths {
            if p == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                do {
                    let (text, _) = try TextDecoding.decode(data)
                    result.articles.append(TextLoader().article(text: text, path: "-"))
                } catch {
                    result.issues.append(LoadIssue(path: "-", reason: "\(error)"))
                }
            } else {
                let one = DataDirectory.load(paths: [p])
                result.articles += one.articles
                result.issues += one.issues
            }
        }
        Diagnostics.report(result.issues)
        if result.articles.isEmpty && !result.issues.isEmpty { throw ExitCode(1) }
        let annotator = Annotator()
        let anchor = published.flatMap(CalendarDate.init(iso:))
        let out = FileHandle.standardOutput
        if format == .json { out.write(Data("[".utf8)) }
        for (k, article) in result.articles.enumerated() {
            var w = JSONWriter()
            AnnotationJSON.write(annotator.annotate(article, published: anchor), to: &w)
            let sep = format == .json ? (k == 0 ? "" : ",\n") : ""
            let end = format == .jsonl ? "\n" : ""
            out.write(Data((sep + w.output + end).utf8))
        }
        if format == .json { out.write(Data("]\n".utf8)) }
    }
}
