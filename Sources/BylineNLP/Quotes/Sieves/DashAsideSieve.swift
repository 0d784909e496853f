/// `the former candidate Mitt Romney -- "It is disqualifying …" -- and Fred Goldberg`: a quote
/// set between dashes right after a person's name is that person's words. No cue word.
struct DashAsideSieve: QuoteSieve {
    let name = SieveName.dashAside

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let r = candidates[index].region, r.closed, r.open >= 2 else { return nil }
        let d = r.open - 1
        guard ctx.isDashAt(d), ctx.isDashAt(r.close + 1) || ctx.isSentenceEnd(r.close + 1),
            let speaker = ctx.name(at: d - 1), speaker.upperBound == d, !ctx.quoted[d - 1],
            ctx.names[Int(ctx.nameAt[d - 1])].type == .person
        else { return nil }
        return Attribution(target: .phrase(speaker), cue: nil, sieve: name)
    }
}
