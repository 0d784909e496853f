import ArgumentParser
import BylineApp
import BylineCore
import BylineTerminal
import BylineUI
import Foundation

/// `byline [DIR]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on a directory of articles (the default command).",
        discussion:
            "Press ? in the reader for every key. Needs a terminal: in scripts use 'byline list' or 'byline show'."
    )

    @OptionGroup var collection: CollectionOptions

    @Option(
        help: ArgumentHelp(
            "A bundled theme (dark, light, high-contrast, monochrome), one in ${XDG_CONFIG_HOME:-~/.config}/byline/themes, or a .toml file (default: $BYLINE_THEME, else the config file's theme, else dark).",
            valueName: "NAME|PATH"))
    var theme: String?

    func run() throws {
        let xdg = XDGDirectories()
        let config: UserConfig
        do {
            config = try UserConfig.load(xdg)
        } catch {
            throw Failure.usage(error.description)
        }
        let dir = try collection.source(configured: config.dataDirectory)
        let colors = ColorPolicy()
        var cycle: (themes: [Theme], index: Int)
        do {
            cycle = try ThemeLibrary.standard(xdg, executable: CommandLine.arguments.first ?? ".").cycle(
                chosen: colors.themeName(flag: theme, configured: config.theme))
        } catch {
            throw Failure.usage(error.description)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal.open(color: colors.readerUsesColor)
        } catch {
            throw Failure.usage(error.description)
        }
        cycle = ThemeLibrary.usable(cycle, at: terminal.colorDepth)
        // Degraded whole, not only style by style as curses draws them, so speaker colours that
        // fall onto an entity type's colour on this terminal are left out (`Theme.degraded`).
        cycle.themes = cycle.themes.map { $0.degraded(to: terminal.colorDepth) }
        let loader = CollectionLoader(paths: [dir], cache: collection.noCache ? nil : AnnotationCache.standard(xdg))
        let ending = ReaderLoop(
            terminal: terminal, loader: loader, themes: cycle.themes, themeIndex: cycle.index,
            marks: ReadMarks.load(), keymap: config.keymap, legend: config.legend,
            keyHints: config.keyHints, sort: config.sort,
            copyCommand: config.copyCommand, watcher: config.watch ? FileWatching.watcher(roots: [dir]) : nil
        ).run()
        if case .signal(let signal) = ending { Terminal.exit(bySignal: signal) }
    }
}
