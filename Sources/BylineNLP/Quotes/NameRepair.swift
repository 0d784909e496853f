/// Mends the people's names the entity recogniser splits or mistypes, for attribution only:
/// a speaker's name has to hold together for "he" and "she" to find it and for a later lone
/// surname to expand to it. Each rule needs a given name or a name the article already uses
/// for a person, so a capitalised word that merely sits beside a name is left alone.
///
/// - "Sen. Claire McCaskill" with only "Claire" found: a given name found alone takes the
///   capitalised word after it ("Claire McCaskill").
/// - "Party Chairman David Pepper" with "…Chairman David" found as an organisation and
///   "Pepper" as a person: a given name before a lone name joins it ("David Pepper").
/// - "Gov. Ed Rendell" found as nothing while "Rendell" is a person elsewhere: a given name
///   and that surname are a person ("Ed Rendell").
/// - "Lynch" found as an organisation while the article names "Loretta Lynch", "Suu Kyi" found
///   as a place beside "Aung San Suu Kyi": an organisation, or a place the text never puts
///   after "in", "at", "from" or "near", that ends a person's full name is that person.
/// - Names typed as something else that are a person's by their words (see `isMistypedPerson`).
enum NameRepair {
    /// The mentions with people's names mended, in text order, with their token ranges.
    static func repaired(
        _ doc: Document, names: [EntityMention], tokens ranges: [Range<Int>], dateAt: [Bool]
    ) -> (names: [EntityMention], tokens: [Range<Int>]) {
        let t = doc.tokens
        var names = names
        var ranges = ranges
        var owner = [Int32](filledWith: -1, count: t.count)
        for (k, r) in ranges.enumerated() { for x in r { owner[x] = Int32(k) } }
        // Lone words the recogniser calls a person somewhere in the article.
        var lonePeople = Set<UInt64>()
        for (e, r) in zip(names, ranges) where e.type == .person && r.count == 1 {
            lonePeople.insert(t[r.lowerBound].lowerHash)
        }

        func isFreeNameWord(_ i: Int) -> Bool {
            guard i >= 0, i < t.count, owner[i] < 0, !dateAt[i], t[i].kind == .word, t[i].has(.capitalized),
                t[i].has(.hasLower)
            else { return false }
            let h = t[i].lowerHash
            return !QuoteWords.functionWords.contains(h) && !SpeakerResolver.isTitle(h)
                && !QuoteWords.speechVerbs.contains(h) && !QuoteContext.weekdays.contains(h)
        }
        /// Token `b` follows token `a` on the same line after a space only.
        func adjoins(_ a: Int, _ b: Int) -> Bool {
            b == a + 1 && b < t.count && t[b].has(.spaceBefore) && !t[b].has(.lineStart)
        }
        /// A given name; one opening a sentence must be one the news often gives ("Will" may be a verb there).
        func isGivenName(_ i: Int) -> Bool {
            let h = t[i].lowerHash
            guard t[i].kind == .word, t[i].has(.capitalized), t[i].has(.hasLower) else { return false }
            let atStart = i == 0 || doc.sentences[doc.sentenceIndex(ofToken: i)].lowerBound == i
            return atStart
                ? GivenNames.male.contains(h) || GivenNames.female.contains(h)
                : GivenNames.gender(h, beforeSurname: true) != .unknown
        }
        func mention(_ r: Range<Int>, type: EntityType) -> EntityMention {
            let s = doc.span(tokens: r)
            return EntityMention(type: type, start: s.start, end: s.end, text: s.text)
        }

        // "Chastened by the analyses, Trump …": a participle opening a sentence, never written
        // capitalised elsewhere, is not part of a name. The capitals are gathered only once a
        // person's name opens with a participle, which few articles have.
        var midSentenceCapitals: Set<UInt64>? = nil
        var dropped = Set<Int>()
        for k in ranges.indices where names[k].type == .person {
            let a = ranges[k].lowerBound
            guard isParticiple(a, doc), doc.sentences[doc.sentenceIndex(ofToken: a)].lowerBound == a,
                GivenNames.gender(t[a].lowerHash, beforeSurname: true) == .unknown
            else { continue }
            if midSentenceCapitals == nil { midSentenceCapitals = capitalsInsideSentences(doc) }
            guard !(midSentenceCapitals?.contains(t[a].hash) ?? false) else { continue }
            owner[a] = -1
            if ranges[k].count == 1 {
                dropped.insert(k)
                continue
            }
            ranges[k] = (a + 1)..<ranges[k].upperBound
            names[k] = mention(ranges[k], type: .person)
        }
        if !dropped.isEmpty {
            names = names.indices.filter { !dropped.contains($0) }.map { names[$0] }
            ranges = ranges.indices.filter { !dropped.contains($0) }.map { ranges[$0] }
            owner = [Int32](filledWith: -1, count: t.count)
            for (k, r) in ranges.enumerated() { for x in r { owner[x] = Int32(k) } }
        }

        for k in ranges.indices
        where names[k].type != .person && isMistypedPerson(ranges[k], doc, organization: names[k].type == .organization)
        {
            // Its canonical name was an organisation's, merged with the lone surname ("Ryan"): the
            // person's is the full name.
            names[k] = mention(ranges[k], type: .person)
        }
        var added: [(EntityMention, Range<Int>)] = []
        for k in ranges.indices where ranges[k].count == 1 && !names[k].canonical.hasSpace {
            let r = ranges[k]
            let person = names[k].type == .person
            guard person || mayBeSurname(r.lowerBound, doc) else { continue }
            if person, adjoins(r.lowerBound, r.upperBound), isFreeNameWord(r.upperBound),
                isGivenName(r.lowerBound) || isHyphenatedGivenName(r.upperBound, doc)
            {
                ranges[k] = r.lowerBound..<(r.upperBound + 1)
                names[k] = mention(ranges[k], type: .person)
                owner[r.upperBound] = Int32(k)
                continue
            }
            let p = r.lowerBound - 1
            // A lone word typed as something else is a surname only after a given name the news often gives.
            guard p >= 0, adjoins(p, r.lowerBound), person ? isGivenName(p) : isNewsGivenName(t[p].lowerHash),
                !SpeakerResolver.isTitle(t[p].lowerHash)
            else {
                continue
            }
            if owner[p] >= 0 {
                // Only the last word of a longer mention of something else ("…Party Chairman David").
                let o = Int(owner[p])
                guard o != k, names[o].type != .person, ranges[o].count >= 2, ranges[o].upperBound == p + 1 else {
                    continue
                }
                ranges[o] = ranges[o].lowerBound..<p
                let kept = names[o]
                names[o] = mention(ranges[o], type: kept.type)
                names[o].canonical = kept.canonical
            } else if dateAt[p] || QuoteWords.functionWords.contains(t[p].lowerHash) {
                continue
            }
            ranges[k] = p..<r.upperBound
            names[k] = mention(ranges[k], type: .person)
            owner[p] = Int32(k)
        }
        // A given name and a surname found as a person elsewhere, neither found here ("Gov. Ed Rendell").
        // Only capitalised words can be free name words: testing that first spares most tokens the call.
        for i in t.indices.dropLast()
        where t[i].kind == .word && t[i].has(.capitalized) && owner[i] < 0 && isFreeNameWord(i) && isGivenName(i)
            && adjoins(i, i + 1) && isFreeNameWord(i + 1) && lonePeople.contains(t[i + 1].lowerHash)
        {
            added.append((mention(i..<(i + 2), type: .person), i..<(i + 2)))
            owner[i] = Int32.max
            owner[i + 1] = Int32.max
        }
        // People's names of two words or more, found or just added.
        func eachFullName(_ body: (Range<Int>) -> Void) {
            for (e, r) in zip(names, ranges) where e.type == .person && r.count >= 2 { body(r) }
            for (e, r) in added where e.type == .person && r.count >= 2 { body(r) }
        }
        // The last words of people's full names: "Ham" of "Norman Ham", "Suu Kyi" of "Aung San Suu Kyi".
        var lastWords = Set<UInt64>()
        eachFullName { r in lastWords.insert(t[r.upperBound - 1].lowerHash) }
        // The names' endings as text and the words used as places are gathered only once a name
        // typed as something else ends with such a last word, which few articles have; names are
        // retyped after the scan, so both are gathered from the names as they stand before it.
        var surnames: Set<String>? = nil
        var places: Set<UInt64>? = nil
        var retyped: [Int] = []
        for k in ranges.indices
        where names[k].type != .person && ranges[k].count <= 3
            && t[ranges[k].upperBound - 1].has(.hasLower) && lastWords.contains(t[ranges[k].upperBound - 1].lowerHash)
        {
            if names[k].type != .organization {
                // A place word the text never uses after "in", "at", "from" or "near" ("Ham went on").
                if places == nil { places = placeWords(doc) }
                if places?.contains(t[ranges[k].lowerBound].lowerHash) ?? false { continue }
            }
            if surnames == nil {
                var endings = Set<String>()
                eachFullName { r in
                    for a in (r.lowerBound + 1)..<r.upperBound where t[a].kind == .word && t[a].has(.capitalized) {
                        endings.insert(doc.string(tokens: a..<r.upperBound))
                    }
                }
                surnames = endings
            }
            if surnames?.contains(doc.string(tokens: ranges[k])) ?? false { retyped.append(k) }
        }
        for k in retyped { names[k].type = .person }
        guard !added.isEmpty else { return (names, ranges) }
        var merged = Array(zip(names, ranges)) + added
        merged.sort { $0.1.lowerBound < $1.1.lowerBound }
        return (merged.map(\.0), merged.map(\.1))
    }

    /// The hashes of the capitalised words that do not open their sentence.
    static func capitalsInsideSentences(_ doc: Document) -> Set<UInt64> {
        let t = doc.tokens
        var out = Set<UInt64>()
        for sentence in doc.sentences where sentence.count > 1 {
            for i in (sentence.lowerBound + 1)..<sentence.upperBound where t[i].kind == .word && t[i].has(.capitalized)
            {
                out.insert(t[i].hash)
            }
        }
        return out
    }

    /// A word of five letters or more ending in "ed" or "ing".
    static func isParticiple(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.length >= 5 else { return false }
        let e = Int(t.end)
        let s = doc.scalars
        func lower(_ k: Int) -> UInt32 { s[k].value | 0x20 }
        if lower(e - 2) == 0x65 && lower(e - 1) == 0x64 { return true }
        return lower(e - 3) == 0x69 && lower(e - 2) == 0x6E && lower(e - 1) == 0x67
    }
}
