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
    /// text is longer than that reach, each further stretch of quotes costs the same: the work
    /// added by the third n quotes is no more than that added by the second.
    @Test func attributedQuotesCostLinearWork() {
        let unit = "Jean Lee spoke. \"We will win,\" the spokesman for the party said. \"Again,\" she said. "
        let n = 500
        let one = steps(String(repeating: unit, count: n))
        let two = steps(String(repeating: unit, count: 2 * n))
        let three = steps(String(repeating: unit, count: 3 * n))
        #expect(one > 0)
        #expect(Double(three - two) <= 1.01 * Double(two - one), "\(one), \(two), \(three) steps at n, 2n, 3n quotes")
        #expect(Double(two) <= 2.5 * Double(one))
    }
}
