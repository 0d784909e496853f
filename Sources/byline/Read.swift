import ArgumentParser
import Foundation

/// `byline [DIR]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the reader on a directory of articles (the default command).")

    @Argument(help: "Directory of articles (default: $BYLINE_DATA, else ./sample-data).")
    var directory: String?

    func run() throws {
        let dir = try DataDirectoryChoice.resolve(directory)
        throw CleanExit.message("reader not built yet for \(dir)")
    }
}
