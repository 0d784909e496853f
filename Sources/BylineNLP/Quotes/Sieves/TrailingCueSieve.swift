/// `"…," Mr Blinken said` / `"…," said Mr Blinken` / `"…," Jean Lee, an analyst, said`: the cue
/// right after the closing mark, with its speaker between them or just after the cue.
struct TrailingCueSieve: QuoteSieve {
    let name = SieveName.trailingCue
    /// How far after the closing mark the cue may be.
    static let reach = 14

    func decide(_ index: Int, _ candidates: [QuoteCandidate], _ ctx: QuoteContext) -> Attribution? {
        guard let r = candidates[index].region, r.closed else { return nil }
        let t = ctx.tokens
        if let spaceless = TrailingCueSieve.spacelessSpeaker(after: r.close, ctx) {
            return Attribution(target: .phrase(spaceless.speaker), cue: spaceless.cue, sieve: name)
        }
        var a = r.close + 1
        guard a < t.count, !t[a].has(.paragraphStart) else { return nil }
        if ctx.doc.isPunct(a, ",") { a += 1 }
        guard a < t.count, !t[a].has(.paragraphStart) else { return nil }
        let paragraphEnd = ctx.doc.paragraphs[ctx.paragraphIndex(of: a)].upperBound
        // A name closed by a comma may carry a long apposition before its cue
        // ("“…,” Leonard E. Burman, director of … and a professor at …, said").
        let opensWithName = ctx.nameClosedByComma(at: a) != nil
        let end = min(paragraphEnd, a + (opensWithName ? QuoteContext.appositionReach : TrailingCueSieve.reach))
        // After a quote that ends its own sentence, a following clause is attribution only when short.
        let last = r.inner.upperBound - 1
        let endsSentence = ctx.isSentenceEnd(last) && ctx.scalar(last) == 0x2E
        let endsQuestion = ctx.isSentenceEnd(last)
        var c = a
        while c < end {
            ctx.step()
            if (t[c].kind == .quote && !ctx.isPossessiveMark(c)) || ctx.closesSentence(c) { return nil }
            if ctx.isCueOrAccording(c) { break }
            c += 1
        }
        guard c < end else { return nil }
        let sentenceEnd = ctx.sentence(of: c).upperBound
        guard
            let found = ctx.attribution(cue: c, lowerLimit: a, upperLimit: min(sentenceEnd, paragraphEnd), sieve: name),
            case .phrase(let sp) = found.target
        else { return nil }
        // Only a speaker phrase right after the quote, or a short description before the name, may come first.
        if sp.lowerBound > a && sp.upperBound <= c {
            // Never a new clause ("“…,” when Clinton blasted him"): the quote is not that cue's.
            guard sp.lowerBound - a <= 5,
                (a..<sp.lowerBound).allSatisfy({
                    t[$0].kind == .word && !QuoteWords.phraseBreakers.contains(t[$0].lowerHash)
                })
            else { return nil }
        }
        if sp.lowerBound > c && c != a && !ctx.isAccordingTo(c) { return nil }
        var after = max(sp.upperBound, c + 1)
        // "writes back", "chimed in": the cue's particle.
        if after < t.count && QuoteWords.cueParticles.contains(t[after].lowerHash) && !t[after].has(.capitalized) {
            after += 1
        }
        if endsSentence {
            // `"…." Ms Kay said.` and `"…." said Ms Kay, a teacher.`, but not `"…." Mr Zahed said: "…"`
            // or `"…." He said, twice, that …`, which open sentences of their own.
            let inverted =
                sp.lowerBound > c && ctx.doc.isPunct(after, ",")
                && !(after..<ctx.sentence(of: after).upperBound).contains {
                    t[$0].kind == .quote && !ctx.isPossessiveMark($0)
                }
            guard after >= t.count || t[after].has(.paragraphStart) || ctx.closesSentence(after) || inverted else {
                return nil
            }
        } else if endsQuestion, after < t.count, t[after].kind == .punct, after + 1 < t.count,
            t[after + 1].kind == .quote,
            ctx.doc.isPunct(after, ":") || ctx.doc.isPunct(after, ",")
        {
            // `“Why now?” Mills then writes back, “You look cute.”`: the cue introduces the next quote.
            return nil
        }
        return found
    }

    /// `“我们坚决反对，”外交部发言人说。`: in Chinese the speaker and the cue (说, 表示, 称, 指出)
    /// follow the closing mark with no space between words, each character a token: the
    /// speaker is the run of characters from the mark to the cue, which ends the clause.
    static func spacelessSpeaker(after close: Int, _ ctx: QuoteContext) -> (speaker: Range<Int>, cue: Range<Int>)? {
        let t = ctx.tokens
        let a = close + 1
        // A paragraph of its own after the quote speaks for itself ("…。”\n\n王毅说：“…”").
        guard a < t.count, !t[a].has(.paragraphStart), isSpaceless(a, ctx) else { return nil }
        // A pronoun (他还说, 他们表示) names nobody a reader could recognise.
        if spacelessPronouns.contains(ctx.scalar(a)) { return nil }
        var c = a
        var nameEnd: Int? = nil
        while c < t.count && c < a + spacelessReach && isSpaceless(c, ctx) {
            ctx.step()
            let length = cueLength(at: c, ctx)
            if length > 0 {
                let end = c + length
                let speakerEnd = nameEnd ?? c
                guard speakerEnd - a >= 2, end >= t.count || t[end].kind == .punct else { return nil }
                return (a..<speakerEnd, c..<end)
            }
            // 李明还说, 李明在会上说: the name ends at an adverb or preposition before the cue.
            if nameEnd == nil && c > a && spacelessFunctionWords.contains(ctx.scalar(c)) { nameEnd = c }
            c += 1
        }
        return nil
    }

    /// Personal pronouns, alone or with 们: 他 她 它 我 你 您.
    static let spacelessPronouns: Set<UInt32> = [0x4ED6, 0x5979, 0x5B83, 0x6211, 0x4F60, 0x60A8]

    /// Adverbs and prepositions that end a name before its cue: 还 也 又 则 在 对 向 于 曾 已 并 就 都 再 等.
    static let spacelessFunctionWords: Set<UInt32> = [
        0x8FD8, 0x4E5F, 0x53C8, 0x5219, 0x5728, 0x5BF9, 0x5411, 0x4E8E, 0x66FE, 0x5DF2, 0x5E76, 0x5C31, 0x90FD,
        0x518D, 0x7B49,
    ]

    /// Longest speaker, in characters, before a spaceless cue.
    static let spacelessReach = 16

    static func isSpaceless(_ k: Int, _ ctx: QuoteContext) -> Bool {
        ctx.tokens[k].kind == .word && ctx.tokens[k].length == 1 && ScalarClass.isSpacelessScript(ctx.scalar(k))
    }

    /// How many characters of a Chinese speech cue start at `k` (说, 称, 表示, 指出, 强调), or 0.
    static func cueLength(at k: Int, _ ctx: QuoteContext) -> Int {
        let v = ctx.scalar(k)
        if v == 0x8BF4 || v == 0x79F0 { return 1 }  // 说 称
        guard k + 1 < ctx.tokens.count, isSpaceless(k + 1, ctx) else { return 0 }
        let pair = (ctx.scalar(k), ctx.scalar(k + 1))
        // 表示, 指出, 强调
        return pair == (0x8868, 0x793A) || pair == (0x6307, 0x51FA) || pair == (0x5F3A, 0x8C03) ? 2 : 0
    }
}
