import Foundation

/// A name as alias matching compares it: its words' lowercase hashes, initials and acronym letters,
/// read straight from a document's tokens so no `String` is built per word.
///
/// Words compare without case or diacritics ("Erdogan" = "Erdoğan", "SEOUL" = "Seoul"), except
/// short words: a word of three letters or fewer matches only as written ("UN" is not "Un", "US"
/// is not "Us"), so an acronym never joins a name by accident.
struct EntityNameWords: Hashable, Sendable {
    /// Hash of each word lowercased with its diacritics removed.
    var lower: [UInt64] = []
    /// Whether each word is long enough to compare without case.
    var caseless: [Bool] = []
    /// Uppercased first scalar of each word.
    var initial: [UInt32] = []
    /// The letters of each word that is an acronym ("DPRK", "U.N."), else empty.
    var acronym: [[UInt32]] = []
    /// Whether each word is skipped when reading initials ("of", "the", "'s").
    var function: [Bool] = []
    /// Exact hash of each word without its periods ("U.S." -> "US"), to look up short forms.
    var bare: [UInt64] = []
    /// Token range of the name's words in the document it was read from.
    var tokens: Range<Int> = 0..<0

    var count: Int { lower.count }
    var isEmpty: Bool { lower.isEmpty }

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
        // Sized once: grown word by word, the six arrays were reallocated for every name.
        lower.reserveCapacity(tokens.count)
        caseless.reserveCapacity(tokens.count)
        initial.reserveCapacity(tokens.count)
        acronym.reserveCapacity(tokens.count)
        function.reserveCapacity(tokens.count)
        bare.reserveCapacity(tokens.count)
        for i in tokens where isWord(i) {
            let t = doc.tokens[i]
            lower.append(Self.foldedHash(doc, t))
            initial.append(Self.upper(doc.scalars[Int(t.start)]))
            function.append(Self.functionWords.contains(t.lowerHash))
            acronym.append(Self.acronymLetters(doc, t))
            var h = TokenHash.offset
            var letters = 0
            for p in t.range where doc.scalars[p].value != 0x2E {
                h = TokenHash.combine(h, doc.scalars[p].value)
                letters += 1
            }
            bare.append(h)
            caseless.append(letters > Self.shortWord)
        }
    }

    init() {}

    /// The words of `a` followed by those of `b` (token range left empty).
    static func + (a: EntityNameWords, b: EntityNameWords) -> EntityNameWords {
        var out = a
        out.lower += b.lower
        out.caseless += b.caseless
        out.initial += b.initial
        out.acronym += b.acronym
        out.function += b.function
        out.bare += b.bare
        out.tokens = 0..<0
        return out
    }

    /// The name without its last word (token range kept).
    func droppingLast() -> EntityNameWords {
        var out = self
        out.lower.removeLast()
        out.caseless.removeLast()
        out.initial.removeLast()
        out.acronym.removeLast()
        out.function.removeLast()
        out.bare.removeLast()
        return out
    }

    /// Word `k` alone.
    func word(_ k: Int) -> EntityNameWords {
        var out = EntityNameWords()
        out.lower = [lower[k]]
        out.caseless = [caseless[k]]
        out.initial = [initial[k]]
        out.acronym = [acronym[k]]
        out.function = [function[k]]
        out.bare = [bare[k]]
        return out
    }

    /// Words this long or shorter match only as written.
    static let shortWord = 3

    /// Whether word `i` of `a` and word `j` of `b` are the same word.
    @inline(__always) static func same(_ a: EntityNameWords, _ i: Int, _ b: EntityNameWords, _ j: Int) -> Bool {
        a.lower[i] == b.lower[j] && (a.caseless[i] && b.caseless[j] || a.bare[i] == b.bare[j])
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
        guard t.kind == .word, t.has(.allCaps), t.length >= 2, t.length <= 16 else { return [] }
        var letters: [UInt32] = []
        for p in t.range {
            let v = doc.scalars[p].value
            if v == 0x2E { continue }
            guard ScalarClass.isLetter(doc.scalars[p]) else { return [] }
            letters.append(v)
        }
        return letters.count >= 2 && letters.count <= 8 ? letters : []
    }

    /// One hash of the whole name, the same for every spelling `same` does not tell apart.
    var key: UInt64 {
        var h = TokenHash.offset
        for k in 0..<count { h = (h ^ (caseless[k] ? lower[k] : bare[k] ^ 0x5A5A)) &* 0x0000_0100_0000_01B3 }
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
        let letters = s.acronym[i]
        guard !letters.isEmpty else { return false }
        var k = j
        var used = 0
        while k < l.count && used < letters.count {
            if l.function[k] {
                k += 1
                continue
            }
            guard l.initial[k] == letters[used] else { return false }
            used += 1
            k += 1
        }
        return used == letters.count && k - j >= 2 && match(s, i + 1, l, k)
    }
}
