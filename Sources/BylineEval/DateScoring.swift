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

/// Counts for the TempEval-3 scores: extent (a prediction paired with a gold expression it
/// overlaps, one to one) and value (paired and the values equal).
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

/// Matches predictions to gold expressions and counts, as TempEval-3's official scorer does: its
/// TimeML-Normalizer pairs expressions one to one by overlap, and `evaluate_entities.py` counts
/// a pair as an extent match (relaxed: any overlap) and as a value match when the two `value`
/// strings are equal. Extent P = pairs / predicted, R = pairs / gold; value P = value matches /
/// predicted, R = value matches / gold (the official "value F1", accuracy times relaxed F1, is
/// the same number). The creation time (`t0`) is given, not found, so it is never scored.
public enum DateScoring {
    /// One document's outcome: the counts, and the mismatches for error listings.
    public struct Outcome: Sendable {
        public var counts = DateCounts()
        /// Gold expressions no prediction was paired with.
        public var missed: [GoldTimex] = []
        /// Counted predictions paired with no gold expression.
        public var spurious: [PredictedTimex] = []
        /// Extent matched, value wrong.
        public var wrongValue: [(gold: GoldTimex, predicted: PredictedTimex)] = []
        /// Every counted pair, for the listings of boundaries and types that differ.
        public var paired: [(gold: GoldTimex, predicted: PredictedTimex)] = []
    }

    /// Scores `predicted` against `gold`. Pairing always runs over every type, as the official
    /// scorer's does; `types` then chooses what is counted. With `.datesAndTimes` the gold DATE and
    /// TIME expressions are counted, with the predictions paired to them whatever type was
    /// predicted, and unpaired predictions typed DATE or TIME; a prediction paired with a gold
    /// DURATION or SET, or itself a duration or set left unpaired, is neither rewarded nor punished.
    public static func score(
        gold: [GoldTimex], predicted: [PredictedTimex], types: TimexTypes = .datesAndTimes
    ) -> Outcome {
        var out = Outcome()
        let partner = pairs(gold, predicted)
        var paired = Array(repeating: false, count: predicted.count)
        for k in partner.compactMap({ $0 }) { paired[k] = true }
        for (i, g) in gold.enumerated() where types.counts(g.type) {
            out.counts.gold += 1
            guard let k = partner[i] else {
                out.missed.append(g)
                continue
            }
            out.counts.predicted += 1
            out.counts.extentMatched += 1
            out.paired.append((g, predicted[k]))
            if predicted[k].value == g.value {
                out.counts.valueMatched += 1
            } else {
                out.wrongValue.append((g, predicted[k]))
            }
        }
        for (k, p) in predicted.enumerated() where !paired[k] && types.counts(p.type) {
            out.counts.predicted += 1
            out.spurious.append(p)
        }
        return out
    }

    /// For each gold expression, the index of the prediction paired with it. The official
    /// normalizer walks the text and, where an expression starts inside one of the other side
    /// that is not paired yet, pairs the two (gold first when both start together); so an
    /// expression overlapping two of the other side is paired with the one it meets first, and
    /// the other stays unpaired.
    static func pairs(_ gold: [GoldTimex], _ predicted: [PredictedTimex]) -> [Int?] {
        var goldPartner = [Int?](repeating: nil, count: gold.count)
        var predictedPartner = [Int?](repeating: nil, count: predicted.count)
        // starts in text order, gold before predicted at the same offset
        let starts =
            (gold.indices.map { (gold[$0].start, 0, $0) } + predicted.indices.map { (predicted[$0].start, 1, $0) })
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var begun = (
            gold: [Bool](repeating: false, count: gold.count),
            predicted: [Bool](repeating: false, count: predicted.count)
        )
        for (at, side, i) in starts {
            if side == 0 {
                begun.gold[i] = true
                if let k = predicted.indices.first(where: {
                    begun.predicted[$0] && predictedPartner[$0] == nil && predicted[$0].start <= at
                        && at < predicted[$0].end
                }) {
                    goldPartner[i] = k
                    predictedPartner[k] = i
                }
            } else {
                begun.predicted[i] = true
                if let g = gold.indices.first(where: {
                    begun.gold[$0] && goldPartner[$0] == nil && gold[$0].start <= at && at < gold[$0].end
                }) {
                    goldPartner[g] = i
                    predictedPartner[i] = g
                }
            }
        }
        return goldPartner
    }
}
