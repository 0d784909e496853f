/// Trims what the tagger sometimes takes into a name but is not part of it.
enum EntityMentionCleanup {
    /// The tokens of `range` that form the name: without a leading title ("Mr", "President") on a
    /// person (a title alone is no name), a trailing possessive "'s", or edge punctuation. Nil when nothing is
    /// left, or what is left is a nationality ("North Koreans"), which none of the reported types covers.
    static func trim(_ range: Range<Int>, type: EntityType, _ doc: Document, gazetteer: EntityGazetteer) -> Range<Int>?
    {
        var a = range.lowerBound
        var b = range.upperBound
        while a < b && doc.tokens[a].kind != .word && doc.tokens[a].kind != .number { a += 1 }
        while a < b
            && (doc.tokens[b - 1].kind != .word && doc.tokens[b - 1].kind != .number || isPossessive(doc, b - 1))
        { b -= 1 }
        if type == .person {
            while a < b && gazetteer.titles.contains(doc.tokens[a].lowerHash) { a += 1 }
        }
        guard a < b, doc.tokens[a..<b].contains(where: { $0.has(.capitalized) }), !gazetteer.isNationality(doc, a..<b)
        else { return nil }
        return a..<b
    }

    /// Whether a one-word name is only an ordinary word capitalised because it opens a sentence
    /// ("Diplomacy has been at a standstill"): the text itself also writes it in lowercase.
    static func isCapitalisedWord(_ range: Range<Int>, _ features: EntityFeatures) -> Bool {
        guard range.count == 1 else { return false }
        let i = range.lowerBound
        return features.opensSentence(i) && features.isWrittenInLowercase(i)
    }

    static func isPossessive(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.length == 2 && ScalarClass.isApostrophe(doc.scalars[Int(t.start)].value)
    }
}
