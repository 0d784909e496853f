/// What the words around a mention say about its type, whatever the tagger chose: "shares in X",
/// "X Inc", "chief executive of X", "X spokesman" make X an organisation; "Mr X" and "X, 45,"
/// make X a person; "the city of X", "born in X", "the island X" make X a place. One such
/// mention decides the type of every mention of the name in the article.
enum EntityEvidence {
    /// Legal forms that end company names.
    static let legalForms: TokenSet = TokenSet(
        Set(
            [
                "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "plc", "LLC", "LLP", "AG",
                "SA",
                "S.A.", "NV", "N.V.", "GmbH", "SpA", "S.p.A.", "BV", "B.V.", "AB", "ASA", "Oyj", "Co", "Co.", "PLC",
                "Pty", "Bhd", "KK",
            ].map { TokenHash.lower($0) }))

    /// Words before a name that make it an organisation: "shares in X", "chief executive of X".
    static let organizationBefore: [[UInt64]] = [
        ["shares", "in"], ["shares", "of"], ["stake", "in"], ["executive", "of"], ["ceo", "of"], ["chairman", "of"],
        ["spokesman", "for"], ["spokeswoman", "for"], ["spokesperson", "for"], ["analyst", "at"], ["analysts", "at"],
        ["employees", "of"], ["subsidiary", "of"], ["unit", "of"], ["founder", "of"], ["shareholders", "in"],
        ["shareholders", "of"], ["acquired", "by"], ["takeover", "of"], ["merger", "with"], ["board", "of"],
    ].map { $0.map { TokenHash.lower($0) } }

    /// Words before a name that make it a place: "the city of X", "born in X", "the island X".
    static let placeBefore: [[UInt64]] = [
        ["city", "of"], ["town", "of"], ["village", "of"], ["province", "of"], ["island", "of"], ["region", "of"],
        ["capital", "of"], ["born", "in"], ["based", "in"], ["headquartered", "in"], ["lives", "in"], ["living", "in"],
    ].map { $0.map { TokenHash.lower($0) } }
    static let placeJustBefore: TokenSet = TokenSet(
        Set(["island", "capital", "city", "town", "village", "province", "county"].map { TokenHash.lower($0) }))

    /// Words after a name that make it an organisation: "X spokesman", "X shares".
    static let organizationAfter: TokenSet = TokenSet(
        Set(
            [
                "spokesman", "spokeswoman", "spokesperson", "shares", "shareholders", "CEO", "chairman", "stock",
                "subsidiary", "headquarters", "employees",
            ].map { TokenHash.lower($0) }))

    /// The type the context of tokens `range` gives, if any.
    static func type(of range: Range<Int>, _ doc: Document) -> EntityType? {
        let tokens = doc.tokens
        let a = range.lowerBound
        let b = range.upperBound
        if range.count > 1 && legalForms.contains(tokens[b - 1].lowerHash) { return .organization }
        if b < tokens.count && legalForms.contains(tokens[b].lowerHash) && tokens[b].has(.capitalized) {
            return .organization
        }
        if a > 0 && EntityTitles.personal.contains(tokens[a - 1].lowerHash) { return .person }
        if a >= 2 {
            let before = [tokens[a - 2].lowerHash, tokens[a - 1].lowerHash]
            if organizationBefore.contains(before) { return .organization }
            if placeBefore.contains(before) { return .place }
        }
        if a > 0 && !tokens[a - 1].has(.capitalized) && placeJustBefore.contains(tokens[a - 1].lowerHash) {
            return .place
        }
        // "X, 45, said": an age.
        if b + 2 < tokens.count, tokens[b].kind == .punct, doc.scalars[Int(tokens[b].start)] == ",",
            tokens[b + 1].kind == .number, tokens[b + 1].length <= 3,
            tokens[b + 2].kind == .punct, doc.scalars[Int(tokens[b + 2].start)] == ","
        {
            return .person
        }
        var k = b
        if k < tokens.count && EntityMentionCleanup.isPossessive(doc, k) { k += 1 }
        if k < tokens.count && tokens[k].kind == .word && organizationAfter.contains(tokens[k].lowerHash) {
            return .organization
        }
        return nil
    }

    /// The end of the headline when the text opens with one in title case ("University Defeat
    /// Maroochydore In Round Five"), where every word of four letters or more is capitalised and
    /// capitals say nothing about names; nil otherwise. A sentence-case or all-caps first line,
    /// or one that ends like a sentence, is read like the body.
    static func titleCaseHeadline(_ doc: Document) -> Int? {
        let tokens = doc.tokens
        guard let end = tokens.indices.dropFirst().first(where: { tokens[$0].has(.lineStart) }) else { return nil }
        var words = 0
        var capitalised = 0
        var lower = false
        for t in tokens[0..<end] where t.kind == .word && t.length >= 4 {
            words += 1
            if t.has(.capitalized) { capitalised += 1 }
            if t.has(.hasLower) { lower = true }
        }
        let last = tokens[end - 1]
        let stops = last.kind == .punct && doc.scalars[Int(last.start)] == "."
        return words >= 3 && lower && capitalised == words && !stops ? end : nil
    }
}
