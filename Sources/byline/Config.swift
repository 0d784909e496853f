import ArgumentParser
import BylineApp
import BylineUI
import Foundation

/// `byline config`: the config file's location and defaults.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the config file's defaults, or check the config file.",
        discussion: """
            The config file is ${XDG_CONFIG_HOME:-~/.config}/byline/config.toml. Start one with:
              mkdir -p ~/.config/byline && byline config --print-defaults > ~/.config/byline/config.toml
            """
    )

    @Flag(help: "Print a commented config file holding every default.")
    var printDefaults = false

    @Flag(help: "Check the config file and report the first error with its file, line and key.")
    var check = false

    func validate() throws {
        if !printDefaults && !check { throw ValidationError("say --print-defaults or --check") }
    }

    func run() throws {
        if printDefaults { print(UserConfig.defaultsText(), terminator: "") }
        if check {
            let path = UserConfig.path()
            do {
                _ = try UserConfig.load(path: path)
            } catch {
                throw Failure.runtime(error.description)
            }
            let exists = FileManager.default.fileExists(atPath: path)
            print(exists ? "\(path): ok" : "\(path): no config file; the defaults apply")
        }
    }
}
