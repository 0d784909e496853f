/// A cue anywhere else in the sentences the quote belongs to, nearest first:
/// `If "…", the spokesman said in comments carried by KCNA`, `the spokesman said the “new-type weapon” …`.
struct SentenceCueSieve: QuoteSieve {
    let name = "sentence-cue"

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        let q = candidates[index].tokens
        let before = ctx.sentence(of: q.lowerBound).lowerBound
        let after = ctx.sentence(of: q.upperBound - 1).upperBound
        var k = 1
        while q.lowerBound - k >= before || q.upperBound - 1 + k < after {
            for c in [q.upperBound - 1 + k, q.lowerBound - k] where c >= before && c < after && !ctx.quoted[c] && ctx.isCueOrAccording(c) {
                let lo = c < q.lowerBound ? before : q.upperBound
                let hi = c < q.lowerBound ? q.lowerBound : after
                if let found = ctx.attribution(cue: c, lowerLimit: max(lo, lastQuoted(before: c, ctx) + 1), upperLimit: hi, sieve: name) {
                    return found
                }
            }
            k += 1
        }
        return nil
    }

    /// The last quoted token before `c`, so a speaker phrase never reaches into a quote.
    func lastQuoted(before c: Int, _ ctx: QuoteContext) -> Int {
        var j = c - 1
        while j >= 0 && j > c - 20 && !ctx.quoted[j] { j -= 1 }
        return j
    }
}
