/// `Mr Blinken said: "…"` / `He told reporters, "…"` / `Trump tweeted "…"`: a cue ending the
/// clause right before the opening mark, or ending the previous paragraph with a colon.
struct LeadingCueSieve: QuoteSieve {
    let name = "leading-cue"
    static let reach = 14

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let r = candidates[index].region, r.open > 0 else { return nil }
        let t = ctx.tokens
        var p = r.open - 1
        let colon = ctx.isPunct(p, 0x3A)
        if t[r.open].has(.paragraphStart) && !colon { return nil }
        if colon || ctx.isPunct(p, 0x2C) {
            p -= 1
        } else if !ctx.isCue(p) {
            return nil
        }
        guard p >= 0 else { return nil }
        let lo = max(ctx.sentence(of: p).lowerBound, p - LeadingCueSieve.reach)
        var c = p
        while c >= lo {
            if t[c].kind == .quote { return nil }
            if ctx.isCueOrAccording(c) {
                // The cue is near the quote, but its subject may open a long sentence
                // ("Rucker Culpepper, who runs …, said, “…”"): search back to the sentence start.
                let sentenceStart = ctx.sentence(of: c).lowerBound
                var from = c
                while from > sentenceStart && (t[from - 1].kind != .quote || ctx.isPossessiveMark(from - 1)) { from -= 1 }
                return ctx.attribution(cue: c, lowerLimit: from, upperLimit: p + 1, sieve: name)
            }
            c -= 1
        }
        // "Fiorina was far less bubbly: “…”": after a colon, a named subject of the clause speaks.
        guard colon, let subject = ctx.sentenceSubject(ctx.sentence(of: p), before: p + 1),
              ctx.isNameOrPronoun(subject) else { return nil }
        return Attribution(target: .phrase(subject), cue: nil, sieve: name)
    }
}
