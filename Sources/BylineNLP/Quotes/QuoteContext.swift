/// What the sieves read about one document: its tokens, the quoted regions, which token
/// belongs to which named mention, and which tokens lie inside quotation marks. Built once per
/// document in linear time. A class: the sieves, rules and speaker resolution hand it on about
/// ninety times per article, and each copy of a struct retained and released its dozen arrays.
final class QuoteContext {
    let doc: Document
    let regions: [QuotedRegion]
    /// Person, organisation and place mentions (dates are only skipped over).
    let names: [EntityMention]
    /// Token ranges of `names`, index for index.
    let nameTokens: [Range<Int>]
    /// For each token, the index into `names` of the mention covering it, or -1.
    let nameAt: [Int32]
    /// For each token, whether a date mention covers it.
    let dateAt: [Bool]
    /// For each token, whether it lies inside a quoted region (the marks included).
    let quoted: [Bool]
    /// Last words of the people's names the recogniser found, so a lone "Trump" in a headline
    /// the recogniser missed is still known for a name.
    let surnames: Set<UInt64>
    /// For each token, whether it is a speech cue (see `computeCue`).
    let cues: [Bool]
    /// For each token, whether it lies inside a partial quote (a fragment of the writer's sentence).
    let partial: [Bool]
    /// Counts scan steps when a test asks (see `WorkMeter`).
    let meter: WorkMeter?

    init(
        _ doc: Document, entities: [EntityMention], regions: [QuotedRegion], kinds: [QuoteKind],
        meter: WorkMeter? = nil
    ) {
        self.doc = doc
        self.meter = meter
        self.regions = regions
        let n = doc.tokens.count
        var nameAt = [Int32](filledWith: -1, count: n)
        var dateAt = [Bool](filledWith: false, count: n)
        var names: [EntityMention] = []
        var nameTokens: [Range<Int>] = []
        var k = 0
        // The pipeline hands the mentions over sorted already, and only names are kept: sorting
        // and walking the list by value copied every mention, dates included.
        let isSorted = entities.indices.dropFirst().allSatisfy { entities[$0 - 1].start <= entities[$0].start }
        let mentions = isSorted ? entities : entities.sorted(by: { $0.start < $1.start })
        for e in mentions.indices {
            while k < n && Int(doc.tokens[k].end) <= mentions[e].start { k += 1 }
            var j = k
            while j < n && Int(doc.tokens[j].start) < mentions[e].end { j += 1 }
            guard j > k else { continue }
            if mentions[e].type == .date {
                for x in k..<j { dateAt[x] = true }
            } else if nameTokens.last.map({ $0.upperBound <= k }) ?? true {
                names.append(mentions[e])
                nameTokens.append(k..<j)
            }
        }
        (names, nameTokens) = NameRepair.repaired(doc, names: names, tokens: nameTokens, dateAt: dateAt)
        for (m, r) in nameTokens.enumerated() { for x in r { nameAt[x] = Int32(m) } }
        var quoted = [Bool](filledWith: false, count: n)
        var partial = [Bool](filledWith: false, count: n)
        for (r, kind) in zip(regions, kinds) {
            for x in r.open...min(r.close, n - 1) where !(r.interruption?.contains(x) ?? false) {
                quoted[x] = true
                partial[x] = kind == .partial
            }
        }
        self.partial = partial
        var cues = [Bool](filledWith: false, count: n)
        for i in 0..<n where doc.tokens[i].kind == .word { cues[i] = QuoteContext.computeCue(i, doc, nameAt) }
        self.cues = cues
        var surnames = Set<UInt64>()
        for (e, r) in zip(names, nameTokens) where e.type == .person && r.count >= 2 {
            surnames.insert(doc.tokens[r.upperBound - 1].lowerHash)
        }
        self.surnames = surnames
        self.names = names
        self.nameTokens = nameTokens
        self.nameAt = nameAt
        self.dateAt = dateAt
        self.quoted = quoted
    }

    var tokens: [Token] { doc.tokens }

    /// One step of a scan, for the work meter.
    func step() { meter?.add() }

    func scalar(_ i: Int) -> UInt32 { doc.scalars[Int(doc.tokens[i].start)].value }

    func isWord(_ i: Int) -> Bool { doc.tokens[i].kind == .word }

    /// A speech verb used as one (precomputed once per document in `cues`).
    func isCue(_ i: Int) -> Bool { cues[i] }

    /// A speech verb used as one: lowercase, or capitalised only at a sentence start ("Says Trump");
    /// a noun-like one ("notes") only after a name, a pronoun or a document ("the statement read").
    static func computeCue(_ i: Int, _ doc: Document, _ nameAt: [Int32]) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.length >= 3, nameAt[i] < 0 else { return false }
        if t.lowerHash == QuoteContext.put { return isPutIt(i, doc) }
        // "offered the “right answer”" hands over a thing; "offered, “…”" or "offered that …" is speech.
        if t.lowerHash == QuoteContext.offered && i + 1 < doc.tokens.count
            && QuoteWords.determiners.contains(doc.tokens[i + 1].lowerHash)
        {
            return false
        }
        let kinds = QuoteWords.cueKinds[t.lowerHash] ?? 0
        if kinds & QuoteWords.cuePhrasal != 0, let particle = QuoteWords.phrasalCues[t.lowerHash] {
            // "shot back", "went on", "chimed in": only with the particle, and not before "to" ("went on to win").
            let t2 = doc.tokens
            return !t.has(.capitalized) && i + 1 < t2.count && t2[i + 1].lowerHash == particle
                && !(i + 2 < t2.count && t2[i + 2].lowerHash == QuoteContext.to)
        }
        if kinds & QuoteWords.cueSpeechVerb == 0 {
            guard !t.has(.capitalized), i > 0, kinds & QuoteWords.cueNounLike != 0 else {
                return false
            }
            // "“…,” reads a Wednesday editorial": right after a quotation it can only be the verb.
            if doc.tokens[i - 1].kind == .quote
                || (i >= 2 && doc.tokens[i - 1].kind == .punct && doc.tokens[i - 2].kind == .quote)
            {
                return true
            }
            let p = doc.tokens[i - 1]
            return p.kind == .word
                && (nameAt[i - 1] >= 0 || (p.has(.capitalized) && !QuoteWords.functionWords.contains(p.lowerHash))
                    || QuoteWords.subjectPronouns.contains(p.lowerHash)
                    || QuoteWords.documentNouns.contains(p.lowerHash)
                    || p.lowerHash == QuoteContext.who || p.lowerHash == QuoteContext.which)
        }
        return t.has(.hasLower)
            && (!t.has(.capitalized) || i == 0 || t.has(.paragraphStart)
                || doc.sentences[doc.sentenceIndex(ofToken: i)].lowerBound == i)
    }

    /// The "put" of "as X put it" or "X put it: …", a way of quoting someone.
    static func isPutIt(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens
        guard i + 1 < t.count, t[i + 1].lowerHash == QuoteContext.it, !t[i].has(.capitalized) else { return false }
        if i + 2 < t.count && t[i + 2].kind == .punct { return true }
        var k = i - 1
        while k >= 0 && k > i - 12 && t[k].kind != .quote
            && !(t[k].kind == .punct && doc.scalars[Int(t[k].start)].value == 0x2E)
        {
            if t[k].lowerHash == QuoteContext.as { return true }
            k -= 1
        }
        return false
    }

    static let put = TokenHash.lower("put")
    static let offered = TokenHash.lower("offered")
    static let it = TokenHash.lower("it")
    static let `as` = TokenHash.lower("as")

    /// "according to" at `i` (its "to" at `i + 1`); false for any `i` outside the text, so
    /// callers may look back from the first tokens.
    func isAccordingTo(_ i: Int) -> Bool {
        i >= 0 && i + 1 < doc.tokens.count && doc.tokens[i].lowerHash == QuoteContext.according
            && doc.tokens[i + 1].lowerHash == QuoteContext.to
    }

    static let according = TokenHash.lower("according")
    static let to = TokenHash.lower("to")

    /// The token range of the sentence holding token `i`.
    func sentence(of i: Int) -> Range<Int> { doc.sentences[doc.sentenceIndex(ofToken: i)] }

    /// The paragraph index holding token `i`.
    func paragraphIndex(of i: Int) -> Int {
        var lo = 0
        var hi = doc.paragraphs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if doc.paragraphs[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
