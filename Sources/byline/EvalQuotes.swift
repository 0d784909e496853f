import ArgumentParser
import BylineEval
import Foundation

/// `byline eval quotes`: direct-quote precision/recall/F1, speaker accuracy and name resolution
/// on PolNeAR, beside textacy's `direct_quotations` when the anchors are installed.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote finding and attribution on PolNeAR (beside textacy when installed).",
        discussion: """
            Gold direct quotes are the attributions whose content lies wholly inside quotation marks; a \
            predicted quote matches one when they overlap by at least half of the shorter. Speaker accuracy \
            counts matched quotes whose speaker mention overlaps the gold source. Resolution accuracy uses \
            resolution-dev.json beside the split (or --resolution FILE, such as cases written by \
            Scripts/build-resolution-cases.py): who each "he", "she" or "the spokeswoman" really is.
            """
    )

    @Option(name: .customLong("polnear"), help: "The PolNeAR split (with text/ and attributions/).")
    var polnear = "../shared/corpora/polnear/dev"

    @Option(
        name: .customLong("resolution"),
        help: "Resolution cases (JSON, as resolution-dev.json); by default resolution-dev.json beside the split.")
    var resolution: String?

    @Flag(name: .customLong("no-anchors"), help: "Do not run textacy.")
    var noAnchors = false

    @Flag(name: .customLong("errors"), help: "Also list misses, false alarms and wrong speakers.")
    var errors = false

    @Option(name: .customLong("speed"), help: "Instead, time the quote stage alone on the .txt files under DIR.")
    var speed: String?

    func run() throws {
        if let speed {
            let r = QuoteSpeed.measure(speed)
            guard r.files > 0 else { throw Failure.runtime("no .txt files under \(speed)") }
            print(
                String(
                    format: "quote stage: %d files, %d words, %d quotes in %.3f s: %.0f words/s (%.3f µs/word)",
                    r.files, r.words, r.quotes, r.seconds, r.wordsPerSecond, r.seconds * 1e6 / Double(max(r.words, 1))))
            return
        }
        var anchors: [String: [ScoredQuote]]? = nil
        var note: String? = nil
        if noAnchors {
            note = "not run (--no-anchors)"
        } else if let python = QuoteAnchors.python(), let script = QuoteAnchors.script(corpus: polnear) {
            FileHandle.standardError.write(
                Data("byline: running textacy direct_quotations on \(polnear)/text …\n".utf8))
            do {
                anchors = try QuoteAnchors.quotes(
                    python: python, script: script, textDirectory: (polnear as NSString).appendingPathComponent("text"))
            } catch {
                note = "\(error)"
            }
        } else {
            note = "not run: the anchors venv is missing (run ../shared/anchors/setup.sh, or set BYLINE_ANCHORS_VENV)"
        }
        let resolutionPath =
            resolution
            ?? ((polnear as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                "resolution-dev.json")
        let cases =
            resolution != nil || FileManager.default.fileExists(atPath: resolutionPath)
            ? try ResolutionCase.load(resolutionPath) : []
        var evaluation = QuoteEvaluation()
        evaluation.collectErrors = errors
        var report: QuoteEvaluationReport
        do {
            report = try evaluation.run(split: polnear, resolution: cases, anchors: anchors)
        } catch let failure as QuoteEvaluation.Failure {
            throw Failure.runtime(failure.description)
        }
        report.anchorNote = note
        print(QuoteReportText.render(report, corpus: polnear), terminator: "")
        for line in report.errors { print(line) }
    }
}
