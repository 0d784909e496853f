/// The bodies people's names stand beside: the body a person is "of" ("Raymond Chan of People
/// Power", "Leung Kwok-hung of LSD"), and the body whose name a person's name ends ("the Great
/// Orchestra of Christmas Charity", where the tagger took "Charity", a given name, for a person
/// and left the rest out).
///
/// A person's name followed by "of" and a run of capitalised words the tagger left out names
/// where the person belongs. No person's name ends a run of capitalised words opened by "the"
/// and joined by "of": the whole run names a body. Either body is a place when a list holds it
/// as a place only ("Petr Korda of Prague"), otherwise an organisation, a party, a company or a
/// club.
///
/// This runs after the second stage (`EntitySpanClassifier`), which reads only the words the
/// tagger found: the names it adds are read from the person found beside them, which the second
/// stage has just kept.
enum EntityAffiliations {
    typealias Found = EntityMentionCleanup.Found

    /// `found` (in text order) with each person ending a body's name widened to that body, and
    /// the body after each other person's "of" added.
    static func added(_ found: [Found], _ doc: Document, _ features: EntityFeatures, gazetteer: EntityGazetteer)
        -> [Found]
    {
        func body(_ run: Range<Int>) -> Found { (run, gazetteer.isPlaceOnly(doc, run) ? .place : .organization) }
        var out: [Found] = []
        out.reserveCapacity(found.count)
        for (n, m) in found.enumerated() {
            guard m.type == .person else {
                out.append(m)
                continue
            }
            if let a = start(before: m.tokens.lowerBound, doc, features),
                out.last.map({ $0.tokens.upperBound <= a }) ?? true
            {
                out.append(body(a..<m.tokens.upperBound))
                continue
            }
            out.append(m)
            guard let run = self.body(after: m.tokens.upperBound, doc, features) else { continue }
            // A name the tagger found there already says what it is.
            if n + 1 < found.count, found[n + 1].tokens.lowerBound < run.upperBound { continue }
            out.append(body(run))
        }
        return out
    }

    /// The run of capitalised words after "of" at token `of`, on the same line, at most four
    /// words, none opening a sentence; nil when there is no "of", no such run, or a run that
    /// names nothing alone.
    static func body(after of: Int, _ doc: Document, _ features: EntityFeatures) -> Range<Int>? {
        let tokens = doc.tokens
        guard of + 1 < tokens.count, tokens[of].lowerHash == EntityMentionCleanup.of,
            !tokens[of].has(.capitalized)
        else { return nil }
        var b = of + 1
        while b < tokens.count, b - of <= 4, tokens[b].kind == .word, tokens[b].has(.capitalized),
            !tokens[b].has(.lineStart), !features.opensSentence(b),
            !EntityMentionCleanup.loneWords.contains(tokens[b].lowerHash)
        {
            b += 1
        }
        let run = (of + 1)..<b
        // What names nothing alone elsewhere names nothing here: "of N / A", "of IPO", "of GMT".
        guard !run.isEmpty, !EntityMentionCleanup.isLetter(run, doc), !EntityMentionCleanup.isCommonAcronym(run, doc),
            !EntityMentionCleanup.isRomanNumeral(run, doc), !EntityMentionCleanup.isTimeZone(run, doc)
        else { return nil }
        return run
    }

    /// Where the body's name begins when the person at `first` ends one: capitalised words in
    /// mixed case (none a title, none opening a sentence or a line), "of", capitalised words,
    /// the person; "the" before them all. Nil when the words before `first` do not run so.
    static func start(before first: Int, _ doc: Document, _ features: EntityFeatures) -> Int? {
        let tokens = doc.tokens
        func isNameWord(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.kind == .word && t.has(.capitalized) && !t.has(.allCaps) && !t.has(.lineStart)
                && !features.opensSentence(k) && !EntityTitles.all.contains(t.lowerHash)
        }
        var k = first - 1
        var words = 0
        while k >= 0, words < 3, isNameWord(k) {
            k -= 1
            words += 1
        }
        guard k >= 1, tokens[k].lowerHash == EntityMentionCleanup.of, !tokens[k].has(.capitalized) else { return nil }
        k -= 1
        words = 0
        while k >= 0, words < 3, isNameWord(k) {
            k -= 1
            words += 1
        }
        guard words > 0, k >= 0, tokens[k].lowerHash == the, !tokens[k].has(.capitalized)
        else { return nil }
        return k + 1
    }
    static let the = TokenHash.lower("the")
}

/// A surname after a title and a given name the tagger left out: "Broadcaster Piers Morgan",
/// where the tagger found only "Morgan" because it has rarely seen "Piers" (and the second
/// stage, reading "Morgan" alone, may have taken it for a bank). The word between
/// the title and the surname, capitalised in mixed case and on no list of places,
/// organisations, titles or common words, is the given name.
enum EntityGivenNames {
    typealias Found = EntityMentionCleanup.Found

    static func completed(_ found: [Found], _ doc: Document, _ features: EntityFeatures) -> [Found] {
        typealias M = EntityGazetteer.Membership
        let notGiven =
            M.placeBegin.rawValue | M.organizationBegin.rawValue | M.title.rawValue | M.organizationWord.rawValue
            | M.commonWord.rawValue | M.lowercaseElsewhere.rawValue | M.nationalityBegin.rawValue
        var out = found
        for n in out.indices where out[n].tokens.count == 1 {
            let g = out[n].tokens.lowerBound - 1
            guard g >= 1, n == 0 || out[n - 1].tokens.upperBound <= g else { continue }
            let t = doc.tokens[g]
            let title = doc.tokens[g - 1]
            guard t.kind == .word, t.has(.capitalized), !t.has(.allCaps), !t.has(.lineStart), t.has(.spaceBefore),
                doc.tokens[g + 1].has(.spaceBefore), features.facts[g].gazetteer & notGiven == 0,
                !EntityTitles.all.contains(t.lowerHash), title.has(.capitalized),
                EntityTitles.all.contains(title.lowerHash)
            else { continue }
            out[n] = (g..<out[n].tokens.upperBound, .person)
        }
        return out
    }
}
