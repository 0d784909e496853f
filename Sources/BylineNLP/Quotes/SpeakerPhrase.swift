/// Finds the phrase a cue points at: the speaker before it ("Mr Blinken said", "Jean Lee, an
/// analyst, said", "a spokesman for the campaign said") or after it ("said Mr Blinken",
/// "according to the statement"). Works on tokens only: named mentions when the recogniser
/// found them, otherwise runs of capitalised words, pronouns, and short noun phrases.
extension QuoteContext {
    /// Longest noun phrase, in words, taken as a speaker description.
    static let phraseReach = 7

    /// The speaker phrase ending just before cue `c`, not reaching before token `lo`. A cue in
    /// the passive ("Ann Ray was told", "39 are confirmed dead") has none: what comes before it
    /// is who heard or what was said.
    func speakerBefore(cue c: Int, lowerLimit lo: Int) -> Range<Int>? {
        guard !isPassiveCue(c, lowerLimit: lo) else { return nil }
        var j = skipBetween(from: c - 1, lowerLimit: lo)
        guard j >= lo else { return nil }
        if isDashAt(j), let head = openingName(at: lo, before: j) {
            // "John Dickey, the chief executive of Ora Media -- the company that … -- told me".
            return head
        }
        if doc.isPunct(j, ",") {
            // "Mr Daniloff, now 81 and retired in Cambridge, Mass., said": a name opening the clause
            // and closed by a comma is the subject, however long the apposition after it.
            if let head = openingName(at: lo, before: j) { return head }
            // "Jean Lee, an analyst with the Wilson Centre, said": the name before the apposition.
            var k = j - 1
            while k >= lo && k > j - 20 && !doc.isPunct(k, ",") && (tokens[k].kind != .quote || isPossessiveMark(k))
                && !closesSentence(k)
            { k -= 1 }
            guard k > lo, doc.isPunct(k, ",") else { return nil }
            // The segment between the commas may itself be the name ("the ambassador, Ms Linda Thomas-Greenfield, said").
            if let name = phraseEnding(at: j - 1, lowerLimit: k + 1), isNameLike(name),
                ((k + 1)..<name.lowerBound).allSatisfy({ tokens[$0].has(.capitalized) || isTitleJoiner($0) })
            {
                return name
            }
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": past a bracketed aside.
            j = skipBetween(from: k - 1, lowerLimit: lo)
        }
        return phraseEnding(at: j, lowerLimit: lo)
    }

    /// A participle cue after a form of "be", perhaps with adverbs between ("was told", "are
    /// reportedly confirmed"); never an "-ing" form ("was saying").
    func isPassiveCue(_ c: Int, lowerLimit lo: Int) -> Bool {
        guard c < tokens.count, !endsWith(c, "ing") else { return false }
        var j = c - 1
        while j >= lo && (isLyAdverb(j) || QuoteWords.passiveAdverbs.contains(tokens[j].lowerHash)) { j -= 1 }
        return j >= lo && tokens[j].kind == .word && QuoteWords.beForms.contains(tokens[j].lowerHash)
    }

    /// Longest stretch, in tokens, between a clause-opening name and the comma before its cue.
    static let appositionReach = 45

    /// A name (not a place or date) that opens the clause at `lo` and is closed by a comma, with
    /// only an apposition from there to `end`: no quotation and no sentence end.
    /// "“…,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
    func openingName(at lo: Int, before end: Int) -> Range<Int>? {
        guard end - lo <= QuoteContext.appositionReach, let (n, comma) = nameClosedByComma(at: lo), comma < end else {
            return nil
        }
        for k in comma..<end where closesSentence(k) || (tokens[k].kind == .quote && !isPossessiveMark(k)) {
            return nil
        }
        return n
    }

    /// A name at a clause start `lo`, and the comma that follows it (after an optional bracketed aside).
    func nameClosedByComma(at lo: Int) -> (Range<Int>, Int)? {
        guard lo >= 0, lo < tokens.count, isWord(lo), !dateAt[lo] else { return nil }
        guard lo == 0 || tokens[lo - 1].kind != .word || sentence(of: lo).lowerBound == lo else { return nil }
        let limit = min(tokens.count, lo + QuoteContext.appositionReach)
        guard let n = speakerAfter(cue: lo - 1, upperLimit: limit), n.lowerBound == lo, isNameLike(n),
            !QuoteWords.subjectPronouns.contains(tokens[lo].lowerHash)
        else { return nil }
        if let k = name(at: lo).map({ Int(nameAt[$0.lowerBound]) }), names[k].type == .place { return nil }
        var comma = n.upperBound
        if doc.isPunct(comma, "(") {
            while comma < limit && comma < n.upperBound + 8 && !doc.isPunct(comma, ")") { comma += 1 }
            comma += 1
        }
        guard comma < limit, doc.isPunct(comma, ",") else { return nil }
        return (n, comma)
    }

    /// A dash: ― — – or "--".
    func isDashAt(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return false }
        switch scalar(i) {
        case 0x2015, 0x2014, 0x2013: return true
        case 0x2D: return tokens[i].length == 2 || (tokens[i].has(.spaceBefore) && tokens[i].has(.spaceAfter))
        default: return false
        }
    }

    /// An apostrophe ending a plural possessive ("Sanders’ campaign manager"), not a quotation mark.
    func isPossessiveMark(_ k: Int) -> Bool {
        tokens[k].kind == .quote && k > 0 && !quoted[k] && !tokens[k].has(.spaceBefore) && tokens[k - 1].kind == .word
            && ScalarClass.isApostrophe(scalar(k)) && tokens[k].length == 1
    }

    /// The speaker phrase starting just after cue `c` ("said Mr Blinken", "said the spokesman").
    func speakerAfter(cue c: Int, upperLimit hi: Int) -> Range<Int>? {
        var j = c + 1
        while j < hi && (dateAt[j] || QuoteWords.betweenSpeakerAndCue.contains(tokens[j].lowerHash)) && nameAt[j] < 0 {
            j += 1
        }
        guard j < hi, isWord(j) || tokens[j].kind == .number else { return nil }
        if tokens[j].kind == .number
            || !tokens[j].has(.capitalized) && !QuoteWords.determiners.contains(tokens[j].lowerHash)
        {
            return describedName(from: j, upperLimit: hi)
        }
        if isCourtesyTitle(j) && j + 1 < hi, let n = name(at: j + 1) { return j..<min(n.upperBound, hi) }
        if let n = name(at: j) {
            // "according to Connecticut Senator Richard Blumenthal": a place describing the person after it.
            if names[Int(nameAt[j])].type == .place, let person = describedName(from: j, upperLimit: hi) {
                return person
            }
            return n.lowerBound..<min(n.upperBound, hi)
        }
        let h = tokens[j].lowerHash
        if QuoteWords.subjectPronouns.contains(h) && !tokens[j].has(.capitalized) || h == TokenHash.lower("he")
            || h == TokenHash.lower("she")
        {
            return j..<(j + 1)
        }
        if tokens[j].has(.capitalized) && !QuoteWords.determiners.contains(h) {
            var e = j
            while e < hi && e < j + 7 && (isCapitalizedNamePart(e) || isTitleJoiner(e)) { e += 1 }
            // "according to Syrian state media": capitals that only describe the nouns after them.
            var d = e
            while d < hi && d < j + QuoteContext.phraseReach && isWord(d) && !tokens[d].has(.capitalized)
                && !QuoteWords.functionWords.contains(tokens[d].lowerHash) && !isCue(d) && !isLyAdverb(d)
                && !QuoteWords.betweenSpeakerAndCue.contains(tokens[d].lowerHash)
            { d += 1 }
            if d > e && (d >= hi || !isWord(d)) { e = d }
            return e > j ? j..<e : nil
        }
        guard QuoteWords.determiners.contains(h) else { return nil }
        var e = j + 1
        while e < hi && e < j + QuoteContext.phraseReach && isWord(e)
            && !QuoteWords.phraseBreakers.contains(tokens[e].lowerHash)
            && !QuoteWords.modifierPrepositions.contains(tokens[e].lowerHash) && !isCue(e)
        {
            e += 1
        }
        return e > j + 1 ? j..<e : nil
    }

    /// How many describing words may come before a name after a cue ("said 9/11 widow Terry Strada").
    static let descriptorReach = 5

    /// The person named after a few describing words: "former Rep. George Miller", "longtime GOP
    /// strategist Ann Lee". Only the name is returned; nil when a clause or a preposition comes first.
    func describedName(from j: Int, upperLimit hi: Int) -> Range<Int>? {
        var e = j
        while e < hi && e < j + QuoteContext.descriptorReach {
            if let n = name(at: e) {
                let k = Int(nameAt[e])
                // "Connecticut Senator Richard Blumenthal": a place among the describing words.
                if names[k].type == .place && n.upperBound < hi {
                    e = n.upperBound
                    continue
                }
                guard names[k].type == .person, e > j else { return nil }
                return (isCourtesyTitle(e - 1) ? e - 1 : n.lowerBound)..<min(n.upperBound, hi)
            }
            let h = tokens[e].lowerHash
            guard isWord(e) || tokens[e].kind == .number, !QuoteWords.phraseBreakers.contains(h),
                !QuoteWords.modifierPrepositions.contains(h),
                !QuoteWords.subjectPronouns.contains(h), !QuoteWords.determiners.contains(h), !isCue(e)
            else { return nil }
            e += 1
        }
        return nil
    }

    /// Skips adverbs, auxiliaries and time expressions between a speaker and its cue, going backwards.
    func skipBetween(from start: Int, lowerLimit lo: Int) -> Int {
        var j = start
        while j >= lo {
            let t = tokens[j]
            let skippable =
                dateAt[j]
                || (t.kind == .word && !t.has(.capitalized)
                    && (QuoteWords.betweenSpeakerAndCue.contains(t.lowerHash) || isLyAdverb(j)))
                || (t.kind == .word && t.has(.capitalized) && QuoteContext.weekdays.contains(t.lowerHash))
            if skippable {
                j -= 1
                // "on Monday", "in January": the preposition of a skipped time expression.
                if j >= lo && (dateAt[j + 1] || QuoteContext.weekdays.contains(tokens[j + 1].lowerHash))
                    && QuoteContext.timePrepositions.contains(tokens[j].lowerHash) && nameAt[j] < 0
                {
                    j -= 1
                }
                continue
            }
            // "(Jan 13)" after a weekday, or a bracketed aside.
            if doc.isPunct(j, ")") {
                var k = j - 1
                while k >= lo && k > j - 8 && !doc.isPunct(k, "(") { k -= 1 }
                if k >= lo && doc.isPunct(k, "(") {
                    j = k - 1
                    continue
                }
            }
            break
        }
        return j
    }

    static let weekdays = QuoteWords.set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    ])
    static let timePrepositions = QuoteWords.set([
        "on", "in", "at", "last", "this", "earlier", "late", "early", "during",
    ])

    func isLyAdverb(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, t.length > 4, !t.has(.capitalized) else { return false }
        let s = doc.scalars
        return s[Int(t.end) - 2].value == 0x6C && s[Int(t.end) - 1].value == 0x79
    }

    func isSentenceEnd(_ j: Int) -> Bool {
        j >= 0 && j < tokens.count && tokens[j].kind == .punct
            && (scalar(j) == 0x2E || scalar(j) == 0x3F || scalar(j) == 0x21)
    }

    /// A full stop, question or exclamation mark that ends its sentence, unlike the stop of an
    /// abbreviation ("R-Ky.,"): only closing marks or brackets may follow it in the sentence.
    func closesSentence(_ j: Int) -> Bool {
        guard isSentenceEnd(j) else { return false }
        let end = sentence(of: j).upperBound
        return ((j + 1)..<max(j + 1, end)).allSatisfy { tokens[$0].kind == .quote || doc.isPunct($0, ")") }
    }

    /// The named mention covering token `j`, as a token range.
    func name(at j: Int) -> Range<Int>? {
        let k = nameAt[j]
        return k >= 0 ? nameTokens[Int(k)] : nil
    }

    /// Token `k` lies in a name that only owns what follows ("NBC’s Dante Chinni").
    func isPossessorName(at k: Int) -> Bool {
        guard let n = name(at: k), n.upperBound < tokens.count else { return false }
        let last = tokens[n.upperBound - 1]
        let glued =
            last.length >= 3 && (doc.scalars[Int(last.end) - 1].value | 0x20) == 0x73
            && ScalarClass.isApostrophe(doc.scalars[Int(last.end) - 2].value)
        return glued || isPossessive(n.upperBound) || isPossessiveMark(n.upperBound)
    }

    /// A named mention or a run of capitalised words (not a pronoun or a description).
    func isNameLike(_ r: Range<Int>) -> Bool {
        if nameAt[r.lowerBound] >= 0 { return true }
        return r.allSatisfy { isCapitalizedNamePart($0) || isTitleJoiner($0) }
            && !QuoteWords.determiners.contains(tokens[r.lowerBound].lowerHash)
    }

    /// A person or organisation the recogniser found, or a capitalised run of two words or more
    /// ("President Obama"), not shouting capitals: a single capitalised word opening a sentence
    /// ("Hours", "Asked") is too often not a name.
    func isConfidentName(_ r: Range<Int>) -> Bool {
        // "the Illinois Board of Elections": a determiner before a recognised name.
        if r.count > 1 && QuoteWords.determiners.contains(tokens[r.lowerBound].lowerHash)
            && nameAt[r.lowerBound + 1] >= 0
        {
            return isConfidentName((r.lowerBound + 1)..<r.upperBound)
        }
        if let k = name(at: r.lowerBound).map({ Int(nameAt[$0.lowerBound]) }) { return names[k].type != .place }
        if r.count == 1 && isWord(r.lowerBound) && tokens[r.lowerBound].has(.capitalized)
            && surnames.contains(tokens[r.lowerBound].lowerHash)
        {
            return true
        }
        return r.count >= 2 && !tokens[r.lowerBound].has(.allCaps) && isNameLike(r)
    }

    /// A confident name or a personal pronoun: a phrase worth taking as a speaker on weak evidence.
    func isNameOrPronoun(_ r: Range<Int>) -> Bool {
        isConfidentName(r) || (r.count == 1 && QuoteWords.subjectPronouns.contains(tokens[r.lowerBound].lowerHash))
    }

    /// Part of a capitalised name: a capitalised word, an initial, or a particle such as "de".
    func isCapitalizedNamePart(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word else { return false }
        if t.has(.capitalized) {
            return !QuoteWords.functionWords.contains(t.lowerHash) || t.has(.allCaps) && t.length > 2
        }
        return QuoteContext.nameParticles.contains(t.lowerHash) && j > 0 && tokens[j - 1].has(.capitalized)
            && j + 1 < tokens.count && tokens[j + 1].has(.capitalized)
    }

    /// A common-noun speaker phrase ending at `j`: led by a determiner ("the spokesman", "a
    /// White House official"), by a possessive ("Trump's campaign manager"), or by a capitalised
    /// modifier ("RNC spokesman Sean", "White House officials"); or a bare plural ("officials").
    /// Anything else before a cue is more likely the end of the writer's own clause.
    func descriptionEnding(at j: Int, lowerLimit lo: Int) -> Range<Int>? {
        guard !QuoteWords.phraseBreakers.contains(tokens[j].lowerHash),
            !QuoteWords.determiners.contains(tokens[j].lowerHash),
            !isCue(j), !endsWith(j, "ing")
        else { return nil }
        var start = j
        while start - 1 >= lo && start > j - QuoteContext.phraseReach {
            let p = start - 1
            let h = tokens[p].lowerHash
            if QuoteWords.determiners.contains(h) { return p..<(j + 1) }
            if tokens[p].kind == .word && isPossessive(p) {
                // "Trump's campaign manager": the possessor's name leads the phrase.
                if p - 1 >= lo, let owner = phraseEnding(at: p - 1, lowerLimit: lo, followModifier: false) {
                    return owner.lowerBound..<(j + 1)
                }
                return start..<(j + 1)
            }
            // An -ing word is a verb ("saying the spokesman") unless a determiner leads it ("the gambling tycoon").
            let modifier =
                !endsWith(p, "ing") || tokens[p].has(.capitalized)
                || (p - 1 >= lo && QuoteWords.determiners.contains(tokens[p - 1].lowerHash))
            guard isWord(p) || tokens[p].kind == .number, !QuoteWords.phraseBreakers.contains(h), !isCue(p),
                !QuoteWords.modifierPrepositions.contains(h), modifier
            else { break }
            start = p
        }
        if tokens[start].has(.capitalized) && start < j { return start..<(j + 1) }
        if start == j && endsWith(j, "s") && !endsWith(j, "ss") && tokens[j].length > 3 { return j..<(j + 1) }
        return nil
    }

    /// The name or description a "who" at `j` stands for: the phrase before its comma.
    func relativeAntecedent(of j: Int, lowerLimit lo: Int) -> Range<Int>? {
        guard j - 2 >= lo, doc.isPunct(j - 1, ","),
            let a = phraseEnding(at: j - 2, lowerLimit: lo, followModifier: false),
            isNameLike(a) || QuoteWords.determiners.contains(tokens[a.lowerBound].lowerHash)
        else { return nil }
        return a
    }

    static let who = TokenHash.lower("who")
    static let which = TokenHash.lower("which")

    /// Whether token `j` is the possessive "'s".
    func isPossessive(_ j: Int) -> Bool {
        let t = tokens[j]
        return t.length == 2 && ScalarClass.isApostrophe(scalar(j))
            && (doc.scalars[Int(t.start) + 1].value | 0x20) == 0x73
    }

    /// A noun written as a plural: ending in "s" but not "ss", "us" or "is" ("officials", not
    /// "witness", "the virus" or "the analysis").
    func isPlural(_ j: Int) -> Bool {
        endsWith(j, "s") && !endsWith(j, "ss") && !endsWith(j, "us") && !endsWith(j, "is")
    }

    /// Whether token `j` ends with the lowercase ASCII `suffix`.
    func endsWith(_ j: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[j]
        let n = suffix.utf8CodeUnitCount
        guard t.length > n else { return false }
        var k = Int(t.end) - n
        var ok = true
        suffix.withUTF8Buffer { buffer in
            for b in buffer {
                if (doc.scalars[k].value | 0x20) != UInt32(b) {
                    ok = false
                    return
                }
                k += 1
            }
        }
        return ok
    }

    /// "of" inside a title ("Secretary of State Antony Blinken"), between capitalised words.
    func isTitleJoiner(_ j: Int) -> Bool {
        tokens[j].lowerHash == QuoteContext.of && j > 0 && j + 1 < tokens.count && tokens[j - 1].has(.capitalized)
            && tokens[j + 1].has(.capitalized) && tokens[j - 1].kind == .word && tokens[j + 1].kind == .word
    }

    static let of = TokenHash.lower("of")

    /// "Mr", "Ms", "Mrs", "Dr" and the like, with or without the period.
    func isCourtesyTitle(_ j: Int) -> Bool {
        let h = tokens[j].lowerHash
        return tokens[j].has(.capitalized)
            && (QuoteWords.maleTitles.contains(h) || QuoteWords.femaleTitles.contains(h) || h == QuoteContext.dr
                || h == QuoteContext.drPeriod)
    }

    static let dr = TokenHash.lower("dr")
    static let drPeriod = TokenHash.lower("dr.")

    static let nameParticles = QuoteWords.set([
        "de", "van", "von", "bin", "al", "la", "le", "der", "da", "dos", "du", "del", "di", "ibn",
    ])

    /// The noun phrase ending at token `j`: a named mention, a pronoun, a capitalised run, or a
    /// determiner-led description, carried past a trailing modifier ("the spokesman for X").
    func phraseEnding(at j: Int, lowerLimit lo: Int, followModifier: Bool = true) -> Range<Int>? {
        guard j >= lo, isWord(j) || tokens[j].kind == .number else { return nil }
        var start: Int
        if let n = name(at: j) {
            start = max(n.lowerBound, lo)
            if names[Int(nameAt[j])].type != .person, let person = personBefore(origin: start, lowerLimit: lo) {
                return person
            }
            // "Mr Blinken": a courtesy title before the recognised name belongs to the mention.
            if start - 1 >= lo && isCourtesyTitle(start - 1) { start -= 1 }
        } else if QuoteWords.subjectPronouns.contains(tokens[j].lowerHash) {
            return j..<(j + 1)
        } else if tokens[j].lowerHash == QuoteContext.who || tokens[j].lowerHash == QuoteContext.which {
            // "Stevie Wonder, who joked": the relative pronoun is the mention; its antecedent the speaker.
            return relativeAntecedent(of: j, lowerLimit: lo) != nil ? j..<(j + 1) : nil
        } else if isCapitalizedNamePart(j) {
            start = j
            while start - 1 >= lo && start > j - 6 && isCapitalizedNamePart(start - 1) { start -= 1 }
            if QuoteWords.determiners.contains(tokens[start].lowerHash) { start += 1 }
            guard start <= j else { return nil }
            if let person = personBefore(origin: start, lowerLimit: lo) { return person }
        } else if isCountAfterOf(j), j - 2 >= lo,
            let parent = phraseEnding(at: j - 2, lowerLimit: lo, followModifier: false),
            QuoteWords.determiners.contains(tokens[parent.lowerBound].lowerHash)
        {
            // "the 34-year-old mother of three replied": the count closes the description.
            return parent.lowerBound..<(j + 1)
        } else {
            guard let description = descriptionEnding(at: j, lowerLimit: lo) else { return nil }
            start = description.lowerBound
        }
        // "Jean Lee with the Wilson Centre said": the modifier belongs to the phrase before it.
        var head = start
        while head - 1 >= lo && head > start - 4 && isCapitalizedNamePart(head - 1) { head -= 1 }
        if head - 1 >= lo && QuoteWords.determiners.contains(tokens[head - 1].lowerHash)
            && tokens[head].has(.capitalized)
        {
            head -= 1
        }
        // Only a determiner-led phrase is a modifier's object ("with the Wilson Centre"); a bare
        // capitalised run after "of" is part of a title ("Secretary of State Antony Blinken").
        let determined = QuoteWords.determiners.contains(tokens[head].lowerHash)
        if followModifier && determined && head - 2 >= lo
            && QuoteWords.modifierPrepositions.contains(tokens[head - 1].lowerHash) && !dateAt[head],
            let outer = phraseEnding(at: head - 2, lowerLimit: lo),
            !QuoteWords.subjectPronouns.contains(tokens[outer.lowerBound].lowerHash)
        {
            return outer
        }
        return start..<(j + 1)
    }

    /// "Doug Collins of Georgia said", "Peter Iseley of victim group Ending Clergy Abuse said": a
    /// place or body after "of" or "from" (and a few describing words) starting at `start` only
    /// says where the person named before it comes from; that person's mention, or nil.
    func personBefore(origin start: Int, lowerLimit lo: Int) -> Range<Int>? {
        var of = start - 1
        while of >= lo && of > start - 6 && isWord(of) && !QuoteWords.functionWords.contains(tokens[of].lowerHash)
            && !isCue(of) && nameAt[of] < 0
        { of -= 1 }
        guard of - 1 >= lo, QuoteContext.originPrepositions.contains(tokens[of].lowerHash), nameAt[of - 1] >= 0,
            names[Int(nameAt[of - 1])].type == .person
        else { return nil }
        return phraseEnding(at: of - 1, lowerLimit: lo, followModifier: false)
    }

    static let originPrepositions = QuoteWords.set(["of", "from"])

    /// A count right after "of" at `j` ("mother of three", "father of 2").
    func isCountAfterOf(_ j: Int) -> Bool {
        j >= 1 && tokens[j - 1].lowerHash == QuoteContext.of
            && (tokens[j].kind == .number || QuoteContext.counts.contains(tokens[j].lowerHash))
    }

    static let counts = QuoteWords.set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
}
