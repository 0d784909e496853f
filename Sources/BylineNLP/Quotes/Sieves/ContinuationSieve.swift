/// A quote with no cue of its own, right after a quote by X in the same paragraph or at the
/// start of the next one, is X's (`"A," he said. "B."`, and the next paragraph's quote).
struct ContinuationSieve: QuoteSieve {
    let name = SieveName.continuation
    /// Most fragments looked past for the quote before; beyond them the thread is lost, and the
    /// look-back stays bounded however many marks a text holds.
    static let fragmentReach = 6

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard index > 0, let r = candidates[index].region else { return nil }
        var p = index - 1
        // Fragments in between ("he said on “Meet the Press.”") do not interrupt the speaker, but a
        // fragment with a cue after it (`because “most people don’t know,” she said.`) names one.
        let stop = index - 1 - ContinuationSieve.fragmentReach
        while p >= 0 && p > stop && candidates[p].kind != .direct && !ContinuationSieve.hasTrailingCue(candidates[p]) {
            ctx.step()
            p -= 1
        }
        guard p >= 0, p > stop, candidates[p].attribution != nil, let prev = candidates[p].region else { return nil }
        let pp = ctx.paragraphIndex(of: prev.close)
        let qp = ctx.paragraphIndex(of: r.open)
        let adjacent = pp == qp || (pp + 1 == qp && ctx.tokens[r.open].has(.paragraphStart))
        guard adjacent, prev.close < r.open else { return nil }
        // Another cue between the two quotes means someone else may be talking; but the rest of the
        // previous quote's own attribution sentence keeps its speaker (`said X, who recalled …`,
        // `X said, adding that …`).
        var from = prev.close + 1
        if let cue = candidates[p].attribution?.cue, cue.lowerBound > prev.close {
            from = max(from, min(ctx.sentence(of: cue.lowerBound).upperBound, r.open))
        }
        guard from <= r.open else { return nil }
        for k in from..<r.open {
            ctx.step()
            if !ctx.quoted[k] && ctx.isCueOrAccording(k) { return nil }
        }
        return Attribution(target: .sameAs(p), cue: nil, sieve: name)
    }

    /// A quote whose attribution's cue comes after its closing mark.
    static func hasTrailingCue(_ q: QuoteCandidate) -> Bool {
        guard let cue = q.attribution?.cue, let r = q.region else { return false }
        return cue.lowerBound > r.close
    }
}
