/// Name normalisation for merging entities across articles, on `String`s (a collection index
/// calls these once per entity and article, never per token).
public enum EntityNames {
    /// The name without what is not part of it: for people leading titles ("Mr", "President"),
    /// for all a leading "the", a trailing possessive and edge punctuation; whitespace collapsed.
    /// "Ms Linda Thomas-Greenfield's" -> "Linda Thomas-Greenfield".
    public static func clean(_ name: String, type: EntityType) -> String {
        let doc = Document(name)
        let words = EntityNameWords(doc, 0..<doc.tokens.count, type: type, titles: EntityTitles.all)
        return text(doc, words.tokens)
    }

    /// A normalised key: names of one type with the same key are the same entity anywhere in a
    /// collection. The clean name lowercased without diacritics ("Erdoğan" = "Erdogan"), words of
    /// three letters or fewer kept as written ("UN" is not "Un"), periods removed ("U.S." = "US"), and for
    /// organisations and places well-known short forms expanded ("UN Security Council" and
    /// "United Nations Security Council" share a key, as do "DPRK" and "Democratic People's
    /// Republic of Korea").
    public static func key(_ name: String, type: EntityType) -> String {
        var out: [String] = []
        for word in clean(name, type: type).split(separator: " ") {
            if type != .person, let full = EntityAcronyms.standard.expansion(of: word) {
                out.append(EntityNameWords.folded(full))
            } else {
                let bare = word.filter { $0 != "." }
                out.append(bare.count > EntityNameWords.shortWord ? EntityNameWords.folded(bare) : bare)
            }
        }
        return out.joined(separator: " ")
    }

    /// `word` lowercased without diacritics ("Erdoğan" -> "erdogan"), as names compare.
    public static func folded(_ word: some StringProtocol) -> String { EntityNameWords.folded(word) }

    /// The text of tokens `range` with every whitespace run turned into one space.
    static func text(_ doc: Document, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let first = Int(doc.tokens[range.lowerBound].start)
        let last = Int(doc.tokens[range.upperBound - 1].end)
        return String(unsafeUninitializedCapacity: (last - first) * 4) { buffer in
            var n = 0
            for i in range {
                if i > range.lowerBound && doc.tokens[i].has(.spaceBefore) {
                    buffer[n] = 0x20
                    n += 1
                }
                for p in doc.tokens[i].range { n = Document.encode(doc.scalars[p], into: buffer, at: n) }
            }
            return n
        }
    }
}
