/// Fast character classes over Unicode scalars: a table for ASCII, Unicode properties beyond it.
///
/// `isLetter`, `isUpper` and `isSpace` test ASCII inline and keep their Unicode property lookups
/// out of line, so a loop over plain text calls no function per scalar for them.
public enum ScalarClass {
    @inlinable public static func isASCIILetter(_ v: UInt32) -> Bool {
        (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
    }

    @inlinable public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always) public static func isLetter(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? isASCIILetter(u.value) : isNonASCIILetter(u)
    }

    @inline(never) static func isNonASCIILetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v == 0x2019 || v == 0xA0 { return false }
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    @inline(__always) public static func isUpper(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? u.value >= 0x41 && u.value <= 0x5A : isNonASCIIUpper(u)
    }

    @inline(never) static func isNonASCIIUpper(_ u: Unicode.Scalar) -> Bool { u.properties.isUppercase }

    public static func isLowerLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return u.properties.isLowercase
    }

    @inline(__always) public static func isSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D { return true }
        if v < 0x80 { return v == 0x0B || v == 0x0C }
        return isNonASCIISpace(u)
    }

    @inline(never) static func isNonASCIISpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || u.properties.isWhitespace
    }

    /// Quotation marks of every common style. U+2019 is also the apostrophe; the tokenizer decides by context.
    public static func isQuoteMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B, 0xAB, 0xBB, 0x2039, 0x203A,
            0x300C, 0x300D, 0x300E, 0x300F:
            return true
        default:
            return false
        }
    }

    /// A Chinese character or Japanese kana: scripts written without spaces between words, so each
    /// character is a token of its own (a run of them would otherwise be one "word" the length of a clause).
    @inlinable public static func isSpacelessScript(_ v: UInt32) -> Bool {
        (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF)
    }

    public static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    public static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 }

    public static func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v | 0x20)! : u }
        let m = u.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : u
    }
}
