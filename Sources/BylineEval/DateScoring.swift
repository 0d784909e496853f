/// A predicted date expression: scalar offsets, a TIMEX3 type and value (nil when unresolved).
public struct PredictedTimex: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var value: String?
    /// DATE, TIME, DURATION or SET.
    public var type: String

    public init(start: Int, end: Int, value: String?, type: String = "DATE") {
        self.start = start
        self.end = end
        self.value = value
        self.type = type
    }
}

/// Which TIMEX3 types a score counts.
public enum TimexTypes: Sendable {
    /// DATE and TIME, the expressions a reader pins to the calendar.
    case datesAndTimes
    /// All four: DATE, TIME, DURATION and SET.
    case all

    func counts(_ type: String) -> Bool { self == .all || type == "DATE" || type == "TIME" }
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
    public var valuePrecision: Double { predicted == 0 ? 0 : Double(valueMatched) / Double(predicted) }
    public var valueRecall: Double { gold == 0 ? 0 : Double(valueMatched) / Double(gold) }

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

    /// Scores `predicted` against the expressions of `gold` of the chosen types. With
    /// `.datesAndTimes`, predicted durations and sets are left out, and so is a prediction that
    /// overlaps only an unscored gold expression (a DURATION or SET): those types are not scored,
    /// so finding them is neither rewarded nor punished.
    public static func score(
        gold: [GoldTimex], predicted all: [PredictedTimex], types: TimexTypes = .datesAndTimes
    ) -> Outcome {
        var out = Outcome()
        let predicted = all.filter { types.counts($0.type) }
        let scored = gold.filter { types.counts($0.type) }
        let unscored = gold.filter { !types.counts($0.type) }
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
