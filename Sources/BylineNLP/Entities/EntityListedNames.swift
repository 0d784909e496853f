/// What the name lists say of a whole name, rather than of each word: the layers after the
/// tagger ask whether a word alone is a listed name ("Congress", not "West" of "West Bank") and
/// which kinds of list hold a name written out in full.
extension EntityGazetteer {
    /// The lists (`List` bits) that hold tokens `range` as a whole name; 0 when none does.
    func lists(of range: Range<Int>, _ doc: Document) -> UInt8 {
        guard !range.isEmpty else { return 0 }
        var h = Self.phraseStart
        for k in range { h = Self.extend(h, doc.tokens[k].lowerHash) }
        return (names[h] ?? 0) & ~Self.prefixBit
    }

    /// Whether the word at token `i` alone is a name on a list of places, organisations, people
    /// or other names ("Congress", "Apple"), not only the start of a longer one ("West" of "West Bank").
    func isListedName(_ doc: Document, _ i: Int) -> Bool {
        let lists = List.place.rawValue | List.organization.rawValue | List.person.rawValue | List.misc.rawValue
        return self.lists(of: i..<(i + 1), doc) & lists != 0
    }

    /// Whether tokens `range` are a listed organisation that no list of people or places holds
    /// ("Walmart", "Goldman Sachs"), which the tagger may still read as a person or a place.
    func isOrganizationOnly(_ doc: Document, _ range: Range<Int>) -> Bool {
        let lists = self.lists(of: range, doc)
        return lists & List.organization.rawValue != 0 && lists & (List.person.rawValue | List.place.rawValue) == 0
    }
}
