/// A cue anywhere else in the sentences the quote belongs to, nearest first:
/// `If "…", the spokesman said in comments carried by KCNA`, `the spokesman said the “new-type weapon” …`.
struct SentenceCueSieve: QuoteSieve {
    let name = SieveName.sentenceCue
    static let reach = 40

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        let q = candidates[index].tokens
        // Within the quote's sentences, and never further than `reach` tokens from the quote.
        // Neither past the quotes on either side: their cues are theirs.
        var before = max(ctx.sentence(of: q.lowerBound).lowerBound, q.lowerBound - SentenceCueSieve.reach)
        var after = min(ctx.sentence(of: q.upperBound - 1).upperBound, q.upperBound + SentenceCueSieve.reach)
        if index > 0 { before = max(before, candidates[index - 1].tokens.upperBound) }
        if index + 1 < candidates.count { after = min(after, candidates[index + 1].tokens.lowerBound) }
        var k = 1
        while q.lowerBound - k >= before || q.upperBound - 1 + k < after {
            ctx.step()
            if let found = attribution(at: q.upperBound - 1 + k, q, before, after, ctx)
                ?? attribution(at: q.lowerBound - k, q, before, after, ctx)
            {
                return found
            }
            k += 1
        }
        return nil
    }

    /// The attribution of a cue at `c`, when `c` lies in the window outside the quote and is one.
    func attribution(at c: Int, _ q: Range<Int>, _ before: Int, _ after: Int, _ ctx: QuoteContext) -> Attribution? {
        guard c >= before && c < after && !ctx.quoted[c] && ctx.isCueOrAccording(c) else { return nil }
        let lo = c < q.lowerBound ? before : q.upperBound
        let hi = c < q.lowerBound ? q.lowerBound : after
        return ctx.attribution(cue: c, lowerLimit: max(lo, lastQuoted(before: c, ctx) + 1), upperLimit: hi, sieve: name)
    }

    /// The last quoted token before `c`, so a speaker phrase never reaches into a quote.
    func lastQuoted(before c: Int, _ ctx: QuoteContext) -> Int {
        var j = c - 1
        while j >= 0 && j > c - 20 && !ctx.quoted[j] { j -= 1 }
        return j
    }
}
