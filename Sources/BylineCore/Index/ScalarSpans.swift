import BylineNLP

/// Cuts spans given in Unicode scalar offsets out of a text, offsets clamped to it. A text in
/// plain ASCII, as most news is, is cut straight from its UTF-8 bytes, whose offsets are the
/// scalars' offsets; any other text is decoded to scalars once. Expanding a stored annotation
/// otherwise decoded the whole text into a scalar array for a few short spans.
struct ScalarSpans {
    private let text: String
    /// The text's scalars when it is not plain ASCII.
    private let scalars: [Unicode.Scalar]?
    /// Scalars in the text.
    let count: Int

    init(_ text: String) {
        self.text = text
        if Self.isASCII(text) {
            scalars = nil
            count = text.utf8.count
        } else {
            let decoded = [Unicode.Scalar](scalarsOf: text)
            scalars = decoded
            count = decoded.count
        }
    }

    /// The span from `a` to `b`, both clamped to the text.
    func span(_ a: Int32, _ b: Int32) -> TextSpan {
        let s = max(0, min(Int(a), count))
        let e = max(s, min(Int(b), count))
        if let scalars { return TextSpan(start: s, end: e, text: String(scalars: scalars[s..<e])) }
        let u = text.utf8
        let cut = u[u.index(u.startIndex, offsetBy: s)..<u.index(u.startIndex, offsetBy: e)]
        return TextSpan(start: s, end: e, text: String(cut) ?? "")
    }

    /// Whether every byte of the text is ASCII, read eight bytes at a time and given up at the
    /// first that is not (a text that is not ASCII is decoded whole after this).
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            var i = 0
            var high: UInt64 = 0
            while i + 8 <= u.count {
                high |= UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if high & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < u.count {
                high |= UInt64(u[i])
                i += 1
            }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }
}
