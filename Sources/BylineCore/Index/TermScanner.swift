/// Splits text into lowercased words for the term index, straight over UTF-8 bytes: ASCII
/// letters and digits and any non-ASCII letter bytes form words; ASCII punctuation, spaces and the
/// General Punctuation block (curly quotes, dashes) separate them. Only ASCII is case-folded, so
/// "Zürich" and "ZÜRICH" are different terms; queries go through the same scanner, so what is
/// indexed and what is asked always agree.
public enum TermScanner {
    /// Calls `body` with the hash of each word, in order.
    public static func forEachTerm(in text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { forEachTerm(bytes: $0, body) }
    }

    public static func forEachTerm(bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var h = TermScanner.seed
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let c = wordByte[Int(b)]
                if c != 0 {
                    h = (h ^ UInt64(c)) &* prime
                    inWord = true
                } else if inWord {
                    body(h)
                    h = seed
                    inWord = false
                }
                i += 1
                continue
            }
            // U+2000..U+206F (E2 80..81 xx) and U+00A0 (C2 A0) are punctuation and spaces.
            if (b == 0xE2 && i + 1 < n && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81))
                || (b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0)
            {
                if inWord {
                    body(h)
                    h = seed
                    inWord = false
                }
                i += b == 0xE2 ? 3 : 2
                continue
            }
            h = (h ^ UInt64(b)) &* prime
            inWord = true
            i += 1
        }
        if inWord { body(h) }
    }

    /// The terms of a query value, in order.
    public static func terms(of text: String) -> [UInt64] {
        var out: [UInt64] = []
        forEachTerm(in: text) { out.append($0) }
        return out
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// ASCII byte -> lowercased word byte, or 0 for separators.
    static let wordByte: [UInt8] = (0..<128).map { b -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 32)
        default: return 0
        }
    }
}
