/// A small streaming JSON writer: keys come out in the order the contract shows them, and
/// strings are escaped so that any text (control characters, escape sequences, bidi overrides)
/// stays inert when the output is printed, while a JSON parser still gets the exact data back.
///
/// The output is built as UTF-8 bytes and strings are copied a run of plain bytes at a time:
/// escaping scalar by scalar into a `String` took a third of `annotate`'s time.
public struct JSONWriter {
    private var buffer = ByteBuffer()
    /// Whether the next value in the current object or array needs a comma before it; the
    /// enclosing levels' flags wait on `outer`.
    private var needsComma = false
    private var outer: [Bool] = []

    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8] { buffer.array }

    /// The JSON written so far.
    public var output: String { buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    public init() {}

    private mutating func separator() {
        if needsComma { buffer.append(0x2C) }
        needsComma = true
    }

    public mutating func beginObject() {
        separator()
        buffer.append(0x7B)
        outer.append(needsComma)
        needsComma = false
    }
    public mutating func endObject() {
        buffer.append(0x7D)
        needsComma = outer.removeLast()
    }
    public mutating func beginArray() {
        separator()
        buffer.append(0x5B)
        outer.append(needsComma)
        needsComma = false
    }
    public mutating func endArray() {
        buffer.append(0x5D)
        needsComma = outer.removeLast()
    }

    /// Writes `"key":`; the value call that follows must not add a comma. Keys are names in the
    /// code (letters and underscores), never data, so they are written as they are.
    public mutating func key(_ k: StaticString) {
        assert(k.withUTF8Buffer { $0.allSatisfy { JSONWriter.isPlain($0) && $0 < 0x80 } }, "a JSON key to escape")
        separator()
        buffer.append(0x22)
        buffer.append(k)
        buffer.append(0x22)
        buffer.append(0x3A)
        needsComma = false
    }

    private mutating func valueDone() { needsComma = true }

    public mutating func string(_ s: String?) {
        separator()
        if let s { JSONWriter.appendString(s, to: &buffer) } else { append("null") }
        valueDone()
    }

    public mutating func int(_ n: Int?) {
        separator()
        if let n { appendDigits(n) } else { append("null") }
        valueDone()
    }

    /// `n` in decimal, written straight into the bytes: a `String` per offset cost more than
    /// the digits.
    private mutating func appendDigits(_ n: Int) {
        if n < 0 { buffer.append(0x2D) }
        let m = n.magnitude
        var unit: UInt = 1
        while m / unit >= 10 { unit *= 10 }
        repeat {
            buffer.append(0x30 + UInt8(m / unit % 10))
            unit /= 10
        } while unit > 0
    }

    public mutating func double(_ d: Double) {
        separator()
        append(d.isFinite ? String(d) : "null")
        valueDone()
    }

    public mutating func null() {
        separator()
        append("null")
        valueDone()
    }

    public mutating func field(_ k: StaticString, _ s: String?) {
        key(k)
        string(s)
    }
    public mutating func field(_ k: StaticString, _ n: Int?) {
        key(k)
        int(n)
    }

    private mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append($0) }
    }

    static let hex = Array("0123456789abcdef".utf8)

    /// Whether byte `b` of a string is copied as it is: the rest are quotes, backslashes,
    /// controls, or lead bytes of scalars that may need escaping (C1 controls after 0xC2, U+061C
    /// after 0xD8, the bidi and line-separator marks after 0xE2), decoded and looked at one by one.
    /// Worked out with no table: a global table is a lazy global, reached through a once-check
    /// on every string.
    @inline(__always) static func isPlain(_ b: UInt8) -> Bool {
        // Bits 0x20-0x3F set but for 0x22 (the quotation mark).
        if b < 0x40 { return (0xFFFF_FFFB_0000_0000 as UInt64) >> UInt64(b) & 1 != 0 }
        if b < 0x80 { return b != 0x5C && b != 0x7F }
        return b != 0xC2 && b != 0xD8 && b != 0xE2
    }

    /// Appends `s` as a JSON string literal, straight from its UTF-8 storage when it has one.
    static func appendString(_ s: String, to out: inout ByteBuffer) {
        if s.utf8.withContiguousStorageIfAvailable({ appendString($0, to: &out) }) != nil { return }
        var s = s
        s.withUTF8 { appendString($0, to: &out) }
    }

    /// Whether any of the eight bytes in `w` is not plain ASCII: 0x7F or above, a control, a
    /// quotation mark or a backslash (each test sets a byte's high bit, exact for "any").
    @inline(__always) static func hasSpecial(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let aboveASCII = (w | (w &+ ones)) & high
        let control = (w &- 0x2020_2020_2020_2020) & ~w & high
        let q = w ^ 0x2222_2222_2222_2222
        let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
        return aboveASCII | control | ((q &- ones) & ~q & high) | ((b &- ones) & ~b & high) != 0
    }

    /// Appends valid UTF-8 `u` as a JSON string literal: runs of plain bytes are copied at once,
    /// and found eight bytes at a time while they are plain ASCII.
    static func appendString(_ u: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        out.append(0x22)
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            var run = 0
            while i < u.count {
                while i + 8 <= u.count && !hasSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                guard i < u.count else { break }
                let b = u[i]
                if isPlain(b) {
                    i += 1
                    continue
                }
                if run < i { out.append(UnsafeBufferPointer(rebasing: u[run..<i])) }
                // The string is valid UTF-8, so a lead byte is followed by its continuation bytes.
                let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
                var v = UInt32(b)
                if length == 2 { v = (v & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F) }
                if length == 3 { v = (v & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F) }
                switch v {
                case 0x22: escape(0x22, to: &out)
                case 0x5C: escape(0x5C, to: &out)
                case 0x0A: escape(0x6E, to: &out)
                case 0x0D: escape(0x72, to: &out)
                case 0x09: escape(0x74, to: &out)
                case _ where escapesAsCode(v):
                    escape(0x75, to: &out)
                    for shift: UInt32 in stride(from: 12, through: 0, by: -4) {
                        out.append(hex[Int((v >> shift) & 0xF)])
                    }
                default: out.append(UnsafeBufferPointer(rebasing: u[i..<(i + length)]))
                }
                i += length
                run = i
            }
            if run < u.count { out.append(UnsafeBufferPointer(rebasing: u[run..<u.count])) }
        }
        out.append(0x22)
    }

    /// A backslash and `letter`.
    @inline(__always) private static func escape(_ letter: UInt8, to out: inout ByteBuffer) {
        out.append(0x5C)
        out.append(letter)
    }

    static func escapesAsCode(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
