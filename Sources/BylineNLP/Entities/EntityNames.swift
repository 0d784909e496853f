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
        for word in cleanWords(name, type: type) {
            let bare = withoutPeriods(word)
            if type != .person, let full = EntityAcronyms.standard.expansion(ofBare: bare) {
                out.append(EntityNameWords.folded(full))
            } else {
                out.append(isLong(bare) ? EntityNameWords.folded(bare) : bare)
            }
        }
        return out.joined(separator: " ")
    }

    /// `word` without its periods ("U.S." -> "US"), as `Character`s compare them; a word with no
    /// period byte at all is taken as it is, without walking its characters.
    static func withoutPeriods(_ word: some StringProtocol) -> String {
        word.utf8.contains(0x2E) ? String(word.filter { $0 != "." }) : String(word)
    }

    /// Whether `word` has more characters than a short word; counted by bytes when they are
    /// ASCII other than a carriage return (one character each).
    static func isLong(_ word: String) -> Bool {
        let u = word.utf8
        if u.count <= EntityNameWords.shortWord { return false }
        if u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return word.count > EntityNameWords.shortWord
    }

    /// The words of `clean(name, type:)`. An organisation or place written in plain ASCII words
    /// (letters, digits, inner hyphens) with single spaces between them is one token per word, so
    /// its words are read off the string, without the `Document` that a collection index would
    /// otherwise build for every new name.
    static func cleanWords(_ name: String, type: EntityType) -> [Substring] {
        guard type != .person, var words = plainWords(name) else {
            return clean(name, type: type).split(separator: " ")
        }
        if words.count > 1 && words[0].utf8.count == 3 && words[0].lowercased() == "the" { words.removeFirst() }
        return words
    }

    /// `name` split at its spaces when every word is plain ASCII (starts with a letter or digit;
    /// letters, digits, and hyphens each followed by a letter or digit) and single spaces separate
    /// them; nil for anything else.
    static func plainWords(_ name: String) -> [Substring]? {
        var wordStart = true
        var afterHyphen = false
        for b in name.utf8 {
            let alnum = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
            if alnum {
                wordStart = false
                afterHyphen = false
            } else if b == 0x20 || b == 0x2D {
                if wordStart || afterHyphen { return nil }
                wordStart = b == 0x20
                afterHyphen = b == 0x2D
            } else {
                return nil
            }
        }
        guard !wordStart && !afterHyphen else { return nil }
        return name.split(separator: " ")
    }

    /// `word` lowercased without diacritics ("Erdoğan" -> "erdogan"), as names compare.
    public static func folded(_ word: some StringProtocol) -> String { EntityNameWords.folded(word) }

    /// `folded` of a `String`, specialised here: the generic form, called from another module,
    /// runs unspecialised, through the protocol for every byte (about 6,900 instructions a name
    /// when the collection index folds people's last names).
    public static func folded(_ word: String) -> String { EntityNameWords.folded(word) }

    /// The text of tokens `range` with every whitespace run turned into one space.
    static func text(_ doc: Document, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let first = Int(doc.tokens[range.lowerBound].start)
        let last = Int(doc.tokens[range.upperBound - 1].end)
        // Counted exactly when the name may fit in a small string (see `String.smallCapacity`).
        var capacity = (last - first) * 4
        if capacity > String.smallCapacity && last - first <= String.smallCapacity {
            capacity = 0
            for i in range {
                if i > range.lowerBound && doc.tokens[i].has(.spaceBefore) { capacity += 1 }
                for p in doc.tokens[i].range { capacity += UTF8.width(doc.scalars[p]) }
            }
        }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
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
