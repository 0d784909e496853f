import ArgumentParser
import BylineApp
import BylineCore
import BylineUI
import Foundation

/// `byline show PATH`: the reading view of an article on standard output, highlights as ANSI
/// colours when writing to a terminal.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Print the reading view of an article: headline, meta line, wrapped paragraphs, highlights and quote labels.",
        discussion:
            "A file holding several articles (JSONL, a feed) prints each in turn. NO_COLOR turns colours off (attributes such as bold remain)."
    )

    @Argument(help: "The article file.")
    var path: String

    @Option(help: "auto: colours when standard output is a terminal; always; never.")
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "Colour theme: a bundled name (dark, light, high-contrast, monochrome) or a .toml path.",
            valueName: "NAME|PATH"))
    var theme: String?

    @Option(help: "Wrap to this many columns (default: the terminal's width, else 80).")
    var width: Int?

    @Flag(help: "Show resolved dates after date mentions (\"Thursday (Jan 13) → 2022-01-13\").")
    var dates = false

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        let loaded = ArticleFiles.load(paths: [path])
        Diagnostics.report(loaded.issues)
        if loaded.articles.isEmpty { throw ExitCode(1) }
        let policy = ColorPolicy()
        let depth = policy.printedDepth(color, outputIsTerminal: isatty(1) != 0)
        var chosen: Theme? = nil
        // A theme asked for is checked whether or not colour is on, so a typo shows at once.
        if depth != nil || theme != nil {
            do {
                let library = ThemeLibrary.standard(XDGDirectories(), executable: CommandLine.arguments.first ?? ".")
                let t = try library.load(policy.themeName(flag: theme))
                if let depth { chosen = library.shown(t, at: depth) }
            } catch {
                throw Failure.usage("\(error)")
            }
        }
        let columns = width ?? OutputTerminal.columns() ?? 80
        let annotator = Annotator()
        var out = ""
        for (k, article) in loaded.articles.enumerated() {
            let a = annotator.annotate(article)
            let layout = ReaderLayout(
                article: a.article, annotation: a.annotation, width: columns, measure: .unicode,
                options: ReaderLayout.Options(showDates: dates))
            if k > 0 { out += "\n" }
            out += ArticleText.render(layout, theme: chosen)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

extension ColorChoice: ExpressibleByArgument {}
