import ArgumentParser

struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Not yet available.")

    func run() throws { throw ValidationError("not yet available") }
}
