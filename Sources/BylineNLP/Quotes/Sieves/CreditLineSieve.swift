/// `“We can build a wall around him.” ― Steve Quinlan`: a dash and a name closing the quote's
/// line credit it, the way collections of readers' or voters' comments are printed. No cue word.
struct CreditLineSieve: QuoteSieve {
    let name = SieveName.creditLine
    /// Most tokens after the name before the line ends ("― Ana Ruiz, 27, Phoenix.").
    static let tailReach = 10

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let r = candidates[index].region, r.closed else { return nil }
        let t = ctx.tokens
        var d = r.close + 1
        if d < t.count && ctx.isSentenceEnd(d) && !t[d].has(.lineStart) { d += 1 }
        guard d + 1 < t.count, !t[d].has(.lineStart), ctx.isDashAt(d) else { return nil }
        let lineEnd = ((d + 1)..<t.count).first { t[$0].has(.lineStart) } ?? t.count
        guard let speaker = ctx.speakerAfter(cue: d, upperLimit: lineEnd), speaker.lowerBound == d + 1,
            ctx.isNameLike(speaker),
            lineEnd - speaker.upperBound <= CreditLineSieve.tailReach
        else { return nil }
        // The rest of the line is a description of the speaker, not another quote or a sentence with a cue.
        for k in speaker.upperBound..<lineEnd where t[k].kind == .quote || ctx.isCueOrAccording(k) { return nil }
        return Attribution(target: .phrase(speaker), cue: nil, sieve: name)
    }
}
