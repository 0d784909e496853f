import BylineNLP

/// A predicted quote as the scorer sees it: spans only, so our quotes and the anchors' score alike.
public struct ScoredQuote: Sendable, Hashable {
    public var span: Range<Int>
    public var speakerName: String?
    public var speakerMention: Range<Int>?
    /// The deciding sieve, or nil.
    public var sieve: SieveName?

    public init(span: Range<Int>, speakerName: String?, speakerMention: Range<Int>?, sieve: SieveName?) {
        self.span = span
        self.speakerName = speakerName
        self.speakerMention = speakerMention
        self.sieve = sieve
    }
}

/// Counts for quote precision/recall, speaker accuracy and named speakers; adds up over articles.
public struct QuoteScore: Sendable, Hashable {
    /// Predictions scored (those set aside excluded).
    public var predicted = 0
    public var gold = 0
    /// Predictions that match some gold quote.
    public var matched = 0
    /// Gold quotes matched by some prediction.
    public var recalled = 0
    /// Matched predictions whose gold attribution has a source, and of those, the ones whose
    /// predicted speaker mention overlaps it.
    public var withSource = 0
    public var speakerCorrect = 0
    /// Matched quotes with a predicted speaker, and of those, the ones named rather than a pronoun.
    public var withSpeaker = 0
    public var named = 0
    /// Predictions set aside, neither right nor wrong: they lie in the quoted part of an
    /// attribution whose content is only partly quoted (`"A," only B "C"`), which the gold
    /// definition leaves out but the annotators did attribute.
    public var setAside = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(recalled) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var speakerAccuracy: Double { withSource == 0 ? 0 : Double(speakerCorrect) / Double(withSource) }
    public var namedShare: Double { withSpeaker == 0 ? 0 : Double(named) / Double(withSpeaker) }

    public static func += (a: inout QuoteScore, b: QuoteScore) {
        a.predicted += b.predicted
        a.gold += b.gold
        a.matched += b.matched
        a.recalled += b.recalled
        a.withSource += b.withSource
        a.speakerCorrect += b.speakerCorrect
        a.withSpeaker += b.withSpeaker
        a.named += b.named
        a.setAside += b.setAside
    }
}

/// One gold quote paired with the prediction that matched it, if any.
public struct QuoteMatch: Sendable {
    public var gold: GoldQuote?
    public var predicted: ScoredQuote?
    public var speakerCorrect: Bool?
}

/// Matches predictions with gold quotes. A prediction matches a gold attribution when they
/// overlap by at least half of the shorter (a discontinuous gold quote counts its parts only).
/// PolNeAR joins a speaker's consecutive quotes ("A," she said. "B.") into one attribution, so
/// several predictions may match one gold quote: precision counts predictions that match some
/// gold quote, recall counts gold quotes matched by some prediction.
public enum QuoteMatcher {
    public static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    public static func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let shorter = min(a.count, b.count)
        return shorter > 0 && 2 * overlaps(a, b) >= shorter
    }

    /// Overlap with a gold quote's parts; whether it reaches half of the shorter.
    public static func matches(_ g: GoldQuote, _ p: Range<Int>) -> (Bool, Int) {
        let o = g.parts.reduce(0) { $0 + overlaps($1, p) }
        let length = g.parts.reduce(0) { $0 + $1.count }
        let shorter = min(length, p.count)
        return (shorter > 0 && 2 * o >= shorter, o)
    }

    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
    ]

    /// Whether a speaker name is a pronoun rather than a name or description.
    public static func isPronoun(_ name: String) -> Bool { pronouns.contains(name.lowercased()) }

    public static func match(gold: [GoldQuote], predicted: [ScoredQuote], partlyQuoted: [[Range<Int>]] = []) -> (
        score: QuoteScore, pairs: [QuoteMatch]
    ) {
        var score = QuoteScore()
        score.gold = gold.count
        var recalled = [Bool](repeating: false, count: gold.count)
        var pairs: [QuoteMatch] = []
        for p in predicted {
            var best = -1
            var bestOverlap = 0
            for (k, g) in gold.enumerated() {
                let (ok, o) = matches(g, p.span)
                if ok && o > bestOverlap {
                    best = k
                    bestOverlap = o
                }
            }
            guard best >= 0 else {
                if partlyQuoted.contains(where: { parts in
                    2 * parts.reduce(0) { $0 + overlaps($1, p.span) } >= p.span.count
                }) {
                    score.setAside += 1
                } else {
                    score.predicted += 1
                    pairs.append(QuoteMatch(gold: nil, predicted: p, speakerCorrect: nil))
                }
                continue
            }
            score.predicted += 1
            recalled[best] = true
            score.matched += 1
            let g = gold[best]
            var correct: Bool? = nil
            if !g.source.isEmpty {
                score.withSource += 1
                correct = p.speakerMention.map { m in g.source.contains { overlaps($0, m) > 0 } } ?? false
                if correct == true { score.speakerCorrect += 1 }
            }
            if let name = p.speakerName {
                score.withSpeaker += 1
                if !isPronoun(name) { score.named += 1 }
            }
            pairs.append(QuoteMatch(gold: g, predicted: p, speakerCorrect: correct))
        }
        score.recalled = recalled.filter { $0 }.count
        for (k, g) in gold.enumerated() where !recalled[k] {
            pairs.append(QuoteMatch(gold: g, predicted: nil, speakerCorrect: nil))
        }
        return (score, pairs)
    }
}
