/// Splits text into tokens with exact scalar offsets, in one pass over the scalars.
///
/// News-aware: keeps "U.S.", "Mr." and initials whole (so sentence splitting can trust a lone "."),
/// keeps hyphenated words ("Thomas-Greenfield") and numbers ("1,000", "10:30") whole, and splits
/// the possessive "'s" off a name ("Kim Jong Un's" -> "Un", "'s"), as CoNLL and spaCy do.
public enum Tokenizer {
    /// Lowercased words that take a period without ending a sentence.
    static let abbreviations: TokenSet = TokenSet(
        Set(
            [
                "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "pvt",
                "prof", "rev", "hon", "maj", "adm", "cmdr", "supt", "insp", "det", "pres", "st", "mt", "ft",
                "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                "no", "nos", "vol", "pp", "inc", "corp", "ltd", "co", "plc", "bros", "jr", "sr", "vs", "etc",
                "approx", "dept", "univ", "assn", "ave", "blvd", "rd", "est", "fig", "op", "ed", "eds",
            ].map { TokenHash.of($0) }))

    public static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        // Read through a buffer pointer: indexing the array checked its bounds at every scalar.
        s.withUnsafeBufferPointer { tokenize($0) }
    }

    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0
        var newlines = 2  // the start of the text counts as a paragraph start
        var sawSpace = true

        func scalar(_ k: Int) -> UInt32 { k < n ? s[k].value : 0 }
        func letter(_ k: Int) -> Bool { k < n && ScalarClass.isLetter(s[k]) }
        func alnum(_ k: Int) -> Bool { k < n && (ScalarClass.isDigit(s[k].value) || ScalarClass.isLetter(s[k])) }

        while i < n {
            let u = s[i]
            let v = u.value
            if ScalarClass.isSpace(u) {
                if v == 0x0A || v == 0x2029 { newlines += 1 }
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punct
            if ScalarClass.isDigit(v) {
                kind = .number
                i += 1
                while i < n {
                    let c = s[i].value
                    if ScalarClass.isDigit(c) {
                        i += 1
                        continue
                    }
                    if (c == 0x2C || c == 0x2E || c == 0x3A || c == 0x2F) && ScalarClass.isDigit(scalar(i + 1)) {
                        i += 2
                        continue
                    }
                    if ScalarClass.isLetter(s[i]) {
                        if c >= 0x3040 && ScalarClass.isSpacelessScript(c) { break }  // "2024年"
                        kind = .word
                        i += 1
                        continue
                    }  // "9am", "1990s", "2nd"
                    if ScalarClass.isHyphen(c) && alnum(i + 1) {
                        kind = .word
                        i += 2
                        continue
                    }  // "10-year"
                    break
                }
            } else if (v | 0x20) == 0x6E && !sawSpace && ScalarClass.isApostrophe(scalar(i + 1))
                && (scalar(i + 2) | 0x20) == 0x74 && !letter(i + 3)
            {
                kind = .word  // the "n't" split off the verb before it
                i += 3
            } else if v >= 0x3040 && ScalarClass.isSpacelessScript(v) {
                kind = .word  // one character of a script written without spaces
                i += 1
            } else if ScalarClass.isLetter(u) {
                kind = .word
                i += 1
                var innerPeriod = false
                while i < n {
                    let c = s[i].value
                    if ScalarClass.isLetter(s[i]) || ScalarClass.isDigit(c) {
                        if c >= 0x3040 && ScalarClass.isSpacelessScript(c) { break }
                        i += 1
                        continue
                    }
                    if ScalarClass.isHyphen(c) && alnum(i + 1) {
                        i += 2
                        continue
                    }
                    if c == 0x2E && letter(i + 1) && !letter(i + 2) && (i - start) <= 2 {
                        // "U.S", "a.m" - a letter or two, a period, a letter
                        innerPeriod = true
                        i += 2
                        continue
                    }
                    if ScalarClass.isApostrophe(c) && letter(i + 1) {
                        let next = s[i + 1].value | 0x20
                        let possessive = next == 0x73 && !letter(i + 2)  // 's
                        let negation = next == 0x74 && !letter(i + 2) && (s[i - 1].value | 0x20) == 0x6E  // n't
                        if possessive || negation { break }
                        i += 1  // O'Brien, rock'n'roll
                        continue
                    }
                    break
                }
                // Split "n't" off ("don't" -> "do", "n't") so the verb stays findable.
                if i < n, ScalarClass.isApostrophe(s[i].value), i - start >= 2, (s[i - 1].value | 0x20) == 0x6E,
                    (scalar(i + 1) | 0x20) == 0x74
                {
                    i -= 1
                }
                if scalar(i) == 0x2E {
                    let length = i - start
                    let single = length == 1 && ScalarClass.isUpper(s[start])
                    if innerPeriod || single || abbreviations.contains(hashLower(s, start, i)) {
                        i += 1
                    }
                }
            } else if ScalarClass.isApostrophe(v) && (scalar(i + 1) | 0x20) == 0x73 && !letter(i + 2) && !sawSpace {
                kind = .word  // possessive 's
                i += 2
            } else if ScalarClass.isQuoteMark(v) {
                kind = .quote
                i += 1
            } else if v == 0x2E && scalar(i + 1) == 0x2E {
                while i < n && s[i].value == 0x2E { i += 1 }
            } else if ScalarClass.isHyphen(v) && ScalarClass.isHyphen(scalar(i + 1)) {
                while i < n && ScalarClass.isHyphen(s[i].value) { i += 1 }
            } else {
                i += 1
            }
            let spaceAfter = i >= n || ScalarClass.isSpace(s[i])
            tokens.append(makeToken(s, start, i, kind, newlines: newlines, space: sawSpace, spaceAfter: spaceAfter))
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    static func hashLower(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> UInt64 {
        var h = TokenHash.offset
        for k in a..<b { h = TokenHash.combine(h, ScalarClass.lower(s[k]).value) }
        return h
    }

    @inline(__always) static func makeToken(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ kind: Token.Kind, newlines: Int, space: Bool,
        spaceAfter: Bool
    ) -> Token {
        var flags: Token.Flags = []
        var h = TokenHash.offset
        var lh = TokenHash.offset
        var letters = 0
        var uppers = 0
        for k in a..<b {
            let u = s[k]
            let v = u.value
            h = TokenHash.combine(h, v)
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    letters += 1
                    uppers += 1
                    lh = TokenHash.combine(lh, v | 0x20)
                    continue
                }
                if v >= 0x61 && v <= 0x7A {
                    letters += 1
                    flags.insert(.hasLower)
                } else if v >= 0x30 && v <= 0x39 {
                    flags.insert(.hasDigit)
                } else if v == 0x2E {
                    flags.insert(.hasPeriod)
                } else if v == 0x2D {
                    flags.insert(.hasHyphen)
                }
                lh = TokenHash.combine(lh, v)
            } else {
                if ScalarClass.isUpper(u) {
                    letters += 1
                    uppers += 1
                } else if ScalarClass.isLetter(u) {
                    letters += 1
                    if ScalarClass.isLowerLetter(u) { flags.insert(.hasLower) }
                } else if ScalarClass.isHyphen(v) {
                    flags.insert(.hasHyphen)
                }
                lh = TokenHash.combine(lh, ScalarClass.lower(u).value)
            }
        }
        if letters > 0 && ScalarClass.isUpper(s[a]) { flags.insert(.capitalized) }
        if letters > 0 && uppers == letters { flags.insert(.allCaps) }
        if space { flags.insert(.spaceBefore) }
        if spaceAfter { flags.insert(.spaceAfter) }
        if newlines >= 1 { flags.insert(.lineStart) }
        if newlines >= 2 { flags.insert(.paragraphStart) }
        return Token(start: Int32(a), end: Int32(b), kind: kind, flags: flags, hash: h, lowerHash: lh)
    }
}
