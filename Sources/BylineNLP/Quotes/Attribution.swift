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
        if endsWith(c, "ing") {
            // "…, telling reporters: “…”": a participle's speaker is its clause's subject.
            guard let sp = participleSubject(cue: c) else { return nil }
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        if let sp = speakerBefore(cue: c, lowerLimit: lo) ?? speakerAfter(cue: c, upperLimit: hi) {
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        return nil
    }

    /// The subject of the clause a participle cue hangs on: a name or pronoun right before it
    /// ("Trump yelling"), the speaker of an earlier cue in the sentence ("Spicer said, adding"),
    /// or the sentence's first noun phrase ("Weaver didn't seem impressed, telling reporters").
    func participleSubject(cue c: Int) -> Range<Int>? {
        let s = sentence(of: c)
        let j = skipBetween(from: c - 1, lowerLimit: s.lowerBound)
        if j >= s.lowerBound, isWord(j), nameAt[j] >= 0 || QuoteWords.subjectPronouns.contains(tokens[j].lowerHash) {
            return phraseEnding(at: j, lowerLimit: s.lowerBound)
        }
        var k = c - 1
        while k >= s.lowerBound {
            if quoted[k] { break }
            if isCue(k) && !endsWith(k, "ing"), let sp = speakerBefore(cue: k, lowerLimit: s.lowerBound) ?? speakerAfter(cue: k, upperLimit: c) {
                return sp
            }
            k -= 1
        }
        return sentenceSubject(s, before: c)
    }

    /// The first noun phrase of sentence `s` (after an opening adverbial ending in a comma).
    func sentenceSubject(_ s: Range<Int>, before c: Int) -> Range<Int>? {
        var k = s.lowerBound
        if let comma = (k..<min(c, k + 8)).first(where: { isPunct($0, 0x2C) }),
           !tokens[k].has(.capitalized) || QuoteWords.functionWords.contains(tokens[k].lowerHash) || dateAt[k] {
            k = comma + 1
        }
        guard k < c, isWord(k), !quoted[k] else { return nil }
        if let n = name(at: k) { return n.lowerBound..<min(n.upperBound, c) }
        let h = tokens[k].lowerHash
        if QuoteWords.subjectPronouns.contains(h) { return k..<(k + 1) }
        var e = k + 1
        if tokens[k].has(.capitalized) && !QuoteWords.functionWords.contains(h) {
            while e < c && isCapitalizedNamePart(e) { e += 1 }
            return k..<e
        }
        guard QuoteWords.determiners.contains(h) else { return nil }
        while e < c && e < k + QuoteContext.phraseReach && isWord(e) && !QuoteWords.phraseBreakers.contains(tokens[e].lowerHash)
                && !QuoteWords.modifierPrepositions.contains(tokens[e].lowerHash) && !isCue(e) { e += 1 }
        return e > k + 1 ? k..<e : nil
    }

    /// A cue word at `i`: a speech verb, or the "according" of "according to".
    func isCueOrAccording(_ i: Int) -> Bool { isCue(i) || isAccordingTo(i) }
}
