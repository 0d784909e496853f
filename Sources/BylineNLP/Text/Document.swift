/// A text prepared for annotation: its scalars, one token array, and sentence and paragraph
/// ranges over it. Every stage reads this one structure; offsets are scalar indexes into `text`,
/// the same unit the `annotate` contract uses, so no stage ever converts between units.
public struct Document: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Token index ranges, in order, never crossing a paragraph.
    public let sentences: [Range<Int>]
    /// Token index ranges of blank-line-separated paragraphs.
    public let paragraphs: [Range<Int>]

    public init(_ text: String) {
        self.text = text
        let scalars = [Unicode.Scalar](scalarsOf: text)
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        (sentences, paragraphs) = Sentences.split(tokens, scalars)
    }

    /// The text of scalar offsets `start..<end`: every mention, quote and speaker text.
    public func string(_ start: Int, _ end: Int) -> String {
        start < end ? String(scalars: scalars[start..<end]) : ""
    }

    /// Writes `u` as UTF-8 at `buffer[n...]`; the index after it.
    @inline(__always) @usableFromInline static func encode(
        _ u: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int
    ) -> Int {
        let v = u.value
        if v < 0x80 {
            buffer[n] = UInt8(v)
            return n + 1
        }
        var n = n
        for byte in UTF8.encode(u)! {
            buffer[n] = byte
            n += 1
        }
        return n
    }

    /// Whether token `k` exists and is the punctuation mark `c`.
    @inlinable public func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punct && scalars[Int(tokens[k].start)] == c
    }

    /// The text of one token.
    public func string(token i: Int) -> String { string(Int(tokens[i].start), Int(tokens[i].end)) }

    /// The text covering tokens `range` (including the whitespace between them).
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(Int(tokens[range.lowerBound].start), Int(tokens[range.upperBound - 1].end))
    }

    /// A span covering tokens `range`.
    public func span(tokens range: Range<Int>) -> TextSpan {
        let a = Int(tokens[range.lowerBound].start)
        let b = Int(tokens[range.upperBound - 1].end)
        return TextSpan(start: a, end: b, text: string(a, b))
    }

    /// The lowercase hash of tokens `range` joined by single spaces; equals `TokenHash.lower("a b c")`.
    public func lowerHash(tokens range: Range<Int>) -> UInt64 {
        var h = TokenHash.offset
        for k in range {
            if k != range.lowerBound { h = TokenHash.combine(h, 0x20) }
            for p in Int(tokens[k].start)..<Int(tokens[k].end) {
                h = TokenHash.combine(h, ScalarClass.lower(scalars[p]).value)
            }
        }
        return h
    }

    /// The index of the sentence containing token `i` (binary search).
    public func sentenceIndex(ofToken i: Int) -> Int {
        var lo = 0
        var hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The index of the first token whose end is after scalar offset `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
