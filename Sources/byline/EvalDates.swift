import ArgumentParser

struct EvalDates: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dates", abstract: "Not yet available.")

    func run() throws { throw ValidationError("not yet available") }
}
