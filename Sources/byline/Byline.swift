import ArgumentParser
import BylineCore
import Foundation

/// `byline`: a terminal news reader that knows who said what.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal news reader that knows who said what.",
        usage: """
            byline [DIR] [--newsboat [PATH]] [--theme NAME|PATH]
              byline <subcommand> [OPTIONS]
            """,
        discussion: """
            Opens a folder of saved articles (.txt, .md, .json, .jsonl, RSS/Atom feeds, saved .html pages) \
            in a reader that highlights speakers, organisations, places and dates, and lets you jump from \
            quote to quote and follow one speaker across the collection. The other commands print the same \
            analysis for scripts. In the reader, press ? for every key.
            """,
        version: "byline 0.1.0",
        // Every command gives its name (`commandName`): a name derived from the type's is made by
        // the runtime's demangler, about 11 million instructions at every start.
        subcommands: [
            Read.self, Annotate.self, List.self, Show.self, Entities.self, Quotes.self, IndexCommand.self, Config.self,
            Eval.self,
            BenchStartup.self,
        ],
        defaultSubcommand: Read.self
    )

    /// Runs the command line with the contract's exit statuses: 0 success, 1 runtime failure,
    /// 2 usage error, each error on one `byline: ` line.
    static func main() {
        CrashReport.prepare()
        do {
            let arguments = Array(FileName.arguments().dropFirst())
            // `help` with a command that does not exist is a usage error, not the overview.
            if arguments.first == "help", let name = arguments.dropFirst().first,
                !configuration.subcommands.contains(where: { $0._commandName == name })
            {
                throw Failure.usage("no command named '\(name)'; see 'byline --help'")
            }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as Failure {
            failure.exit()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "error"
            let usage = code == .validationFailure
            Diagnostics.error(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)
            Foundation.exit(usage ? 2 : code.rawValue)
        }
    }
}
