/// Words for a people or a language name no person, organisation or place, though the tagger
/// may read them as one: a place's people ("Londoner", "Londoners", "Berliners"), a language or
/// a people before a noun for words ("the Swahili phrase", "the Latin word for"), and a name
/// read as a person or a place that is a nationality after common words ("North American") or
/// after a hyphen ("Turkish-Libyan"), which an organisation may be ("Anglo American").
enum EntityDemonyms {
    typealias Found = EntityMentionCleanup.Found

    /// `found` without the words for a people or a language.
    static func filtered(_ found: [Found], _ doc: Document, gazetteer: EntityGazetteer) -> [Found] {
        found.filter { !isDemonym($0, doc, gazetteer) }
    }

    /// Lowercase nouns for words or speech: a capitalised word just before one is a language or a
    /// people's ("the Swahili phrase"), not a name.
    static let wordNouns: TokenSet = TokenSet(
        Set(
            [
                "phrase", "phrases", "word", "words", "language", "languages", "dialect", "idiom", "proverb",
                "speakers", "alphabet", "spelling", "pronunciation",
            ].map { TokenHash.lower($0) }))

    static func isDemonym(_ m: Found, _ doc: Document, _ gazetteer: EntityGazetteer) -> Bool {
        let tokens = doc.tokens
        let last = tokens[m.tokens.upperBound - 1]
        guard last.kind == .word, last.has(.capitalized) else { return false }
        if m.tokens.count == 1, m.tokens.upperBound < tokens.count {
            let next = tokens[m.tokens.upperBound]
            if next.kind == .word, !next.has(.capitalized), wordNouns.contains(next.lowerHash) { return true }
        }
        // "North American", "West Indian"; not "Viorel Moldovan" or "Dawn French", where the
        // word before the nationality is no common word.
        let qualified = m.tokens.dropLast().allSatisfy {
            tokens[$0].kind != .word || gazetteer.isCommonWord(lowerHash: tokens[$0].lowerHash)
        }
        if m.type != .organization, qualified, m.tokens.count > 1 || hyphenated(last, doc) != nil,
            isNationality(hyphenated(last, doc) ?? Int(last.start), Int(last.end), doc, gazetteer)
        {
            return true
        }
        return m.tokens.count == 1 && isPlacesPeople(last, doc, gazetteer)
    }

    /// Where the part after the last hyphen of `t` starts, when it is a capitalised word ("Libyan"
    /// of "Turkish-Libyan").
    static func hyphenated(_ t: Token, _ doc: Document) -> Int? {
        var k = Int(t.end) - 1
        while k > Int(t.start) && doc.scalars[k] != "-" { k -= 1 }
        guard k > Int(t.start), k + 1 < Int(t.end), doc.scalars[k + 1].properties.isUppercase else { return nil }
        return k + 1
    }

    /// Whether scalars `a..<b` are a listed nationality.
    static func isNationality(_ a: Int, _ b: Int, _ doc: Document, _ gazetteer: EntityGazetteer) -> Bool {
        isListed(a, b, doc, gazetteer, .nationality)
    }

    /// Whether `t` is a listed place's people: the place followed by "er" or "ers" ("Londoner",
    /// "Londoners", "New Yorker" is caught by its last word only when "York" is listed).
    static func isPlacesPeople(_ t: Token, _ doc: Document, _ gazetteer: EntityGazetteer) -> Bool {
        let a = Int(t.start)
        var b = Int(t.end)
        guard t.length > 5 else { return false }
        if doc.scalars[b - 1] == "s" { b -= 1 }
        guard doc.scalars[b - 2] == "e", doc.scalars[b - 1] == "r" else { return false }
        return isListed(a, b - 2, doc, gazetteer, .place)
    }

    /// Whether scalars `a..<b`, one word, are on `list`.
    static func isListed(
        _ a: Int, _ b: Int, _ doc: Document, _ gazetteer: EntityGazetteer, _ list: EntityGazetteer.List
    )
        -> Bool
    {
        var h = TokenHash.offset
        for k in a..<b { h = TokenHash.combine(h, ScalarClass.lower(doc.scalars[k]).value) }
        let key = EntityGazetteer.extend(EntityGazetteer.phraseStart, h)
        return (gazetteer.names[key] ?? 0) & list.rawValue != 0
    }
}
