/// `Obama said after meeting Putin. He didn't suggest retaliation. "Our goal is …"`: a quote
/// opening a sentence with no cue of its own continues the speaker of the sentence before it,
/// in the same paragraph, whose cue names someone.
struct PrecedingSentenceSieve: QuoteSieve {
    let name = "preceding-sentence"

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard candidates[index].kind == .direct, let r = candidates[index].region, r.open > 0 else { return nil }
        let t = ctx.tokens
        guard !t[r.open].has(.paragraphStart), ctx.closesSentence(r.open - 1) else { return nil }
        let s = ctx.sentence(of: r.open - 1)
        var c = s.upperBound - 1
        while c >= s.lowerBound {
            if ctx.quoted[c] { return nil }
            if ctx.isCueOrAccording(c) && !ctx.isInRelativeClause(cue: c, lowerLimit: s.lowerBound) {
                // Only a person or a pronoun: a description there is too often the reported clause's subject.
                guard let found = ctx.attribution(cue: c, lowerLimit: s.lowerBound, upperLimit: s.upperBound, sieve: name),
                      case .phrase(let sp) = found.target, ctx.isNameOrPronoun(sp) else { return nil }
                return found
            }
            c -= 1
        }
        return nil
    }
}
