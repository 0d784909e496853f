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
    /// The deciding sieve, reported in `Quote.sieve`.
    var sieve: SieveName
}

/// One attribution rule. Sieves run in order; the first to return an attribution decides.
protocol QuoteSieve: Sendable {
    var name: SieveName { get }
    /// Who said candidate `index`, or nil when this rule does not apply.
    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution?
}

extension QuoteContext {
    /// The speaker of a cue at `c`: before it (not before `lo`), else after it (not from `hi`).
    /// "according to X" takes the phrase after "to".
    func attribution(cue c: Int, lowerLimit lo: Int, upperLimit hi: Int, sieve: SieveName) -> Attribution? {
        if isAccordingTo(c) {
            guard let sp = speakerAfter(cue: c + 1, upperLimit: hi) else { return nil }
            return Attribution(target: .phrase(sp), cue: c..<(c + 2), sieve: sieve)
        }
        if endsWith(c, "ing") {
            // "…, telling reporters: “…”": a participle's speaker is its clause's subject.
            guard
                let sp = verbPhraseSubject(cue: c, lowerLimit: sentence(of: c).lowerBound) ?? participleSubject(cue: c)
            else { return nil }
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        // "he was told by Emergencies Minister Yevgeny Zinichev of “…”": a passive cue's agent.
        if isPassiveCue(c, lowerLimit: lo) {
            guard c + 1 < hi, tokens[c + 1].lowerHash == QuoteContext.by,
                let sp = speakerAfter(cue: c + 1, upperLimit: hi)
            else { return nil }
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        // What follows "told" is the listener ("told The Huffington Post"), never the speaker.
        let inverts = !QuoteWords.tellVerbs.contains(tokens[c].lowerHash)
        if let sp = speakerBefore(cue: c, lowerLimit: lo) ?? (inverts ? speakerAfter(cue: c, upperLimit: hi) : nil)
            ?? coordinatedSubject(cue: c, lowerLimit: lo) ?? verbPhraseSubject(cue: c, lowerLimit: lo)
        {
            return Attribution(target: .phrase(sp), cue: c..<(c + 1), sieve: sieve)
        }
        return nil
    }

    /// "She went on to say:", "he began by saying", "Braynard is quoted as saying": the subject
    /// of the verbs that lead up to an infinitive or participle cue, a few words back in one clause.
    func verbPhraseSubject(cue c: Int, lowerLimit lo: Int) -> Range<Int>? {
        guard c - 1 >= lo, QuoteWords.verbPhraseLinks.contains(tokens[c - 1].lowerHash) else { return nil }
        var j = c - 2
        while j >= lo && j > c - QuoteContext.verbPhraseReach {
            let h = tokens[j].lowerHash
            if nameAt[j] >= 0 { return name(at: j) }
            if QuoteWords.subjectPronouns.contains(h) && !QuoteWords.neuterPronouns.contains(h) { return j..<(j + 1) }
            if isCapitalizedNamePart(j) {
                guard let n = phraseEnding(at: j, lowerLimit: lo, followModifier: false), isNameLike(n) else {
                    return nil
                }
                return n
            }
            guard isWord(j), !tokens[j].has(.capitalized), !QuoteWords.relativeOpeners.contains(h), !quoted[j] else {
                return nil
            }
            j -= 1
        }
        return nil
    }

    static let by = TokenHash.lower("by")

    /// How far back, in tokens, `verbPhraseSubject` looks.
    static let verbPhraseReach = 8

    /// "She then urges her husband out of the car and repeatedly says, “…”": a cue verb
    /// coordinated with an earlier one shares the sentence's subject.
    func coordinatedSubject(cue c: Int, lowerLimit lo: Int) -> Range<Int>? {
        let j = skipBetween(from: c - 1, lowerLimit: lo)
        guard j >= lo, QuoteWords.coordinators.contains(tokens[j].lowerHash) else { return nil }
        let s = sentence(of: c)
        guard s.lowerBound >= lo, let subject = sentenceSubject(s, before: j) else { return nil }
        return isNameLike(subject) || QuoteWords.subjectPronouns.contains(tokens[subject.lowerBound].lowerHash)
            ? subject : nil
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
            step()
            if quoted[k] { break }
            // A cue in a relative clause ("an architect who said he was stiffed") is not the main clause's.
            if isCue(k) && !endsWith(k, "ing") && !isInRelativeClause(cue: k, lowerLimit: s.lowerBound),
                let sp = speakerBefore(cue: k, lowerLimit: s.lowerBound) ?? speakerAfter(cue: k, upperLimit: c)
            {
                return sp
            }
            k -= 1
        }
        return sentenceSubject(s, before: c)
    }

    /// "who said", "which he said": a relative word right before the cue or its subject.
    func isInRelativeClause(cue k: Int, lowerLimit lo: Int) -> Bool {
        let j = skipBetween(from: k - 1, lowerLimit: lo)
        guard j >= lo else { return false }
        if QuoteWords.relativeOpeners.contains(tokens[j].lowerHash) { return true }
        return j - 1 >= lo && QuoteWords.subjectPronouns.contains(tokens[j].lowerHash)
            && QuoteWords.relativeOpeners.contains(tokens[j - 1].lowerHash)
    }

    /// The first noun phrase of sentence `s` (after an opening adverbial ending in a comma).
    func sentenceSubject(_ s: Range<Int>, before c: Int) -> Range<Int>? {
        var k = s.lowerBound
        // "“…,” Braynard is quoted as saying": the subject follows a quotation opening the sentence.
        if quoted[k] {
            while k < c && quoted[k] { k += 1 }
            if doc.isPunct(k, ",") { k += 1 }
        }
        // "And Mr. Christie gloated:": a conjunction opening the sentence.
        if k < c && QuoteWords.sentenceConjunctions.contains(tokens[k].lowerHash) { k += 1 }
        guard k < c else { return nil }
        // "On Thursday, after remaining neutral throughout, Warren appeared …": one opener after another.
        var openers = 0
        while openers < 3, k < c, let comma = openingAdverbialComma(at: k, before: c) {
            k = comma + 1
            openers += 1
            // "On July 6, 2015, Sanders made …": the rest of a date split by its comma.
            while k < c && (dateAt[k] || tokens[k].kind == .number) && doc.isPunct(k + 1, ",") { k += 2 }
        }
        guard k < c, isWord(k), !quoted[k] else { return nil }
        if let n = name(at: k) { return n.lowerBound..<min(n.upperBound, c) }
        // "Republican presidential nominee Donald Trump issued …": describing words before a name.
        if let n = describedName(from: k, upperLimit: c) { return n }
        let h = tokens[k].lowerHash
        if QuoteWords.subjectPronouns.contains(h) { return k..<(k + 1) }
        var e = k + 1
        if tokens[k].has(.capitalized) && !QuoteWords.functionWords.contains(h) {
            while e < c && isCapitalizedNamePart(e) { e += 1 }
            return k..<e
        }
        guard QuoteWords.determiners.contains(h) else { return nil }
        // "the Illinois Board of Elections": a determiner before a recognised name.
        if k + 1 < c, let n = name(at: k + 1), n.lowerBound == k + 1 { return k..<min(n.upperBound, c) }
        while e < c && e < k + QuoteContext.phraseReach && isWord(e)
            && !QuoteWords.phraseBreakers.contains(tokens[e].lowerHash)
            && !QuoteWords.modifierPrepositions.contains(tokens[e].lowerHash) && !isCue(e)
        { e += 1 }
        return e > k + 1 ? k..<e : nil
    }

    /// The comma closing an adverbial or participial phrase that opens a clause at `k`: a short
    /// one naming nobody ("Hours later,", "This week,"), or a longer one that a preposition, a
    /// subordinator or a participle leads ("During a speech earlier in the day,", "Asked whether
    /// …,"). Never after a subject: a pronoun or a person's or organisation's name.
    func openingAdverbialComma(at k: Int, before c: Int) -> Int? {
        let first = tokens[k].lowerHash
        guard isWord(k), !QuoteWords.subjectPronouns.contains(first) else { return nil }
        if let n = name(at: k), names[Int(nameAt[n.lowerBound])].type != .place { return nil }
        let participle = tokens[k].has(.capitalized) && (endsWith(k, "ing") || endsWith(k, "ed"))
        let leads = participle || (QuoteWords.functionWords.contains(first) && !QuoteWords.determiners.contains(first))
        let reach = leads ? QuoteContext.adverbialReach : 8
        guard let comma = (k..<min(c, k + reach)).first(where: { doc.isPunct($0, ",") }) else { return nil }
        if leads || dateAt[k] || !tokens[k].has(.capitalized) || QuoteWords.functionWords.contains(first) {
            return comma
        }
        // A capitalised word leads a short phrase: an adverbial only when it names no one ("Hours later,").
        for j in k..<comma where nameAt[j] >= 0 && names[Int(nameAt[j])].type != .place { return nil }
        if comma == k + 1 && nameAt[k] < 0 {
            // One word: "Later," or "Separately," but "Trump," is a subject the recogniser missed.
            return endsWith(k, "ly") || QuoteWords.betweenSpeakerAndCue.contains(first)
                || QuoteContext.weekdays.contains(first) ? comma : nil
        }
        return (k..<comma).contains { isCapitalizedNamePart($0) && $0 > k } ? nil : comma
    }

    /// Longest opening adverbial, in tokens, that a preposition or subordinator leads.
    static let adverbialReach = 24

    /// A cue word at `i`: a speech verb, or the "according" of "according to".
    func isCueOrAccording(_ i: Int) -> Bool { isCue(i) || isAccordingTo(i) }
}
