/// `Mr Blinken said: "…"` / `He told reporters, "…"` / `Trump tweeted "…"`: a cue ending the
/// clause right before the opening mark, or ending the previous paragraph with a colon.
struct LeadingCueSieve: QuoteSieve {
    let name = SieveName.leadingCue
    static let reach = 14
    /// A colon ends a longer introduction ("the committee said about its platform …:").
    static let colonReach = 24

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let r = candidates[index].region, r.open > 0 else { return nil }
        let t = ctx.tokens
        var p = r.open - 1
        let colon = ctx.doc.isPunct(p, ":")
        if t[r.open].has(.paragraphStart) && !colon { return nil }
        if colon || ctx.doc.isPunct(p, ",") {
            p -= 1
        } else if !ctx.isCue(p) {
            return nil
        }
        guard p >= 0 else { return nil }
        if colon, let credited = LeadingCueSieve.nameBeforeColon(p, ctx) {
            return Attribution(target: .phrase(credited), cue: nil, sieve: name)
        }
        let lo = max(ctx.sentence(of: p).lowerBound, p - (colon ? LeadingCueSieve.colonReach : LeadingCueSieve.reach))
        var c = p
        while c >= lo {
            ctx.step()
            if t[c].kind == .quote { return nil }
            if ctx.isCueOrAccording(c) {
                // The cue is near the quote, but its subject may open a long sentence
                // ("Rucker Culpepper, who runs …, said, “…”"): search back to the sentence start.
                let sentenceStart = ctx.sentence(of: c).lowerBound
                var from = c
                while from > sentenceStart && (t[from - 1].kind != .quote || ctx.isPossessiveMark(from - 1)) {
                    ctx.step()
                    from -= 1
                }
                return ctx.attribution(cue: c, lowerLimit: from, upperLimit: p + 1, sieve: name)
            }
            c -= 1
        }
        // "Fiorina was far less bubbly: “…”": after a colon, a named subject of the clause speaks;
        // so after "Trump issued a statement, “…”", where a document noun ends the clause.
        guard colon || QuoteWords.documentNouns.contains(t[p].lowerHash),
            let subject = ctx.sentenceSubject(ctx.sentence(of: p), before: p + 1),
            ctx.isNameOrPronoun(subject)
        else { return nil }
        return Attribution(target: .phrase(subject), cue: nil, sieve: name)
    }

    /// `Kasich: ‘…’`, `… turnout in other states - Michael P. McDonald: “…”`, `A lesson from Ann
    /// Lee: ‘…’`: a name alone before the colon, opening its line or sentence, set off by a dash
    /// or after "from", credits the quote.
    static func nameBeforeColon(_ p: Int, _ ctx: QuoteContext) -> Range<Int>? {
        guard let n = ctx.phraseEnding(at: p, lowerLimit: max(0, p - 8), followModifier: false),
            ctx.isConfidentName(n) || ctx.nameAt[p] >= 0
        else { return nil }
        let b = n.lowerBound
        guard
            b == 0 || ctx.tokens[b].has(.lineStart) || ctx.sentence(of: b).lowerBound == b || ctx.isDashAt(b - 1)
                || ctx.tokens[b - 1].lowerHash == LeadingCueSieve.from
        else { return nil }
        return n
    }

    static let from = TokenHash.lower("from")
}
