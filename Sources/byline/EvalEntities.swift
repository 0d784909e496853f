import ArgumentParser
import BylineEval
import BylineNLP
import Foundation

/// `byline eval entities`: exact-span scores on CoNLL-2003, beside spaCy's when the anchors exist.
struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score person/organisation/place recognition on CoNLL-2003 (exact spans), beside spaCy.",
        discussion: """
            Rebuilds each CoNLL document as running text, runs the recognizer on it, and compares \
            character spans exactly (MISC is not scored). When the anchors venv exists \
            ($BYLINE_ANCHORS_VENV, else ~/.cache/byline-anchors/venv), spaCy en_core_web_sm is run on \
            the same texts through ../shared/anchors/annotate.py ($BYLINE_ANCHORS_SCRIPT) and printed beside.
            """)

    @Option(
        name: .long, help: "A CoNLL-2003 file (default: $BYLINE_CONLL, else ../shared/corpora/conll2003/eng.testa).")
    var conll: String?

    @Flag(name: .long, help: "Do not run spaCy.")
    var noAnchors = false

    func run() throws {
        let path =
            conll ?? ProcessInfo.processInfo.environment["BYLINE_CONLL"] ?? "../shared/corpora/conll2003/eng.testa"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.runtime("cannot read \(path) (pass --conll PATH)")
        }
        let articles = CoNLLReader.articles(String(decoding: data, as: UTF8.self))
        guard !articles.isEmpty else { throw Failure.runtime("no CoNLL documents in \(path)") }
        let start = Date()
        let ours = EntityEvaluation.score(articles, recognizer: .standard)
        let seconds = Date().timeIntervalSince(start)
        print("CoNLL-2003 \(path): \(articles.count) documents, exact-span match, MISC not scored")
        print(String(format: "byline: %.2f s (including tokenizing)", seconds))
        var theirs: EntityScore?
        if noAnchors {
            print("spaCy: not run (--no-anchors)")
        } else {
            switch EntitySpaCy.locate() {
            case .failure(let reason):
                print("spaCy: not run, \(reason)")
            case .success(let spaCy):
                let begin = Date()
                let found = try spaCy.names(articles.map(\.text))
                var score = EntityScore()
                for (article, names) in zip(articles, found) { score.add(gold: article.goldItems, predicted: names) }
                theirs = score
                print(
                    String(
                        format: "spaCy en_core_web_sm: %.2f s (including model loading), same texts",
                        Date().timeIntervalSince(begin)))
            }
        }
        print("")
        print(EntityReport.table(byline: ours, spaCy: theirs))
    }
}
