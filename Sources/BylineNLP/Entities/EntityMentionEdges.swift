/// Where a tagged name starts and ends when the tagger ran it into the words around it.
///
/// A greedy tagger that reads a few words at a time carries a name on into what follows it:
/// a score ("J. Benjamin 4-17"), a lowercase word ("Chicago newsdesk", "NAPM rose"), a day
/// ("Fallujah Wednesday"), the next name of a list ("K. Barnett 87; T. Moody"). No name of a
/// person, organisation or place ends in a word without a capital or in a bare number, and none
/// holds a semicolon, or a comma other than the one before a legal form ("CCNG, Inc.") or a
/// suffix ("Efrem Zimbalist, Jr."). These rules cut such spans back to the name.
enum EntityMentionEdges {
    /// Months a name runs into ("Toronto Star, August 15", "August National Association of
    /// …"). "May" and "March" are left out: they end names ("Theresa May", "Cape May").
    static let months: TokenSet = TokenSet(
        Set(
            [
                "January", "February", "April", "June", "July", "August", "September", "October", "November",
                "December",
            ].map { TokenHash.of($0) }))

    /// Days a name runs into ("Fallujah Wednesday"); they open names of papers ("Sunday Times").
    static let days: TokenSet = TokenSet(
        Set(
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { TokenHash.of($0) }))

    /// Suffixes written after a comma inside a person's name.
    static let nameSuffixes: TokenSet = TokenSet(
        Set(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"].map { TokenHash.of($0) }))

    /// Words without a capital that names hold inside them ("Bank of America", "Trinidad and
    /// Tobago", "Council on Foreign Relations", "Ludwig van Beethoven", "Osama bin Laden").
    static let innerWords: TokenSet = TokenSet(
        Set(
            [
                "of", "the", "and", "for", "on", "at", "in", "upon", "to", "de", "da", "di", "do", "dos", "das",
                "del", "della", "der", "den", "van", "von", "du", "des", "la", "le", "les", "y", "e", "al", "el",
                "bin", "ibn", "bint", "ben", "zu", "ter", "te", "op", "sans", "et", "i", "dello", "delle", "degli",
                "dei",
                "sur", "los", "las", "und",
            ].map { TokenHash.of($0) }))

    /// The parts of `range` on either side of a semicolon, of a slash with a space beside it
    /// ("Enron / Azurix"; "AC/DC" stays whole), of a comma not followed by a legal form or a
    /// suffix, or of a word without a capital that no name holds inside it, which is the
    /// sentence's and no name's ("Goldman Sachs advised Slack" is "Goldman Sachs" and "Slack").
    static func parts(_ range: Range<Int>, _ doc: Document) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = range.lowerBound
        for k in range.dropFirst().dropLast() where doc.tokens[k].kind == .word {
            let t = doc.tokens[k]
            guard t.length >= 3, !innerWords.contains(t.hash), !hasCapital(t, doc),
                doc.scalars[t.range].allSatisfy({ $0.properties.isLowercase })
            else { continue }
            return parts(range.lowerBound..<k, doc) + parts((k + 1)..<range.upperBound, doc)
        }
        for k in range where doc.tokens[k].kind == .punct {
            let c = doc.scalars[Int(doc.tokens[k].start)]
            let spacedSlash =
                c == "/"
                && (doc.tokens[k].has(.spaceBefore) || k + 1 < doc.tokens.count && doc.tokens[k + 1].has(.spaceBefore))
            guard c == ";" || c == "," || spacedSlash else { continue }
            if c == ",", k + 1 < range.upperBound,
                EntityEvidence.legalForms.contains(doc.tokens[k + 1].lowerHash)
                    || nameSuffixes.contains(doc.tokens[k + 1].hash)
            {
                continue
            }
            if a < k { out.append(a..<k) }
            a = k + 1
        }
        if a < range.upperBound { out.append(a..<range.upperBound) }
        return out
    }

    /// `range` without the words a name does not end in: a word with no capital letter, a
    /// number or a score, a day or a month (for all but people, whose names may hold one:
    /// "April Smith", "Joe Friday"); without a month it opens with; empty when only a month
    /// is left.
    static func trimmed(_ range: Range<Int>, type: EntityType, _ doc: Document) -> Range<Int> {
        var a = range.lowerBound
        var b = range.upperBound
        while b - a > 1 {
            let t = doc.tokens[b - 1]
            let cut =
                t.kind == .number || t.kind == .word && !hasCapital(t, doc)
                || type != .person && (days.contains(t.hash) || months.contains(t.hash))
                || t.kind == .punct && doc.scalars[Int(t.start)] == "-"
            guard cut else { break }
            b -= 1
        }
        guard type != .person else { return a..<b }
        while a < b && months.contains(doc.tokens[a].hash) { a += 1 }
        return a..<b
    }

    /// Whether token `t` holds an uppercase letter anywhere ("eBay" does, "newsdesk" does not).
    static func hasCapital(_ t: Token, _ doc: Document) -> Bool {
        if t.has(.capitalized) || t.has(.allCaps) { return true }
        return doc.scalars[t.range].contains { $0.properties.isUppercase }
    }

    /// Mentions followed by a legal form after a comma ("CCNG, Inc.") taken on over it, as an
    /// organisation; a mention that begins on the words taken loses them.
    static func withLegalForms(_ found: [EntityMentionCleanup.Found], _ doc: Document)
        -> [EntityMentionCleanup.Found]
    {
        var out = found
        for n in out.indices {
            let b = out[n].tokens.upperBound
            guard b + 1 < doc.tokens.count, doc.tokens[b].kind == .punct, doc.scalars[Int(doc.tokens[b].start)] == ",",
                EntityEvidence.legalForms.contains(doc.tokens[b + 1].lowerHash), doc.tokens[b + 1].has(.capitalized)
            else { continue }
            out[n] = (out[n].tokens.lowerBound..<(b + 2), .organization)
            var k = n + 1
            while k < out.count && out[k].tokens.lowerBound < b + 2 {
                out[k].tokens = min(b + 2, out[k].tokens.upperBound)..<out[k].tokens.upperBound
                k += 1
            }
        }
        return out.filter { !$0.tokens.isEmpty }
    }
}

extension EntityMentionEdges {
    /// A person's name the tagger cut in two, read as one: a person followed straight after a
    /// space by a one-word name of another type ("Alex" + "O'Brien", "Mick" + "McCarthy"), a
    /// given name alone followed by a capitalised word the tagger left out, which inside a
    /// sentence is the surname, however short or common ("James To", "Regina Ip", "Wilson Or"),
    /// or a surname followed by a hyphenated given name ("Leung" + "Kwok-hung").
    static func joinedPeople(_ found: [EntityMentionCleanup.Found], _ doc: Document, _ features: EntityFeatures)
        -> [EntityMentionCleanup.Found]
    {
        var out: [EntityMentionCleanup.Found] = []
        out.reserveCapacity(found.count)
        for (n, m) in found.enumerated() {
            if let last = out.last, last.tokens.upperBound == m.tokens.lowerBound, m.tokens.count == 1,
                !doc.tokens[m.tokens.lowerBound].has(.lineStart), !doc.tokens[m.tokens.lowerBound].has(.allCaps),
                last.type == .person
            {
                out[out.count - 1] = (last.tokens.lowerBound..<m.tokens.upperBound, .person)
                continue
            }
            let b = m.tokens.upperBound
            let free = n + 1 == found.count || found[n + 1].tokens.lowerBound > b
            if m.type == .person, free,
                m.tokens.count == 1 && isSurname(b, after: m.tokens.lowerBound, doc, features)
                    || m.tokens.count <= 2 && isHyphenatedGivenName(b, doc, features)
            {
                out.append((m.tokens.lowerBound..<(b + 1), .person))
                continue
            }
            out.append(m)
        }
        return out
    }

    /// Whether token `k` is the hyphenated given name that follows a surname in Chinese and
    /// Korean names written the Hong Kong way ("Leung Kwok-hung", "Wong Kwok-kin"): in title
    /// case on the same line, its lowercase part no English word.
    static func isHyphenatedGivenName(_ k: Int, _ doc: Document, _ features: EntityFeatures) -> Bool {
        guard k < doc.tokens.count else { return false }
        let t = doc.tokens[k]
        return t.kind == .word && t.has(.capitalized) && !t.has(.allCaps) && !t.has(.lineStart)
            && t.has(.spaceBefore) && features.facts[k].hyphenTail == .other
    }

    /// Whether token `k` can be the surname after the given name at token `given`: a word in
    /// title case straight after it on the same line, which is no title, organisation word,
    /// legal form, day or month, in body text (a title-case headline capitalises every word).
    /// The given name is one the name lists hold, or any word when the surname is of four
    /// letters or fewer and a listed surname, or no common word and no listed place's or
    /// organisation's first word: the tagger, which took the
    /// word before for a person, leaves out short surnames it has rarely seen ("Wilson Or",
    /// "Cyd Ho"), which no list of given names can foresee.
    static func isSurname(_ k: Int, after given: Int, _ doc: Document, _ features: EntityFeatures) -> Bool {
        typealias M = EntityGazetteer.Membership
        guard k < doc.tokens.count, !doc.tokens[given].has(.allCaps) else { return false }
        let listed = M.placeBegin.rawValue | M.organizationBegin.rawValue
        guard
            features.facts[given].gazetteer & M.givenName.rawValue != 0
                || doc.tokens[k].length <= 4
                    && (features.facts[k].gazetteer & M.surname.rawValue != 0
                        || features.facts[k].gazetteer & (listed | M.commonWord.rawValue) == 0)
        else { return false }
        let t = doc.tokens[k]
        guard t.kind == .word, t.has(.capitalized), !t.has(.allCaps), !t.has(.lineStart), t.has(.spaceBefore),
            features.facts[k].gazetteer & (M.organizationWord.rawValue | M.title.rawValue | M.legalForm.rawValue) == 0,
            !EntityTitles.all.contains(t.lowerHash), !days.contains(t.hash), !months.contains(t.hash),
            !EntityEvidence.legalForms.contains(t.lowerHash)
        else { return false }
        return given >= (EntityEvidence.titleCaseHeadline(doc) ?? 0)
    }
}

extension EntityMentionEdges {
    /// Mentions taken on over the capitalised words after them when those end in an
    /// organisation word the tagger left out or tagged apart ("Kennedy" + "Space Center",
    /// "Chicago" + "Symphony Orchestra", "El Paso" + "Energy"): at most three words in mixed
    /// case on the same line, none opening a sentence or a title; a mention inside the words
    /// taken is absorbed. The whole takes its type as any name ending in an organisation word
    /// does: an organisation, unless it is a place ending in a word that also ends places
    /// ("Space Center").
    static func withHeadWords(_ found: [EntityMentionCleanup.Found], _ doc: Document, _ features: EntityFeatures)
        -> [EntityMentionCleanup.Found]
    {
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        var out = found
        var absorbed = [Bool](filledWith: false, count: found.count)
        for n in out.indices where !absorbed[n] {
            let b = out[n].tokens.upperBound
            var e = b
            var head = b
            while e < min(doc.tokens.count, b + 3) {
                let t = doc.tokens[e]
                guard t.kind == .word, t.has(.capitalized), !t.has(.allCaps), !t.has(.lineStart), t.has(.spaceBefore),
                    !features.opensSentence(e), !EntityTitles.all.contains(t.lowerHash)
                else { break }
                e += 1
                if features.facts[e - 1].gazetteer & orgWord != 0 { head = e }
            }
            guard head > b else { continue }
            // Only whole mentions are taken in.
            var inside = n + 1
            while inside < out.count && out[inside].tokens.upperBound <= head { inside += 1 }
            guard inside == out.count || out[inside].tokens.lowerBound >= head else { continue }
            for k in (n + 1)..<inside { absorbed[k] = true }
            out[n].tokens = out[n].tokens.lowerBound..<head
            if out[n].type == .person
                || !EntityMentionCleanup.placeHeads.contains(doc.tokens[head - 1].lowerHash)
            {
                out[n].type = .organization
            }
        }
        return absorbed.contains(true) ? out.indices.filter { !absorbed[$0] }.map { out[$0] } : out
    }
}

extension EntityMentionEdges {
    /// Names joined by "&" read as one organisation: a firm named for its partners ("Latham &
    /// Watkins", "Ernst & Young", "Marks & Spencer"), which the tagger reads as two people or
    /// cuts after the first. A mention followed by "&" takes in the next mention when it starts
    /// right after it, or else the capitalised words after it on the same line (three at most).
    static func joinedByAmpersand(_ found: [EntityMentionCleanup.Found], _ doc: Document)
        -> [EntityMentionCleanup.Found]
    {
        var out: [EntityMentionCleanup.Found] = []
        out.reserveCapacity(found.count)
        var n = 0
        while n < found.count {
            var m = found[n]
            n += 1
            let amp = m.tokens.upperBound
            guard amp + 1 < doc.tokens.count, doc.isPunct(amp, "&"), !doc.tokens[amp + 1].has(.lineStart),
                doc.tokens[amp + 1].kind == .word, doc.tokens[amp + 1].has(.capitalized)
            else {
                out.append(m)
                continue
            }
            var e = amp + 1
            if n < found.count && found[n].tokens.lowerBound == amp + 1 {
                e = found[n].tokens.upperBound
                n += 1
            } else {
                while e < min(doc.tokens.count, amp + 4), doc.tokens[e].kind == .word, doc.tokens[e].has(.capitalized),
                    !doc.tokens[e].has(.lineStart), n >= found.count || found[n].tokens.lowerBound > e
                {
                    e += 1
                }
            }
            m = (m.tokens.lowerBound..<e, .organization)
            out.append(m)
        }
        return out
    }
}
