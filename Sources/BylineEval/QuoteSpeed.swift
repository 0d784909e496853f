import BylineNLP
import Foundation

/// Times the quote stage alone on a folder of plain-text articles (the BBC corpus, say):
/// entities are found first and not timed, then `attribute` runs over every text.
public enum QuoteSpeed {
    public struct Result: Sendable {
        public var files = 0
        public var words = 0
        public var quotes = 0
        public var seconds = 0.0
        public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }
    }

    /// Every `.txt` under `dir`, annotated `rounds` times; the best round counts.
    public static func measure(_ dir: String, pipeline: Pipeline = Pipeline(), rounds: Int = 3) -> Result {
        var docs: [(Document, [EntityMention])] = []
        for rel in (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).sorted()
        where rel.hasSuffix(".txt") {
            guard let data = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(rel)) else {
                continue
            }
            let doc = Document(String(decoding: data, as: UTF8.self))
            docs.append((doc, pipeline.annotate(doc, published: nil).entities))
        }
        var result = Result()
        result.files = docs.count
        result.words = docs.reduce(0) { $0 + $1.0.tokens.lazy.filter { $0.kind == .word }.count }
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            var quotes = 0
            let clock = ContinuousClock.now
            for (doc, entities) in docs { quotes += pipeline.quotes.attribute(doc, entities: entities).count }
            let d = ContinuousClock.now - clock
            best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            result.quotes = quotes
        }
        result.seconds = best
        return result
    }
}
