/// Read-only helpers over a document's tokens for the date grammar: lowercase hashes that are
/// safe past either end, numbers read straight from the scalars, and the parts of hyphenated
/// words ("third-quarter", "mid-1990s"), all without building `String`s.
struct DateTokens {
    let doc: Document
    let tokens: [Token]
    let scalars: [Unicode.Scalar]

    init(_ doc: Document) {
        self.doc = doc
        tokens = doc.tokens
        scalars = doc.scalars
    }

    var count: Int { tokens.count }

    /// The lowercase hash of token `i`, or 0 past either end.
    func lh(_ i: Int) -> UInt64 { i >= 0 && i < tokens.count ? tokens[i].lowerHash : 0 }

    func has(_ i: Int, _ f: Token.Flags) -> Bool { i >= 0 && i < tokens.count && tokens[i].has(f) }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// Capitalised or all capitals, as month and weekday names must be.
    func isCapitalized(_ i: Int) -> Bool { has(i, .capitalized) || has(i, .allCaps) }

    /// Whether token `i` starts its sentence (or follows an opening quote or bracket that does).
    func startsSentence(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count else { return true }
        let s = doc.sentences[doc.sentenceIndex(ofToken: i)]
        if s.lowerBound == i { return true }
        return s.lowerBound == i - 1 && tokens[i - 1].kind != .word
    }

    /// Whether token `i` is the single punctuation scalar `c`.
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind != .word && tokens[i].length == 1
            && scalars[Int(tokens[i].start)] == c
    }

    /// The value of a token made only of ASCII digits (at most 9 of them), with its digit count.
    func integer(_ i: Int) -> (value: Int, digits: Int)? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        return integer(in: Int(tokens[i].start)..<Int(tokens[i].end))
    }

    /// The value of scalars `r` when they are all ASCII digits (at most 9 of them).
    func integer(in r: Range<Int>) -> (value: Int, digits: Int)? {
        guard !r.isEmpty, r.count <= 9 else { return nil }
        var v = 0
        for k in r {
            let c = scalars[k].value
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return (v, r.count)
    }

    /// Splits token `i`'s scalars at every occurrence of `separator`, without allocating: the
    /// first three pieces, and how many there are.
    func pieces(_ i: Int, separatedBy separator: (UInt32) -> Bool) -> Pieces {
        var out = Pieces()
        let t = tokens[i]
        var a = Int(t.start)
        for k in Int(t.start)..<Int(t.end) where separator(scalars[k].value) {
            out.append(a..<k)
            a = k + 1
        }
        out.append(a..<Int(t.end))
        return out
    }

    /// Up to three pieces of a token ("2022", "01", "11"), and the count of all of them.
    struct Pieces {
        private(set) var count = 0
        private var first = 0..<0, second = 0..<0, third = 0..<0

        mutating func append(_ r: Range<Int>) {
            switch count {
            case 0: first = r
            case 1: second = r
            case 2: third = r
            default: break
            }
            count += 1
        }

        subscript(_ k: Int) -> Range<Int> { k == 0 ? first : k == 1 ? second : third }
    }

    /// The lowercase hash of scalars `r`.
    func lowerHash(_ r: Range<Int>) -> UInt64 {
        var h = TokenHash.offset
        for k in r { h = TokenHash.combine(h, ScalarClass.lower(scalars[k]).value) }
        return h
    }

    /// The hyphen-separated parts of token `i` ("third-quarter" -> third, quarter).
    func hyphenParts(_ i: Int) -> Pieces {
        pieces(i) { ScalarClass.isHyphen($0) }
    }

    /// A number written with digits or as a small number word ("two", "a", "10"), with the token after it.
    func count(_ i: Int) -> (value: Int, next: Int)? {
        if let n = integer(i), n.digits <= 3 { return (n.value, i + 1) }
        if let n = DateLexicon.numberWords[lh(i)] {
            // "twenty three" written without its hyphen
            if n >= 20, n % 10 == 0, n < 100, let ones = DateLexicon.numberWords[lh(i + 1)], ones < 10,
                tokens[i + 1].kind == .word, lh(i + 1) != DateLexicon.a, lh(i + 1) != DateLexicon.an
            {
                return (n + ones, i + 2)
            }
            return (n, i + 1)
        }
        guard isWord(i), has(i, .hasHyphen) else { return nil }
        // "twenty-five"
        let parts = hyphenParts(i)
        guard parts.count == 2, let tens = DateLexicon.numberWords[lowerHash(parts[0])],
            let ones = DateLexicon.numberWords[lowerHash(parts[1])], tens >= 20, tens % 10 == 0, ones < 10
        else { return nil }
        return (tens + ones, i + 1)
    }

    /// A year written in figures, possibly shortened ("'98"), plausible for news text.
    func year(_ i: Int) -> Int? {
        guard let n = integer(i), n.digits == 4, n.value >= 1000, n.value <= 2200 else { return nil }
        return n.value
    }

    /// The first day of a range of days written as one token ("3-9" in "June 3-9").
    func dayRangeStart(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].has(.hasHyphen) else { return nil }
        let p = hyphenParts(i)
        guard p.count == 2, let a = integer(in: p[0]), let b = integer(in: p[1]), a.digits <= 2, b.digits <= 2,
            a.value >= 1, a.value < b.value, b.value <= 31
        else { return nil }
        return a.value
    }

    /// A day of the month in figures ("13", "13th", "1st").
    func dayOfMonth(_ i: Int) -> Int? {
        if let n = integer(i), n.digits <= 2, n.value >= 1, n.value <= 31 { return n.value }
        if let d = DateLexicon.ordinals[lh(i)], tokens[i].has(.hasDigit) { return d }
        return nil
    }
}
