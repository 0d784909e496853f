import ArgumentParser

/// `byline eval`: accuracy on the gold-standard corpora, side by side with spaCy, textacy and dateparser.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the analysis on gold-standard corpora (CoNLL-2003, TempEval-3, PolNeAR).",
        subcommands: [EvalEntities.self, EvalDates.self, EvalQuotes.self]
    )
}
