/// Reported speech without quotation marks: "X said (that) CLAUSE", "CLAUSE, X said",
/// "CLAUSE, said X", "according to X, CLAUSE" and "CLAUSE, according to X". The reported
/// clause becomes the quote's span; the speaker goes through the same resolution as direct quotes.
struct IndirectSpeech {
    let name = SieveName.indirect
    /// Longest tail after a cue ("said on Wednesday in a statement.") for "CLAUSE, X said".
    static let tailReach = 9
    /// Fewest words a reported clause must have.
    static let minimumWords = 3
    /// Longest reported clause before its cue, in tokens.
    static let clauseReach = 80

    /// Candidates for every unquoted cue not already used by a direct quote (`usedCues[k]`).
    func find(_ ctx: QuoteContext, usedCues: [Bool]) -> [QuoteCandidate] {
        var out: [QuoteCandidate] = []
        for s in ctx.doc.sentences {
            var c = s.lowerBound
            while c < s.upperBound {
                ctx.step()
                if !ctx.quoted[c] && !usedCues[c] && ctx.isCueOrAccording(c),
                    let found = candidate(cue: c, sentence: s, ctx)
                {
                    out.append(found)
                    c = max(c + 1, found.tokens.upperBound)
                    continue
                }
                c += 1
            }
        }
        return out
    }

    func candidate(cue c: Int, sentence s: Range<Int>, _ ctx: QuoteContext) -> QuoteCandidate? {
        let end = clauseEnd(s, ctx)
        if ctx.isAccordingTo(c) { return accordingTo(c, s, end, ctx) }
        let t = ctx.tokens
        // The clause before the cue starts after the last quote mark (at most `clauseReach` back).
        var lo = max(s.lowerBound, c - IndirectSpeech.clauseReach)
        for k in stride(from: c - 1, through: lo, by: -1) {
            ctx.step()
            if ctx.quoted[k] && !ctx.partial[k] {
                lo = k + 1
                break
            }
        }
        // "CLAUSE, X said (on Wednesday)." and "CLAUSE, said X."
        if isShortTail(after: c, end: end, ctx) {
            if let sp = ctx.speakerBefore(cue: c, lowerLimit: lo),
                let comma = clauseComma(before: sp.lowerBound, lo, ctx)
            {
                return make(lo..<comma, speaker: sp, cue: c, ctx)
            }
            if ctx.doc.isPunct(c - 1, ","), let sp = ctx.speakerAfter(cue: c, upperLimit: end) {
                return make(lo..<(c - 1), speaker: sp, cue: c, ctx)
            }
            return nil
        }
        // "X said (on Thursday) (that) CLAUSE".
        guard let sp = ctx.speakerBefore(cue: c, lowerLimit: lo) else { return nil }
        if sp.lowerBound > 0 && QuoteWords.relativeOpeners.contains(t[sp.lowerBound - 1].lowerHash) { return nil }
        var k = c + 1
        while k < end
            && (ctx.dateAt[k] || QuoteWords.betweenSpeakerAndCue.contains(t[k].lowerHash)
                || QuoteContext.weekdays.contains(t[k].lowerHash)
                || (QuoteContext.timePrepositions.contains(t[k].lowerHash) && k + 1 < end
                    && (ctx.dateAt[k + 1] || QuoteContext.weekdays.contains(t[k + 1].lowerHash))))
        {
            k += 1
        }
        if k < end && ctx.doc.isPunct(k, "(") {
            while k < end && !ctx.doc.isPunct(k, ")") { k += 1 }
            k += 1
        }
        if QuoteWords.listenerVerbs.contains(t[c].lowerHash)
            || (k < end && QuoteWords.modifierPrepositions.contains(t[k].lowerHash))
        {
            // "told reporters that ...", "said in a statement that ...": the clause starts after "that".
            guard let that = (k..<min(end, k + 8)).first(where: { t[$0].lowerHash == IndirectSpeech.that }) else {
                return nil
            }
            k = that
        }
        let that = k < end && t[k].lowerHash == IndirectSpeech.that
        if that { k += 1 }
        guard k < end, t[k].kind == .word || t[k].kind == .number || (t[k].kind == .quote && !ctx.quoted[k]) else {
            return nil
        }
        guard !IndirectSpeech.badClauseOpeners.contains(t[k].lowerHash) else { return nil }
        // Without "that", what follows the verb may be its object, not a clause ("the virus
        // claimed 6606 lives", "University have maintained top spot"): it must have a verb.
        guard that || hasVerb(k..<end, ctx) else { return nil }
        return make(k..<end, speaker: sp, cue: c, ctx)
    }

    /// "according to X, CLAUSE" or "CLAUSE, according to X".
    func accordingTo(_ c: Int, _ s: Range<Int>, _ end: Int, _ ctx: QuoteContext) -> QuoteCandidate? {
        guard let sp = ctx.speakerAfter(cue: c + 1, upperLimit: end) else { return nil }
        if c > s.lowerBound && ctx.doc.isPunct(c - 1, ",") {
            return make(s.lowerBound..<(c - 1), speaker: sp, cue: c, cueLength: 2, ctx)
        }
        guard c == s.lowerBound else { return nil }
        var k = sp.upperBound
        while k < end && !ctx.doc.isPunct(k, ",") { k += 1 }
        guard k + 1 < end else { return nil }  // "according to X" with no clause after a comma
        return make((k + 1)..<end, speaker: sp, cue: c, cueLength: 2, ctx)
    }

    func make(_ clause: Range<Int>, speaker: Range<Int>, cue c: Int, cueLength: Int = 1, _ ctx: QuoteContext)
        -> QuoteCandidate?
    {
        guard !clause.isEmpty, clause.upperBound <= ctx.tokens.count else { return nil }
        var words = 0
        for k in clause where ctx.tokens[k].kind == .word { words += 1 }
        guard words >= IndirectSpeech.minimumWords else { return nil }
        // A clause that is one whole direct quote is that quote's, not reported speech.
        if ctx.quoted[clause.lowerBound] && ctx.quoted[clause.upperBound - 1]
            && ctx.tokens[clause.lowerBound].kind == .quote
        {
            return nil
        }
        let attribution = Attribution(target: .phrase(speaker), cue: c..<(c + cueLength), sieve: name)
        return QuoteCandidate(kind: .indirect, tokens: clause, region: nil, attribution: attribution)
    }

    /// The end of the sentence's clause: before its final punctuation and closing marks.
    func clauseEnd(_ s: Range<Int>, _ ctx: QuoteContext) -> Int {
        var e = s.upperBound
        while e > s.lowerBound && (ctx.isSentenceEnd(e - 1) || (ctx.tokens[e - 1].kind == .quote && !ctx.quoted[e - 1]))
        { e -= 1 }
        return e
    }

    /// Only adverbials ("on Wednesday", "in a statement") or a listener ("told CNN") follow the
    /// cue to the end of the clause, so the reported clause must be before it.
    func isShortTail(after c: Int, end: Int, _ ctx: QuoteContext) -> Bool {
        guard end - c - 1 <= IndirectSpeech.tailReach else { return false }
        let t = ctx.tokens
        for k in (c + 1)..<max(c + 1, end) {
            if t[k].lowerHash == IndirectSpeech.that || (ctx.quoted[k] && !ctx.partial[k]) || ctx.doc.isPunct(k, ":") {
                return false
            }
        }
        var k = c + 1
        while k < end
            && (ctx.dateAt[k] || QuoteContext.weekdays.contains(t[k].lowerHash)
                || QuoteWords.betweenSpeakerAndCue.contains(t[k].lowerHash))
        { k += 1 }
        if k >= end || ctx.doc.isPunct(k, ",") || ctx.doc.isPunct(k, "(") { return true }
        if IndirectSpeech.tailOpeners.contains(t[k].lowerHash) { return true }
        return QuoteWords.listenerVerbs.contains(t[c].lowerHash) && end - c - 1 <= 5
    }

    static let tailOpeners = QuoteWords.set([
        "in", "on", "at", "during", "after", "before", "to", "via", "through", "from", "for", "with", "of", "late",
        "early", "earlier", "last", "this", "when", "while", "as",
    ])

    /// The comma ending the reported clause before a speaker phrase, past an apposition
    /// ("..., the US ambassador to the UN, Ms Linda Thomas-Greenfield, said").
    func clauseComma(before start: Int, _ lo: Int, _ ctx: QuoteContext) -> Int? {
        guard start - 1 > lo, ctx.doc.isPunct(start - 1, ",") else { return nil }
        let comma = start - 1
        var k = comma - 1
        while k > lo && k > comma - 10 && !ctx.doc.isPunct(k, ",") { k -= 1 }
        if k > lo && ctx.doc.isPunct(k, ",") && QuoteWords.determiners.contains(ctx.tokens[k + 1].lowerHash) {
            return k
        }
        return comma
    }

    /// Whether a reported clause shows a verb: a pronoun subject opening it ("it planned", "they
    /// love"), an auxiliary or modal, a common irregular past, a lowercase word in "-ed" or
    /// "-ing" ("recalled receiving a toy"), or an infinitive ("urged the US to waive").
    func hasVerb(_ clause: Range<Int>, _ ctx: QuoteContext) -> Bool {
        let t = ctx.tokens
        if QuoteWords.subjectPronouns.contains(t[clause.lowerBound].lowerHash) { return true }
        for k in clause where t[k].kind == .word {
            let h = t[k].lowerHash
            if IndirectSpeech.finiteVerbs.contains(h) { return true }
            // "'s" is "is" or "has" only after a pronoun ("it's", "that's"); after a noun it is
            // the possessive ("the country's first case").
            if isApostropheS(k, ctx) {
                if k > clause.lowerBound && IndirectSpeech.contractingPronouns.contains(t[k - 1].lowerHash) {
                    return true
                }
                continue
            }
            guard !t[k].has(.capitalized) else { continue }
            if (ctx.endsWith(k, "ed") || ctx.endsWith(k, "ing")) && !isVerbLikeNoun(k, clause, ctx) { return true }
            if h == IndirectSpeech.to && k + 1 < clause.upperBound && t[k + 1].kind == .word
                && !t[k + 1].has(.capitalized) && !QuoteWords.determiners.contains(t[k + 1].lowerHash)
            {
                return true
            }
        }
        return false
    }

    /// The "'s" split off the word before it, with a straight or a curly apostrophe.
    func isApostropheS(_ k: Int, _ ctx: QuoteContext) -> Bool {
        let t = ctx.tokens[k]
        return t.length == 2 && ScalarClass.isApostrophe(ctx.scalar(k))
            && (ctx.doc.scalars[Int(t.start) + 1].value | 0x20) == 0x73
    }

    /// An "-ed" or "-ing" word that is a noun: one after an article or possessive ("a meeting",
    /// "their funding"), an "-ing" word with no vowel before its ending ("thing", "king"), or a common
    /// noun spelt so ("hundred", "morning").
    func isVerbLikeNoun(_ k: Int, _ clause: Range<Int>, _ ctx: QuoteContext) -> Bool {
        let t = ctx.tokens
        if IndirectSpeech.verbLikeNouns.contains(t[k].lowerHash) { return true }
        if k > clause.lowerBound && QuoteWords.determiners.contains(t[k - 1].lowerHash) { return true }
        guard ctx.endsWith(k, "ing") else { return false }
        return !(Int(t[k].start)..<(Int(t[k].end) - 3)).contains {
            IndirectSpeech.isVowel(ctx.doc.scalars[$0].value | 0x20)
        }
    }

    static func isVowel(_ v: UInt32) -> Bool {
        v == 0x61 || v == 0x65 || v == 0x69 || v == 0x6F || v == 0x75 || v == 0x79
    }

    /// Pronouns that "'s" contracts with ("it's", "there's", "who's").
    static let contractingPronouns = QuoteWords.set([
        "it", "he", "she", "that", "there", "here", "who", "what", "where", "this",
    ])

    /// Common nouns and numbers ending in "-ed" or "-ing".
    static let verbLikeNouns = QuoteWords.set([
        "hundred", "funding", "meeting", "building", "morning", "evening", "during", "wedding", "ceiling",
        "housing", "spending", "training", "feeling", "something", "nothing", "anything", "everything",
    ])

    static let to = TokenHash.lower("to")

    /// Auxiliaries, modals and the irregular pasts most common in reported clauses.
    static let finiteVerbs = QuoteWords.set([
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "should", "shall", "do", "does", "did", "n't", "began", "came",
        "went", "made", "took", "gave", "saw", "knew", "thought", "told", "said", "left", "felt", "became", "got",
        "found", "held", "kept", "ran", "won", "lost", "met", "paid", "sent", "spent", "stood", "brought", "built",
        "bought", "caught", "fell", "fought", "led", "meant", "sold", "wrote", "hit", "put", "set", "cut", "let",
        "needs", "wants", "plans", "remains", "faces", "seeks", "says", "believes", "knows", "thinks", "hopes",
        "expects", "intends", "continues", "lacks", "includes", "means", "shows", "goes", "comes", "gets", "takes",
    ])

    static let that = TokenHash.lower("that")
    static let badClauseOpeners = QuoteWords.set([
        "to", "by", "of", "for", "with", "about", "as", "and", "but", "so", "in", "on", "at", "from", "was", "is",
        "were", "are", "had", "has", "have", "would", "will", "could", "should", "be", "being", "been", "not", "n't",
        "goodbye", "hello", "yes", "no", "nothing", "something", "anything", "so", "thanks", "sorry", "more", "less",
        "guilty", "innocent",
    ])
}
