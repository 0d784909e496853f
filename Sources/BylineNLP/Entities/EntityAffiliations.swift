/// The body a person is "of": "Raymond Chan of People Power", "Leung Kwok-hung of LSD". A
/// person's name followed by "of" and a run of capitalised words the tagger left out names where
/// the person belongs: a place when a list holds the run as a place only ("Petr Korda of
/// Prague"), otherwise an organisation, a party, a company or a club.
///
/// This runs after the second stage (`EntitySpanClassifier`): the names it adds are read from
/// the person found before them, which the second stage has just kept.
enum EntityAffiliations {
    typealias Found = EntityMentionCleanup.Found

    /// `found` (in text order) with the body after each person's "of" added.
    static func added(_ found: [Found], _ doc: Document, _ features: EntityFeatures, gazetteer: EntityGazetteer)
        -> [Found]
    {
        var out: [Found] = []
        out.reserveCapacity(found.count)
        for (n, m) in found.enumerated() {
            out.append(m)
            guard m.type == .person, let run = body(after: m.tokens.upperBound, doc, features) else { continue }
            // A name the tagger found there already says what it is.
            if n + 1 < found.count, found[n + 1].tokens.lowerBound < run.upperBound { continue }
            out.append((run, gazetteer.isPlaceOnly(doc, run) ? .place : .organization))
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
