import ArgumentParser

struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "Not yet available.")

    func run() throws { throw ValidationError("not yet available") }
}
