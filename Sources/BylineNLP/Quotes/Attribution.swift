/// A quote found in the text, before and after a sieve has decided who said it.
struct QuoteCandidate: Sendable {
    var kind: QuoteKind
    /// Token range of the quote (marks included for direct and partial quotes).
    var tokens: Range<Int>
    /// The quoted region, for direct and partial quotes.
    var region: QuotedRegion?
    var attribution: Attribution?
}

/// What a sieve decided: the phrase the cue points at, or "the same speaker as an earlier quote".
struct Attribution: Sendable {
    enum Target: Sendable {
        /// Tokens of the speaker phrase ("Mr Blinken", "she", "the spokesman").
        case phrase(Range<Int>)
        /// The speaker of the candidate at this index (continuation paragraphs).
        case sameAs(Int)
    }

    var target: Target
    var cue: Range<Int>?
    /// The deciding sieve's name, reported in `Quote.sieve`.
    var sieve: String
}

/// One attribution rule. Sieves run in order; the first to return an attribution decides.
protocol QuoteSieve: Sendable {
    var name: String { get }
    /// Who said candidate `index`, or nil when this rule does not apply.
    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution?
}

extension QuoteContext {
    /// The speaker of a cue at `c`: before it (not before `lo`), else after it (not from `hi`).
    /// "according to X" takes the phrase after "to".
    func attribution(cue c: Int, lowerLimit lo: Int, upperLimit hi: Int, sieve: String) -> Attribution? {
        if isAccordingTo(c) {
            guard let sp = speakerAfter(cue: c + 1, upperLimit: hi) else { return nil }
            return Attribution(target: .phrase(sp), cue: c..<(c + 2), sieve: sieve)
        }
        if let sp = speakerBefore(cue: c, lowerLimit: lo) ?? speakerAfter(cue: c, upperLimit: hi) {
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        return nil
    }

    /// A cue word at `i`: a speech verb, or the "according" of "according to".
    func isCueOrAccording(_ i: Int) -> Bool { isCue(i) || isAccordingTo(i) }
}
