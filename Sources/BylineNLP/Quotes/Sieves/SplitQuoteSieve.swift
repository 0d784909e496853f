/// `"We are ready," he said, "to talk."`: the attribution between the two parts of a split quote.
struct SplitQuoteSieve: QuoteSieve {
    let name = SieveName.split

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let gap = candidates[index].region?.interruption else { return nil }
        for c in gap where ctx.isCueOrAccording(c) {
            return ctx.attribution(cue: c, lowerLimit: gap.lowerBound, upperLimit: gap.upperBound - 1, sieve: name)
        }
        return nil
    }
}
