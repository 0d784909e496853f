/// `Obama said after meeting Putin. He didn't suggest retaliation. "Our goal is …"`: a quote
/// opening a sentence with no cue of its own continues the speaker of the sentence before it,
/// in the same paragraph, whose cue names someone. A quote opening a paragraph does so only after
/// a paragraph ending in a bare attribution (`Sam Lau said in a statement.`), which reports
/// nothing of its own.
struct PrecedingSentenceSieve: QuoteSieve {
    let name = SieveName.precedingSentence
    /// Most tokens after the cue of a bare attribution ("said in a statement on Tuesday").
    static let bareTail = 7

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard candidates[index].kind == .direct, let r = candidates[index].region, r.open > 0 else { return nil }
        let t = ctx.tokens
        guard ctx.closesSentence(r.open - 1) else { return nil }
        let opensParagraph = t[r.open].has(.paragraphStart)
        let s = ctx.sentence(of: r.open - 1)
        var c = s.upperBound - 1
        while c >= s.lowerBound {
            ctx.step()
            if ctx.quoted[c] { return nil }
            if ctx.isCueOrAccording(c) && !ctx.isInRelativeClause(cue: c, lowerLimit: s.lowerBound) {
                if opensParagraph && !PrecedingSentenceSieve.isBare(cue: c, s, ctx) { return nil }
                // Only a person or a pronoun: a description there is too often the reported clause's subject.
                guard
                    let found = ctx.attribution(
                        cue: c, lowerLimit: s.lowerBound, upperLimit: s.upperBound, sieve: name),
                    case .phrase(let sp) = found.target, ctx.isNameOrPronoun(sp)
                else { return nil }
                return found
            }
            c -= 1
        }
        return nil
    }

    /// Only adverbials follow the cue to the sentence end: no reported clause, no listener.
    static func isBare(cue c: Int, _ s: Range<Int>, _ ctx: QuoteContext) -> Bool {
        var end = s.upperBound
        while end > c + 1 && (ctx.tokens[end - 1].kind == .punct || ctx.tokens[end - 1].kind == .quote) { end -= 1 }
        guard end - c - 1 <= bareTail, !QuoteWords.tellVerbs.contains(ctx.tokens[c].lowerHash) else { return false }
        let tail = (c + 1)..<end
        guard let first = tail.first else { return true }
        // "said in a statement", "said on Tuesday", "said Tuesday": a preposition or a date leads.
        return QuoteWords.modifierPrepositions.contains(ctx.tokens[first].lowerHash) || ctx.dateAt[first]
            || QuoteContext.weekdays.contains(ctx.tokens[first].lowerHash)
    }
}
