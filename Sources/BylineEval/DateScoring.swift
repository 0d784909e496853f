/// A predicted date expression: scalar offsets and a TIMEX3 value (nil when unresolved).
public struct PredictedTimex: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var value: String?

    public init(start: Int, end: Int, value: String?) {
        self.start = start
        self.end = end
        self.value = value
    }
}

/// Counts for the TempEval-3 style scores of DATE and TIME expressions: extent (a predicted
/// expression overlapping a gold one, one to one) and value (extent matched and value equal).
public struct DateCounts: Sendable, Hashable {
    public var gold = 0
    public var predicted = 0
    public var extentMatched = 0
    public var valueMatched = 0

    public init() {}

    public static func + (a: DateCounts, b: DateCounts) -> DateCounts {
        var c = DateCounts()
        c.gold = a.gold + b.gold
        c.predicted = a.predicted + b.predicted
        c.extentMatched = a.extentMatched + b.extentMatched
        c.valueMatched = a.valueMatched + b.valueMatched
        return c
    }

    public var extentF1: Double { DateCounts.f1(extentMatched, predicted, gold) }
    public var valueF1: Double { DateCounts.f1(valueMatched, predicted, gold) }
    public var extentPrecision: Double { predicted == 0 ? 0 : Double(extentMatched) / Double(predicted) }
    public var extentRecall: Double { gold == 0 ? 0 : Double(extentMatched) / Double(gold) }

    static func f1(_ hit: Int, _ predicted: Int, _ gold: Int) -> Double {
        guard predicted > 0, gold > 0, hit > 0 else { return 0 }
        let p = Double(hit) / Double(predicted)
        let r = Double(hit) / Double(gold)
        return 2 * p * r / (p + r)
    }
}

/// Matches predictions to gold expressions and counts.
public enum DateScoring {
    /// One document's outcome: the counts, and the mismatches for error listings.
    public struct Outcome: Sendable {
        public var counts = DateCounts()
        /// Gold expressions nothing overlapped.
        public var missed: [GoldTimex] = []
        /// Predictions that overlapped no gold expression at all.
        public var spurious: [PredictedTimex] = []
        /// Extent matched, value wrong.
        public var wrongValue: [(gold: GoldTimex, predicted: PredictedTimex)] = []
    }

    /// Scores `predicted` against the DATE and TIME expressions of `gold`. A prediction that
    /// overlaps only an unscored gold expression (a DURATION or SET) is left out of the counts:
    /// those types are not scored, so finding them is neither rewarded nor punished.
    public static func score(gold: [GoldTimex], predicted: [PredictedTimex]) -> Outcome {
        var out = Outcome()
        let scored = gold.filter(\.isScored)
        let unscored = gold.filter { !$0.isScored }
        var used = Array(repeating: false, count: predicted.count)
        out.counts.gold = scored.count
        for g in scored {
            guard let k = predicted.indices.first(where: { !used[$0] && overlaps(predicted[$0], g) }) else {
                out.missed.append(g)
                continue
            }
            used[k] = true
            out.counts.extentMatched += 1
            if predicted[k].value == g.value {
                out.counts.valueMatched += 1
            } else {
                out.wrongValue.append((g, predicted[k]))
            }
        }
        for (k, p) in predicted.enumerated() {
            if used[k] {
                out.counts.predicted += 1
                continue
            }
            let hitsScored = scored.contains { overlaps(p, $0) }
            if unscored.contains(where: { overlaps(p, $0) }) && !hitsScored { continue }
            out.counts.predicted += 1
            if !hitsScored { out.spurious.append(p) }
        }
        return out
    }

    static func overlaps(_ p: PredictedTimex, _ g: GoldTimex) -> Bool { p.start < g.end && g.start < p.end }
}
