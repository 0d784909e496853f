import BylineNLP

/// Cuts spans given in Unicode scalar offsets out of a text, offsets clamped to it. A text in
/// plain ASCII, as most news is, is cut straight from its UTF-8 bytes, whose offsets are the
/// scalars' offsets; in any other text the byte where every `markStride`-th scalar starts is
/// noted in one pass, and a span's ends are found from the mark before them, so expanding a stored
/// annotation never decodes the whole text into scalars.
struct ScalarSpans {
    private let text: String
    /// Where scalars 0, `markStride`, 2 × `markStride`, ... start in the UTF-8 bytes; nil for
    /// plain ASCII.
    private let marks: [Int]?
    /// Scalars in the text.
    let count: Int

    static let markStride = 32

    init(_ text: String) {
        var text = text
        (marks, count) = text.withUTF8 { u in
            Self.isASCII(u) ? (nil, u.count) : Self.marks(u)
        }
        self.text = text
    }

    /// The marks of UTF-8 `u` and its number of scalars: a scalar starts at every byte that is
    /// not a continuation byte (10xxxxxx), counted eight bytes at a time between marks.
    private static func marks(_ u: UnsafeBufferPointer<UInt8>) -> ([Int], Int) {
        var marks: [Int] = []
        marks.reserveCapacity(u.count / markStride + 1)
        var scalars = 0
        var i = 0
        let raw = UnsafeRawPointer(u.baseAddress!)
        while i < u.count {
            // A word of eight bytes is counted at once when none of its scalars can take a mark.
            let sinceMark = scalars % markStride
            if i + 8 <= u.count && sinceMark != 0 && sinceMark + 8 <= markStride {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let continuations = w & ~(w << 1) & 0x8080_8080_8080_8080
                scalars += 8 - continuations.nonzeroBitCount
                i += 8
                continue
            }
            if u[i] & 0xC0 != 0x80 {
                if scalars % markStride == 0 { marks.append(i) }
                scalars += 1
            }
            i += 1
        }
        return (marks, scalars)
    }

    /// Where scalar `k` (at most `count`) starts in the UTF-8 bytes `u` of the text.
    private func byteOffset(_ k: Int, in u: UnsafeBufferPointer<UInt8>) -> Int {
        guard let marks else { return k }
        guard k < count else { return u.count }
        var i = marks[k / Self.markStride]
        for _ in 0..<(k % Self.markStride) {
            i += 1
            while u[i] & 0xC0 == 0x80 { i += 1 }
        }
        return i
    }

    /// The span from `a` to `b`, both clamped to the text.
    func span(_ a: Int32, _ b: Int32) -> TextSpan {
        let s = max(0, min(Int(a), count))
        let e = max(s, min(Int(b), count))
        var text = self.text
        let cut = text.withUTF8 { u in
            String(
                decoding: UnsafeBufferPointer(rebasing: u[byteOffset(s, in: u)..<byteOffset(e, in: u)]), as: UTF8.self)
        }
        return TextSpan(start: s, end: e, text: cut)
    }

    /// Whether every byte of the text is ASCII, read eight bytes at a time and given up at the
    /// first word that is not.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isASCII($0) }
    }

    static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
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
