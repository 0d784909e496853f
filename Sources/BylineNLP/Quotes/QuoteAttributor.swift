/// Finds direct, partial and indirect quotes and attributes each to a speaker by name.
///
/// Quoted regions are paired in one pass over the quote tokens; each is classed direct or
/// partial by where it sits, then the sieves run in order and the first that finds a cue and a
/// speaker phrase decides (its name goes into `Quote.sieve`); a fragment nobody says is a term,
/// not a quote, and is left out. Unquoted speech cues not used by a
/// direct quote give indirect quotes. Last, every speaker phrase is resolved to a name in text
/// order, so pronouns and descriptions can lean on what came before.
public struct QuoteAttributor: Sendable {
    public static let standard = QuoteAttributor()

    let sieves: [any QuoteSieve] = [
        SplitQuoteSieve(), TrailingCueSieve(), CreditLineSieve(), LeadingCueSieve(), DashAsideSieve(),
        SentenceCueSieve(),
        ContinuationSieve(), PrecedingSentenceSieve(),
    ]
    let reported = IndirectSpeech()

    public init() {}

    /// The sieves in the order they run, then the indirect-speech rule.
    public var sieveNames: [SieveName] { sieves.map(\.name) + [reported.name] }

    /// Quotes sorted by start.
    public func attribute(_ doc: Document, entities: [EntityMention]) -> [Quote] {
        attribute(doc, entities: entities, meter: nil)
    }

    /// Quotes sorted by start, counting the steps of every scan into `meter`.
    func attribute(_ doc: Document, entities: [EntityMention], meter: WorkMeter?) -> [Quote] {
        guard !doc.tokens.isEmpty else { return [] }
        let regions = QuoteMarks.find(doc, meter: meter)
        let kinds = regions.map { QuoteKindRule.kind(of: $0, in: doc) }
        let ctx = QuoteContext(doc, entities: entities, regions: regions, kinds: kinds, meter: meter)
        var quoted = zip(regions, kinds).map { r, kind in
            QuoteCandidate(kind: kind, tokens: r.open..<(r.close + 1), region: r, attribution: nil)
        }
        for i in quoted.indices {
            for sieve in sieves {
                if let found = sieve.decide(i, quoted, ctx) {
                    quoted[i].attribution = found
                    break
                }
            }
        }
        // Speech is said by someone: a short or title-like quote no sieve could attribute is a
        // scare quote, a slogan or a title ("Related:", ‘Who cares?’, “Tales From the Crypt”).
        for i in quoted.indices where quoted[i].kind == .direct && quoted[i].attribution == nil {
            if let r = quoted[i].region, QuoteKindRule.isUnattributedFragment(r, in: doc) { quoted[i].kind = .partial }
        }
        // Per token, as the indirect-speech scan asks of every token: a set hashed each one.
        var usedCues = [Bool](filledWith: false, count: doc.tokens.count)
        for q in quoted where q.kind == .direct {
            if let cue = q.attribution?.cue { for k in cue { usedCues[k] = true } }
        }
        let indirect = reported.find(ctx, usedCues: usedCues)
        // A fragment in quotation marks with neither cue nor speaker (`a contract known as a "call
        // option"`, `he offered the "right answer"`) is a term the writer marks, not anyone's words.
        return resolve(quoted, indirect, ctx).filter { $0.kind != .partial || $0.speaker != nil || $0.cue != nil }
    }

    /// Resolves every speaker phrase in text order and builds the quotes.
    func resolve(_ quoted: [QuoteCandidate], _ indirect: [QuoteCandidate], _ ctx: QuoteContext) -> [Quote] {
        var phrases: [Range<Int>] = []
        for q in quoted + indirect {
            if case .phrase(let r)? = q.attribution?.target { phrases.append(r) }
        }
        // Setting up resolution reads every name of the text: an article with no speaker phrase
        // to resolve does without it.
        var resolver = phrases.isEmpty ? nil : SpeakerResolver(ctx, phrases: phrases)
        // Both lists are in text order; walk them merged by where each speaker is resolved.
        var speakers = [Speaker?](filledWith: nil, count: quoted.count)
        var out: [Quote] = []
        out.reserveCapacity(quoted.count + indirect.count)
        var i = 0
        var j = 0
        while i < quoted.count || j < indirect.count {
            let takeQuoted =
                j >= indirect.count
                || (i < quoted.count && quoted[i].tokens.lowerBound <= indirect[j].tokens.lowerBound)
            let q = takeQuoted ? quoted[i] : indirect[j]
            var speaker: Speaker? = nil
            switch q.attribution?.target {
            case .phrase(let r)?:
                speaker = resolver?.resolve(r, cue: q.attribution?.cue?.lowerBound, content: q.tokens)
            case .sameAs(let p)?: speaker = p < speakers.count ? speakers[p] : nil
            case nil: break
            }
            if takeQuoted {
                speakers[i] = speaker
                i += 1
            } else {
                j += 1
            }
            out.append(
                Quote(
                    kind: q.kind, span: ctx.doc.span(tokens: q.tokens), speaker: speaker,
                    cue: q.attribution?.cue.map { ctx.doc.span(tokens: $0) }, sieve: q.attribution?.sieve))
        }
        out.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        return out
    }
}
