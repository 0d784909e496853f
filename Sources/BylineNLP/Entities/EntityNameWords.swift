import Foundation

/// A name as alias matching compares it: its words' lowercase hashes, initials and acronym letters,
/// read straight from a document's tokens so no `String` is built per word.
///
/// Words compare without case or diacritics ("Erdogan" = "Erdoğan", "SEOUL" = "Seoul"), except
/// short words: a word of three letters or fewer matches only as written ("UN" is not "Un", "US"
/// is not "Us"), so an acronym never joins a name by accident.
struct EntityNameWords: Sendable {
    /// One word of a name, as names compare.
    struct Word: Sendable {
        /// Hash of the word lowercased with its diacritics removed.
        var lower: UInt64
        /// Exact hash of the word without its periods ("U.S." -> "US"), to look up short forms.
        var bare: UInt64
        /// Uppercased first scalar.
        var initial: UInt32
        /// Whether the word is long enough to compare without case.
        var caseless: Bool
        /// Whether the word is skipped when reading initials ("of", "the", "'s").
        var function: Bool
        /// How many of `letters` hold the word's acronym letters ("DPRK", "U.N."); 0 for none.
        var acronymCount: UInt8
        /// The acronym letters, inline: a name's words are one array, with no array per word.
        var letters: SIMD8<UInt32>
    }

    /// The words, in order: one array per name (six parallel arrays and an array per word's
    /// acronym cost an allocation each, for every name of every article).
    var words: [Word] = []
    /// Token range of the name's words in the document it was read from.
    var tokens: Range<Int> = 0..<0

    var count: Int { words.count }
    var isEmpty: Bool { words.isEmpty }

    static let functionWords: TokenSet = TokenSet(
        Set(["of", "the", "and", "for", "&", "de", "la", "du", "des", "del", "'s", "’s"].map { TokenHash.of($0) }))
    static let leadingArticles: Set<UInt64> = [TokenHash.of("the")]
    /// "a", "an", "the", in any case.
    static let articles: TokenSet = TokenSet(Set(["a", "an", "the"].map { TokenHash.lower($0) }))

    /// The words of tokens `range`: punctuation and a trailing possessive dropped, a leading
    /// "the" dropped, and for people leading titles dropped ("Ms Linda Thomas-Greenfield's").
    init(_ doc: Document, _ range: Range<Int>, type: EntityType, titles: TokenSet) {
        var a = range.lowerBound
        var b = range.upperBound
        func isWord(_ i: Int) -> Bool { doc.tokens[i].kind == .word || doc.tokens[i].kind == .number }
        func isPossessive(_ i: Int) -> Bool {
            let t = doc.tokens[i]
            return t.length == 2 && ScalarClass.isApostrophe(doc.scalars[Int(t.start)].value)
        }
        while a < b && (!isWord(b - 1) || isPossessive(b - 1)) { b -= 1 }
        while a < b && !isWord(a) { a += 1 }
        if b - a > 1 && Self.leadingArticles.contains(doc.tokens[a].lowerHash) { a += 1 }
        if type == .person {
            while b - a > 1 && titles.contains(doc.tokens[a].lowerHash) {
                a += 1
                while a < b && !isWord(a) { a += 1 }
            }
        }
        tokens = a..<max(a, b)
        words.reserveCapacity(tokens.count)
        for i in tokens where isWord(i) {
            let t = doc.tokens[i]
            var h = TokenHash.offset
            var letters = 0
            for p in t.range where doc.scalars[p].value != 0x2E {
                h = TokenHash.combine(h, doc.scalars[p].value)
                letters += 1
            }
            var word = Word(
                lower: Self.foldedHash(doc, t), bare: h, initial: Self.upper(doc.scalars[Int(t.start)]),
                caseless: letters > Self.shortWord, function: Self.functionWords.contains(t.lowerHash),
                acronymCount: 0, letters: SIMD8())
            if let acronym = Self.acronym(doc, t) { (word.letters, word.acronymCount) = acronym }
            words.append(word)
        }
    }

    init() {}

    /// The name without its last word (token range kept).
    func droppingLast() -> EntityNameWords {
        var out = self
        out.words.removeLast()
        return out
    }

    /// Whether both names have the same words written the same way, periods aside.
    func sameBare(_ other: EntityNameWords) -> Bool {
        words.count == other.words.count && zip(words, other.words).allSatisfy { $0.bare == $1.bare }
    }

    /// Words this long or shorter match only as written.
    static let shortWord = 3

    /// Whether word `i` of `a` and word `j` of `b` are the same word.
    @inline(__always) static func same(_ a: EntityNameWords, _ i: Int, _ b: EntityNameWords, _ j: Int) -> Bool {
        same(a.words[i], b.words[j])
    }

    @inline(__always) static func same(_ a: Word, _ b: Word) -> Bool {
        a.lower == b.lower && (a.caseless && b.caseless || a.bare == b.bare)
    }

    /// The lowercase hash of token `t` with diacritics removed; the token's own lowercase hash
    /// when it is plain ASCII.
    static func foldedHash(_ doc: Document, _ t: Token) -> UInt64 {
        guard doc.scalars[t.range].contains(where: { $0.value >= 0x80 }) else { return t.lowerHash }
        var h = TokenHash.offset
        for p in t.range { h = TokenHash.combine(h, fold(doc.scalars[p])) }
        return h
    }

    /// A letter lowercased and without its accent ("Ğ" -> "g"); letters that do not decompose
    /// into a base letter and marks ("ø", "ł", "ı") by hand.
    static func fold(_ u: Unicode.Scalar) -> UInt32 {
        let l = ScalarClass.lower(u)
        if l.value < 0x80 { return l.value }
        switch l.value {
        case 0x131: return 0x69  // ı
        case 0xF8: return 0x6F  // ø
        case 0x142: return 0x6C  // ł
        case 0x111, 0xF0: return 0x64  // đ, ð
        default:
            let base = String(Character(l)).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? l
            return base.value
        }
    }

    /// `name` lowercased and without diacritics, for the collection's string keys.
    static func folded(_ name: some StringProtocol) -> String {
        // ASCII, as most names are, only lowercases (`fold` below 0x80), byte by byte.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars { out.append(Unicode.Scalar(fold(u)) ?? u) }
        return String(out)
    }

    static func upper(_ u: Unicode.Scalar) -> UInt32 {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? v - 0x20 : v }
        let m = u.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : v
    }

    /// The letters of an all-caps word of two to eight letters, periods allowed; else empty.
    static func acronymLetters(_ doc: Document, _ t: Token) -> [UInt32] {
        guard let (letters, count) = acronym(doc, t) else { return [] }
        return (0..<Int(count)).map { letters[$0] }
    }

    /// `acronymLetters` without an array: the letters in order and how many there are; nil for
    /// a word that is no acronym.
    static func acronym(_ doc: Document, _ t: Token) -> (SIMD8<UInt32>, UInt8)? {
        guard t.kind == .word, t.has(.allCaps), t.length >= 2, t.length <= 16 else { return nil }
        var letters = SIMD8<UInt32>()
        var count = 0
        for p in t.range {
            let v = doc.scalars[p].value
            if v == 0x2E { continue }
            guard ScalarClass.isLetter(doc.scalars[p]), count < 8 else { return nil }
            letters[count] = v
            count += 1
        }
        return count >= 2 ? (letters, UInt8(count)) : nil
    }

    /// One hash of the whole name, the same for every spelling `same` does not tell apart.
    var key: UInt64 {
        var h = TokenHash.offset
        for w in words { h = (h ^ (w.caseless ? w.lower : w.bare ^ 0x5A5A)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether this name's words occur as a contiguous run in `long`.
    func isPart(of long: EntityNameWords) -> Bool {
        guard !isEmpty, count <= long.count else { return false }
        for start in 0...(long.count - count) where (0..<count).allSatisfy({ Self.same(self, $0, long, start + $0) }) {
            return true
        }
        return false
    }

    /// Whether `self` can be read as `long` word by word, where an acronym may stand for a run of
    /// `long`'s words by their initials, function words skipped ("UN Security Council" ~
    /// "United Nations Security Council", "DPRK" ~ "Democratic People's Republic of Korea").
    func abbreviates(_ long: EntityNameWords) -> Bool {
        count < long.count && Self.match(self, 0, long, 0)
    }

    static func match(_ s: EntityNameWords, _ i: Int, _ l: EntityNameWords, _ j: Int) -> Bool {
        if i == s.count { return j == l.count }
        guard j < l.count else { return false }
        if same(s, i, l, j) && match(s, i + 1, l, j + 1) { return true }
        let word = s.words[i]
        let letters = Int(word.acronymCount)
        guard letters > 0 else { return false }
        var k = j
        var used = 0
        while k < l.count && used < letters {
            if l.words[k].function {
                k += 1
                continue
            }
            guard l.words[k].initial == word.letters[used] else { return false }
            used += 1
            k += 1
        }
        return used == letters && k - j >= 2 && match(s, i + 1, l, k)
    }
}
