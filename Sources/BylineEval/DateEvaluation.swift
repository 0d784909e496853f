import BylineNLP
import Foundation

/// The TempEval-3 date evaluation: reads a folder of TimeML sub-corpora (one sub-folder each,
/// `.tml` files), annotates each text anchored on its creation time, and scores DATE and TIME
/// expressions, or all four TIMEX3 types, overall and per sub-corpus.
public struct DateEvaluation {
    public struct Corpus: Sendable {
        public var name: String
        public var documents: [TimeMLDocument]

        public init(name: String, documents: [TimeMLDocument]) {
            self.name = name
            self.documents = documents
        }
    }

    /// Scores of one system, overall and per sub-corpus, in corpus order.
    public struct Scores: Sendable {
        public var perCorpus: [(name: String, counts: DateCounts)] = []
        public var total: DateCounts { perCorpus.reduce(DateCounts()) { $0 + $1.counts } }
    }

    public var corpora: [Corpus]

    /// Loads every sub-folder of `directory` holding `.tml` files (or the folder itself).
    public init(directory: String) throws {
        let fm = FileManager.default
        var dirs = try fm.contentsOfDirectory(atPath: directory).sorted().filter { name in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDir) && isDir.boolValue
        }.map { directory + "/" + $0 }
        if dirs.isEmpty { dirs = [directory] }
        corpora = try dirs.compactMap { dir in
            let files = try fm.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tml") }.sorted()
            let docs = files.compactMap { f -> TimeMLDocument? in
                guard let data = fm.contents(atPath: dir + "/" + f) else { return nil }
                return TimeMLDocument(name: String(f.dropLast(4)), markup: String(decoding: data, as: UTF8.self))
            }
            return docs.isEmpty ? nil : Corpus(name: (dir as NSString).lastPathComponent, documents: docs)
        }
    }

    public init(corpora: [Corpus]) { self.corpora = corpora }

    /// Byline's predictions, by document name.
    public func byline(_ recognizer: DateRecognizer = .standard) -> [String: [PredictedTimex]] {
        var out: [String: [PredictedTimex]] = [:]
        for d in documents {
            out[d.name] = recognizer.timexes(in: Document(d.text), anchor: d.creation).map {
                PredictedTimex(start: $0.mention.start, end: $0.mention.end, value: $0.mention.value, type: $0.type)
            }
        }
        return out
    }

    /// The scores of `predictions` over the chosen types, and the per-document outcomes for
    /// error listings; documents without predictions count as finding nothing.
    public func scores(
        of predictions: [String: [PredictedTimex]], types: TimexTypes = .datesAndTimes
    ) -> (Scores, [String: DateScoring.Outcome]) {
        var scores = Scores()
        var outcomes: [String: DateScoring.Outcome] = [:]
        for c in corpora {
            var counts = DateCounts()
            for d in c.documents {
                let o = DateScoring.score(gold: d.timexes, predicted: predictions[d.name] ?? [], types: types)
                counts = counts + o.counts
                outcomes[d.name] = o
            }
            scores.perCorpus.append((c.name, counts))
        }
        return (scores, outcomes)
    }

    /// The scores of `predictions` by the scoring used before alignment with the official scorer.
    public func scoresBeforeAlignment(of predictions: [String: [PredictedTimex]], types: TimexTypes) -> Scores {
        var scores = Scores()
        for c in corpora {
            let counts = c.documents.reduce(DateCounts()) {
                $0
                    + DateScoringBeforeAlignment.counts(
                        gold: $1.timexes, predicted: predictions[$1.name] ?? [], types: types)
            }
            scores.perCorpus.append((c.name, counts))
        }
        return scores
    }

    public var documents: [TimeMLDocument] { corpora.flatMap(\.documents) }

    /// The score table: one row per sub-corpus and the total, each system's extent P/R/F1 and value F1.
    public static func table(_ systems: [(name: String, scores: Scores)]) -> String {
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = ["corpus      system               gold  pred  ext-P  ext-R  ext-F1  val-P  val-R  value-F1"]
        guard let first = systems.first else { return lines[0] }
        let names = first.scores.perCorpus.map(\.name) + ["ALL"]
        for (k, corpus) in names.enumerated() {
            for s in systems {
                let c = k < s.scores.perCorpus.count ? s.scores.perCorpus[k].counts : s.scores.total
                let cols = [
                    corpus.padding(toLength: 11, withPad: " ", startingAt: 0),
                    s.name.padding(toLength: 19, withPad: " ", startingAt: 0),
                    String(format: "%5d", c.gold), String(format: "%5d", c.predicted),
                    pct(c.extentPrecision), pct(c.extentRecall), " " + pct(c.extentF1), pct(c.valuePrecision),
                    pct(c.valueRecall), "   " + pct(c.valueF1),
                ]
                lines.append(cols.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
