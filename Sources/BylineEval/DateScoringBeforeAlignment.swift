/// The scoring `byline eval dates` used before it was aligned with TempEval-3's official scorer,
/// printed beside the official figures for comparison: types were filtered before matching (a
/// predicted duration overlapping a gold DATE left that DATE missed), each gold expression took
/// the first unused prediction overlapping it, and one-digit ISO weeks in gold values were read
/// as two digits.
public enum DateScoringBeforeAlignment {
    public static func counts(gold: [GoldTimex], predicted all: [PredictedTimex], types: TimexTypes) -> DateCounts {
        var counts = DateCounts()
        let predicted = all.filter { types.counts($0.type) }
        let scored = gold.filter { types.counts($0.type) }
        let unscored = gold.filter { !types.counts($0.type) }
        var used = Array(repeating: false, count: predicted.count)
        counts.gold = scored.count
        for g in scored {
            guard let k = predicted.indices.first(where: { !used[$0] && overlaps(predicted[$0], g) }) else { continue }
            used[k] = true
            counts.extentMatched += 1
            if predicted[k].value == TimeMLDocument.canonicalValue(g.value) { counts.valueMatched += 1 }
        }
        for (k, p) in predicted.enumerated() {
            let hitsScored = scored.contains { overlaps(p, $0) }
            if !used[k] && !hitsScored && unscored.contains(where: { overlaps(p, $0) }) { continue }
            counts.predicted += 1
        }
        return counts
    }

    static func overlaps(_ p: PredictedTimex, _ g: GoldTimex) -> Bool { p.start < g.end && g.start < p.end }
}
