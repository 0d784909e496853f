/// The tense of the clause around a date expression, from the nearest tense marker: news text
/// resolves "on Friday" to the past Friday in "said on Friday" and to the coming one in "will
/// meet on Friday".
enum Tense: Sendable {
    case past, future, unknown

    /// The nearest future marker ("will", "next", "expected"), irregular past verb ("said") or
    /// "-ed" verb in the sentence, looking one token back, then one ahead, then two back, and so
    /// on: the verb a date modifies is usually right next to it ("said Friday", "on Friday issued").
    /// A quotation mark ends the search on its side: the quoted words and the reporting clause
    /// around them ("will leave Thursday,'' Castro said") have tenses of their own.
    static func around(_ range: Range<Int>, in doc: Document) -> Tense {
        guard !doc.sentences.isEmpty, range.lowerBound < doc.tokens.count else { return .unknown }
        let sentence = doc.sentences[doc.sentenceIndex(ofToken: range.lowerBound)]
        var inBack = true
        var inAhead = true
        for d in 1...15 {
            let back = range.lowerBound - d
            let ahead = range.upperBound + d - 1
            inBack = inBack && back >= sentence.lowerBound && doc.tokens[back].kind != .quote
            inAhead = inAhead && ahead < sentence.upperBound && d <= 10 && doc.tokens[ahead].kind != .quote
            if !inBack && !inAhead { break }
            if inBack, let t = marker(back, doc, before: true) { return t }
            if inAhead, let t = marker(ahead, doc, before: false) { return t }
        }
        return .unknown
    }

    /// The tense token `k` marks, if any; `before` says whether it comes before the date.
    static func marker(_ k: Int, _ doc: Document, before: Bool) -> Tense? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        // "next to the embassy" is a place, "due to the storm" a cause: neither is a time
        if k + 1 < doc.tokens.count, doc.tokens[k + 1].lowerHash == DateLexicon.to, isPrepositionalTo(k, doc) {
            return nil
        }
        if DateLexicon.futureMarkers.contains(t.lowerHash) { return .future }
        // a deadline at a clock time lies ahead ("has until 9 a.m. Tuesday to sign")
        if before, t.lowerHash == DateLexicon.until, k + 1 < doc.tokens.count,
            doc.tokens[k + 1].has(.hasDigit) || doc.tokens[k + 1].kind == .number
        {
            return .future
        }
        // "as early as Tuesday" looks ahead
        if t.lowerHash == DateLexicon.early, k > 0, doc.tokens[k - 1].lowerHash == DateLexicon.as { return .future }
        // a participle after "be" ("will be paid", "is heard", "will be reviewed") leaves the
        // tense to the auxiliaries
        let passive = k > 0 && DateLexicon.passiveAuxiliaries.contains(doc.tokens[k - 1].lowerHash)
        // ... except an arrangement in the present passive, which lies ahead ("the hearing is set
        // for Tuesday", "talks are planned for Friday")
        if passive, before, DateLexicon.presentAuxiliaries.contains(doc.tokens[k - 1].lowerHash),
            DateLexicon.arrangements.contains(t.lowerHash), k + 1 < doc.tokens.count,
            doc.tokens[k + 1].lowerHash == DateLexicon.for
        {
            return .future
        }
        if DateLexicon.pastMarkers.contains(t.lowerHash) { return passive ? nil : .past }
        // an infinitive before the date looks ahead ("set to resume Monday"), unless it states
        // the purpose of a past act ("extended their offers to acquire the company Friday");
        // one after the date is always a purpose ("fell on Friday to close at $20")
        if before, k > 0, doc.tokens[k - 1].lowerHash == DateLexicon.to, !t.has(.capitalized),
            !DateLexicon.notVerbsAfterTo.contains(t.lowerHash),
            !(k > 1 && isPrepositionalTo(k - 2, doc))
        {
            return infinitive(to: k - 1, doc)
        }
        // A lowercase word ending in "-ed" is almost always a past verb or participle in news text.
        if t.length >= 4, !t.has(.capitalized), !t.has(.hasDigit) {
            let e = Int(t.end)
            // after a determiner, maybe with an adverb between, it is an adjective ("the reduced
            // dividend", "a still unspecified date")
            let adjective =
                k > 0
                && (DateLexicon.determiners.contains(doc.tokens[k - 1].lowerHash)
                    || k > 1 && DateLexicon.determiners.contains(doc.tokens[k - 2].lowerHash) && isAdverb(k - 1, doc))
            // before "by" it is a passive participle ("markets untouched by the crisis")
            let agent = k + 1 < doc.tokens.count && doc.tokens[k + 1].lowerHash == DateLexicon.by
            if doc.scalars[e - 1] == "d" && doc.scalars[e - 2] == "e" && !DateLexicon.edNonVerbs.contains(t.lowerHash)
                && !passive && !adjective && !agent
            {
                return .past
            }
        }
        return nil
    }

    /// Whether token `k` makes the "to" after it a preposition: "next to", "according to",
    /// "compared to", and "due to" before a noun phrase ("due to the storm", not "due to arrive").
    static func isPrepositionalTo(_ k: Int, _ doc: Document) -> Bool {
        let h = doc.tokens[k].lowerHash
        if h == DateLexicon.next || DateLexicon.prepositionsWithTo.contains(h) { return true }
        return h == DateLexicon.due && k + 2 < doc.tokens.count
            && DateLexicon.notVerbsAfterTo.contains(doc.tokens[k + 2].lowerHash)
    }

    /// Whether token `k` is an adverb that can sit between a determiner and an adjective
    /// ("still", "newly", "recently").
    static func isAdverb(_ k: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, t.length >= 4 else { return false }
        let e = Int(t.end)
        return DateLexicon.degreeAdverbs.contains(t.lowerHash) || doc.scalars[e - 1] == "y" && doc.scalars[e - 2] == "l"
    }

    /// The tense of an infinitive introduced by "to" at `k`, from the words that govern it: an
    /// intention ("planned to", "is set to", "due to") looks ahead unless "had" puts it in the
    /// past ("had been due to expire Friday"); a past verb without one ("staged celebrations to
    /// mark the day on Friday") keeps the past; nothing at all looks ahead.
    static func infinitive(to k: Int, _ doc: Document) -> Tense {
        let lower = max(0, k - 6)
        var j = k - 1
        while j >= lower {
            let t = doc.tokens[j]
            guard t.kind == .word else { break }
            if DateLexicon.intentions.contains(t.lowerHash) {
                for i in max(0, j - 2)..<j where DateLexicon.pastPerfect.contains(doc.tokens[i].lowerHash) {
                    return .past
                }
                return .future
            }
            if let m = marker(j, doc, before: false) { return m == .past ? .past : .future }
            j -= 1
        }
        return .future
    }
}
