/// Person names the entity recogniser typed as an organisation or a place, recognised for
/// attribution by what makes a name a person's: a well-known person's full name, or a given name
/// the news often gives before a census surname. A speaker typed as an organisation is never
/// found by "he" or "she", and its lone surname is never expanded to it.
extension NameRepair {
    /// Whether the non-person mention over `r` is a person's full name: "Aung San Suu Kyi" (a
    /// known person), or for an organisation "Hillary Clinton" (a given name the news often
    /// gives, then a surname, with initials between). A place so named is more often a town
    /// ("Virginia Beach").
    static func isMistypedPerson(_ r: Range<Int>, _ doc: Document, organization: Bool) -> Bool {
        let t = doc.tokens
        guard r.count >= 2, r.allSatisfy({ t[$0].kind == .word || isInitialPeriod($0, doc) }) else { return false }
        // The text is made only for a known person's last word: most names end with none.
        if let known = KnownPeople.byLastWord[t[r.upperBound - 1].lowerHash], known == doc.string(tokens: r) {
            return true
        }
        guard organization else { return false }
        let first = r.lowerBound
        let last = r.upperBound - 1
        guard t[first].has(.capitalized), t[last].has(.capitalized), t[last].has(.hasLower),
            isNewsGivenName(t[first].lowerHash), isCensusSurname(t[last].lowerHash)
        else { return false }
        // Between them only initials ("John F. Kerry").
        return ((first + 1)..<last).allSatisfy {
            t[$0].kind == .punct || (t[$0].length <= 2 && t[$0].has(.capitalized))
        }
    }

    /// Whether a lone organisation or place word at `i` may be a surname once a given name stands
    /// before it ("Chairman David" + "Pepper"): a census surname written as a name.
    static func mayBeSurname(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.has(.capitalized) && t.has(.hasLower) && isCensusSurname(t.lowerHash)
    }

    /// A given name from the hand list of names the news often gives (not the census lists, which
    /// hold many words that are also places or firms).
    static func isNewsGivenName(_ h: UInt64) -> Bool {
        GivenNames.male.contains(h) || GivenNames.female.contains(h)
    }

    /// "Ki-moon", "Geun-hye": a capitalised word whose part after its hyphen is lowercase, the way
    /// a romanised Korean or Chinese given name follows the family name.
    static func isHyphenatedGivenName(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.has(.capitalized), t.has(.hasHyphen) else { return false }
        let s = doc.scalars
        var k = Int(t.start) + 1
        while k < Int(t.end) - 1 && !ScalarClass.isHyphen(s[k].value) { k += 1 }
        guard k < Int(t.end) - 1 else { return false }
        let next = s[k + 1]
        return next.properties.isLowercase
    }

    /// Words the text uses as places: those right after "in", "at", "from" or "near" anywhere in
    /// it ("in Ham" keeps every "Ham" a place).
    static func placeWords(_ doc: Document) -> Set<UInt64> {
        let t = doc.tokens
        var out = Set<UInt64>()
        for i in t.indices.dropFirst() where t[i].kind == .word && locatives.contains(t[i - 1].lowerHash) {
            out.insert(t[i].lowerHash)
        }
        return out
    }

    static func isInitialPeriod(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens
        return i > 0 && t[i].kind == .punct && doc.scalars[Int(t[i].start)].value == 0x2E && t[i - 1].length == 1
    }

    static let locatives = QuoteWords.set(["in", "at", "from", "near"])
    /// A surname of the census list, as the gazetteer's surname flag has it: the list is read once,
    /// for the tagger's features, not a second time for this.
    static func isCensusSurname(_ h: UInt64) -> Bool { EntityGazetteer.standard.isSurname(lowerHash: h) }
}
