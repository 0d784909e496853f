import ArgumentParser
import BylineEval
import BylineNLP
import Foundation

/// `byline eval dates`: DATE and TIME extent and value F1 on TempEval-3 (TimeBank + AQUAINT),
/// with spaCy + dateparser on the same texts when the anchors are installed.
struct EvalDates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Score date and time expressions on TempEval-3 (TimeBank + AQUAINT).",
        discussion: """
            Each TimeML text is rebuilt without its tags and annotated with its document creation time as the \
            publication date. Scoring is TempEval-3's official one: predictions and gold expressions are paired one to one \
            by overlap (walking the text, an expression starting inside an unpaired one of the other side is paired with it); extent \
            precision, recall and F1 count the pairs, value precision, recall and F1 the pairs whose TIMEX3 values are equal as written. \
            The first table counts the gold DATE and TIME expressions, the predictions paired with them and unpaired predicted dates \
            and times; a prediction paired with a gold DURATION or SET, or an unpaired predicted duration or set, is left out there. \
            The second table scores all four types (DATE, TIME, DURATION, SET); --errors lists its mistakes. When the anchors' virtual environment exists \
            ($BYLINE_ANCHORS_VENV or ~/.cache/byline-anchors/venv), spaCy + dateparser run on the same texts.
            """
    )

    @Option(
        help: ArgumentHelp("The TempEval-3 folder (one sub-folder of .tml files per sub-corpus).", valueName: "DIR"))
    var tempeval = "../shared/corpora/tempeval3"

    @Flag(help: "Do not run spaCy + dateparser.")
    var noAnchors = false

    @Flag(
        help: "Count each sub-corpus's errors by kind, then list every missed, spurious and wrongly valued expression.")
    var errors = false

    func run() throws {
        let eval: DateEvaluation
        do { eval = try DateEvaluation(directory: tempeval) } catch {
            throw ValidationError("cannot read TempEval-3 folder '\(tempeval)': \(error.localizedDescription)")
        }
        guard !eval.corpora.isEmpty else { throw ValidationError("no .tml files under '\(tempeval)'") }
        let words = eval.documents.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        let clock = ContinuousClock()
        var predictions: [String: [PredictedTimex]] = [:]
        let elapsed = clock.measure { predictions = eval.byline() }
        var systems = [("byline", eval.scores(of: predictions).0)]
        let (allTypes, outcomes) = eval.scores(of: predictions, types: .all)
        var allSystems = [("byline", allTypes)]
        if errors { printErrors(eval, outcomes) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "TempEval-3 DATE+TIME: \(eval.documents.count) documents, \(words) words; byline took \(String(format: "%.3f", seconds)) s including tokenizing"
        )
        if noAnchors {
            print("spaCy + dateparser: skipped (--no-anchors)")
        } else if let venv = DateAnchors.venv() {
            // the anchors live next to the corpora: ../shared/corpora/tempeval3 -> ../shared/anchors/annotate.py
            let script = URL(fileURLWithPath: tempeval).standardizedFileURL.deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("anchors/annotate.py").path
            if FileManager.default.fileExists(atPath: script) {
                print(
                    "spaCy + dateparser: running \(script) in \(venv), values by dateparser against each creation date…"
                )
                let theirs = try DateAnchors.predict(eval.documents, venv: venv, script: script)
                systems.append(("spaCy+dateparser", eval.scores(of: theirs).0))
                allSystems.append(("spaCy+dateparser", eval.scores(of: theirs, types: .all).0))
            } else {
                print("spaCy + dateparser: skipped, \(script) not found")
            }
        } else {
            print("spaCy + dateparser: not installed (run ../shared/anchors/setup.sh); showing byline only")
        }
        print(DateEvaluation.table(systems))
        print(beforeAlignment(eval.scoresBeforeAlignment(of: predictions, types: .datesAndTimes)))
        print("\nAll four types (DATE, TIME, DURATION, SET):")
        print(DateEvaluation.table(allSystems))
        print(beforeAlignment(eval.scoresBeforeAlignment(of: predictions, types: .all)))
    }

    private func beforeAlignment(_ s: DateEvaluation.Scores) -> String {
        let rows = s.perCorpus.map { "\($0.name) \(String(format: "%.3f", $0.counts.valueF1))" }
        return "byline by the scoring before alignment with the official scorer: value F1 "
            + String(format: "%.3f", s.total.valueF1) + " (" + rows.joined(separator: ", ") + ")"
    }

    private func printErrors(_ eval: DateEvaluation, _ outcomes: [String: DateScoring.Outcome]) {
        for c in eval.corpora {
            let o = c.documents.compactMap { outcomes[$0.name] }
            let boundary = o.reduce(0) {
                $0 + $1.paired.filter { $0.gold.start != $0.predicted.start || $0.gold.end != $0.predicted.end }.count
            }
            let type = o.reduce(0) { $0 + $1.paired.filter { $0.gold.type != $0.predicted.type }.count }
            print(
                "\(c.name): missed \(o.reduce(0) { $0 + $1.missed.count }), spurious \(o.reduce(0) { $0 + $1.spurious.count }), "
                    + "boundary differs \(boundary) of \(o.reduce(0) { $0 + $1.paired.count }) pairs, type differs \(type), "
                    + "value differs \(o.reduce(0) { $0 + $1.wrongValue.count })")
        }
        for d in eval.documents {
            guard let o = outcomes[d.name] else { continue }
            let s = Array(d.text.unicodeScalars)
            func text(_ a: Int, _ b: Int) -> String {
                let lo = max(0, a)
                let hi = min(s.count, b)
                return lo < hi
                    ? String(String.UnicodeScalarView(s[lo..<hi])).replacingOccurrences(of: "\n", with: " ") : ""
            }
            let dct = d.creation?.description ?? "?"
            for g in o.missed {
                print(
                    "MISS  \(d.name) \(dct) \(g.type) [\(text(g.start, g.end))] \(g.value)  …\(text(g.start - 40, g.end + 30))…"
                )
            }
            for p in o.spurious {
                print(
                    "EXTRA \(d.name) \(dct) \(p.type) [\(text(p.start, p.end))] \(p.value ?? "null")  …\(text(p.start - 40, p.end + 30))…"
                )
            }
            for (g, p) in o.wrongValue {
                print(
                    "VALUE \(d.name) \(dct) \(g.type) [\(text(g.start, g.end))|\(text(p.start, p.end))] gold \(g.value) got \(p.type) \(p.value ?? "null")  …\(text(g.start - 50, g.end + 30))…"
                )
            }
        }
    }
}
