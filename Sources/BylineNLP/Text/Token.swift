/// One token of a `Document`: a range of scalar offsets, a coarse kind, shape flags and two
/// precomputed hashes, so later stages can look words up without building `String`s.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner hyphens, apostrophes or abbreviation periods.
        case word
        /// Digits, possibly with inner `.,:/` ("1,000", "10.30", "1/11/2022").
        case number
        /// A quotation mark of any style (straight, curly, guillemet); apostrophes inside words are not.
        case quote
        /// Any other punctuation or symbol, one scalar each (except "..." and "--").
        case punct
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// First scalar is an uppercase letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Has letters and all of them are uppercase.
        public static let allCaps = Flags(rawValue: 1 << 1)
        public static let hasDigit = Flags(rawValue: 1 << 2)
        public static let hasHyphen = Flags(rawValue: 1 << 3)
        /// Contains or ends with a period ("U.S.", "Mr.").
        public static let hasPeriod = Flags(rawValue: 1 << 4)
        /// Whitespace precedes the token.
        public static let spaceBefore = Flags(rawValue: 1 << 5)
        /// A line break precedes the token.
        public static let lineStart = Flags(rawValue: 1 << 6)
        /// A blank line (or the start of the text) precedes the token.
        public static let paragraphStart = Flags(rawValue: 1 << 7)
        /// Whitespace follows the token (or the text ends).
        public static let spaceAfter = Flags(rawValue: 1 << 8)
        /// Has at least one lowercase letter.
        public static let hasLower = Flags(rawValue: 1 << 9)
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    public var flags: Flags
    /// FNV-1a hash of the exact scalars; equals `TokenHash.of(string)`.
    public var hash: UInt64
    /// FNV-1a hash of the lowercased scalars; equals `TokenHash.lower(string)`.
    public var lowerHash: UInt64

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }
    public func has(_ f: Flags) -> Bool { flags.contains(f) }
}

/// The hashes tokens carry, computed the same way for word lists built from `String`s.
public enum TokenHash {
    @usableFromInline static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable public static func combine(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* prime
    }

    public static func of(_ s: some StringProtocol) -> UInt64 {
        var h = offset
        for u in s.unicodeScalars { h = combine(h, u.value) }
        return h
    }

    public static func lower(_ s: some StringProtocol) -> UInt64 {
        // ASCII text hashes straight from its bytes (each byte is its scalar); walking
        // `unicodeScalars` cost a hundred instructions a letter.
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> UInt64? in
            var h = offset
            for x in b {
                guard x < 0x80 else { return nil }
                h = combine(h, UInt32(x >= 0x41 && x <= 0x5A ? x | 0x20 : x))
            }
            return h
        }
        if let ascii, let h = ascii { return h }
        var h = offset
        for u in s.unicodeScalars { h = combine(h, ScalarClass.lower(u).value) }
        return h
    }
}
