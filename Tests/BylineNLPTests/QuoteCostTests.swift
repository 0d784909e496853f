import Testing

@testable import BylineNLP

/// Attribution's work grows in step with the text: twice the marks, at most twice the steps.
/// Steps are counted (every scan of every sieve, the pairing and the resolver), not timed.
@Suite struct QuoteCostTests {
    func steps(_ text: String) -> Int {
        let meter = WorkMeter()
        _ = QuoteAttributor.standard.attribute(Document(text), entities: [], meter: meter)
        return meter.steps
    }

    @Test(arguments: [
        "\" “ ” ' ‘ ’ '' ",  // every kind of mark, spaced
        "\"",  // straight marks glued together, as in a file of nothing else
        "a \"term\" ",  // fragments in one paragraph, each looking back for a speaker
        "“Yes. ",  // opening marks that never close
        "\"a,\" said ",  // cues with no speaker
    ])
    func marksInARowCostLinearWork(_ unit: String) {
        let n = 2000
        let once = steps(String(repeating: unit, count: n) + "said he")
        let twice = steps(String(repeating: unit, count: 2 * n) + "said he")
        #expect(once > 0)
        // Within a percent: the two ends of the text cost what they cost at any length.
        #expect(Double(twice) <= 2.01 * Double(once), "\(once) steps at \(n) marks, \(twice) at \(2 * n)")
    }

    /// Attributed quotes: pronouns and descriptions look back a bounded distance, so once the
    /// text is longer than that reach the work per quote stays the same.
    @Test func attributedQuotesCostLinearWork() {
        let unit = "Jean Lee spoke. \"We will win,\" the spokesman for the party said. \"Again,\" she said. "
        let n = 1000
        let once = steps(String(repeating: unit, count: n))
        let twice = steps(String(repeating: unit, count: 2 * n))
        #expect(once > 0)
        // The first stretch within reach of nothing costs less, hence the small margin.
        #expect(Double(twice) <= 2.05 * Double(once), "\(once) steps at \(n) quotes, \(twice) at \(2 * n)")
    }
}
