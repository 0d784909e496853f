import ArgumentParser
import BylineEval
import BylineNLP
import Foundation

/// `byline eval entities`: exact-span scores on three kinds of text, beside spaCy's when the
/// anchors exist.
struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score person/organisation/place recognition on three kinds of text (exact spans), beside spaCy.",
        discussion: """
            Scores CoNLL-2003 dev (Reuters 1996, eng.testa), Universal NER English-EWT dev (web text) \
            and the GUM Wikinews documents the shipped model was not trained on. Rebuilds each \
            document as running text, runs the recognizer on it, and compares character spans \
            exactly (other names, such as works and events, are not scored). The corpora are read \
            from --corpora ($BYLINE_CORPORA, else ../shared/corpora). When the anchors venv exists \
            ($BYLINE_ANCHORS_VENV, else ~/.cache/byline-anchors/venv), spaCy en_core_web_sm is run on \
            the same texts through ../shared/anchors/annotate.py ($BYLINE_ANCHORS_SCRIPT) and printed beside.
            """)

    @Option(name: .long, help: "The corpora folder (default: $BYLINE_CORPORA, else ../shared/corpora).")
    var corpora: String?

    @Option(name: .long, help: "A CoNLL-2003 file scored instead of the three sets (default: all three).")
    var conll: String?

    @Flag(name: .long, help: "Do not run spaCy.")
    var noAnchors = false

    @Flag(name: .long, help: "Also list every name missed, mistyped, cut wrong or found in excess, with counts.")
    var errors = false

    func run() throws {
        let root = corpora ?? EntityCorpus.root()
        var sets: [(name: String, articles: [CoNLLArticle])] = []
        if let conll {
            guard let data = FileManager.default.contents(atPath: conll) else {
                throw Failure.runtime("cannot read \(conll)")
            }
            sets.append((conll, CoNLLReader.articles(String(decoding: data, as: UTF8.self))))
        } else {
            for corpus in EntityCorpus.evaluation {
                do {
                    sets.append((corpus.name, try corpus.evaluationArticles(root: root)))
                } catch {
                    throw Failure.runtime("cannot read \(corpus.name) under \(root) (pass --corpora DIR)")
                }
            }
        }
        let spaCy: EntitySpaCy?
        if noAnchors {
            spaCy = nil
            print("spaCy: not run (--no-anchors)")
        } else {
            switch EntitySpaCy.locate() {
            case .failure(let reason):
                spaCy = nil
                print("spaCy: not run, \(reason)")
            case .success(let found): spaCy = found
            }
        }
        for (name, articles) in sets {
            guard !articles.isEmpty else { throw Failure.runtime("no documents in \(name)") }
            let start = Date()
            let ours = EntityEvaluation.score(articles, recognizer: .standard)
            let seconds = Date().timeIntervalSince(start)
            let names = articles.reduce(0) { $0 + $1.goldItems.count }
            print("")
            print("\(name): \(articles.count) documents, \(names) names, exact-span match, other names not scored")
            print(String(format: "byline: %.2f s (including tokenizing)", seconds))
            var theirs: EntityScore?
            if let spaCy {
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
            print(EntityReport.table(byline: ours, spaCy: theirs))
            if errors { printErrors(articles) }
        }
    }

    /// Every error of Byline's on `articles`, then how many of each kind per type.
    func printErrors(_ articles: [CoNLLArticle]) {
        var counts: [String: Int] = [:]
        for article in articles {
            let found = EntityRecognizer.standard.recognize(Document(article.text)).map {
                EntityScore.Item(type: $0.type, start: $0.start, end: $0.end)
            }
            let scalars = Array(article.text.unicodeScalars)
            for error in EntityError.errors(gold: article.goldItems, found: found) {
                print(error.line(in: scalars, document: article.name))
                counts["\(error.type.rawValue) \(error.kind.rawValue)", default: 0] += 1
            }
        }
        for type in EntityScore.types {
            let row = EntityError.Kind.allCases.map {
                "\($0.rawValue) \(counts["\(type.rawValue) \($0.rawValue)"] ?? 0)"
            }
            print("errors, \(type.rawValue): " + row.joined(separator: ", "))
        }
    }
}
