/// A small streaming JSON writer: keys come out in the order the contract shows them, and
/// strings are escaped so that any text (control characters, escape sequences, bidi overrides)
/// stays inert when the output is printed, while a JSON parser still gets the exact data back.
///
/// The output is built as UTF-8 bytes and strings are copied a run of plain bytes at a time:
/// escaping scalar by scalar into a `String` took a third of `annotate`'s time.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value in the current object or array needs a comma before it; the
    /// enclosing levels' flags wait on `outer`.
    private var needsComma = false
    private var outer: [Bool] = []

    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public init() {}

    private mutating func separator() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    public mutating func beginObject() {
        separator()
        bytes.append(0x7B)
        outer.append(needsComma)
        needsComma = false
    }
    public mutating func endObject() {
        bytes.append(0x7D)
        needsComma = outer.removeLast()
    }
    public mutating func beginArray() {
        separator()
        bytes.append(0x5B)
        outer.append(needsComma)
        needsComma = false
    }
    public mutating func endArray() {
        bytes.append(0x5D)
        needsComma = outer.removeLast()
    }

    /// Writes `"key":`; the value call that follows must not add a comma.
    public mutating func key(_ k: String) {
        separator()
        JSONWriter.appendString(k, to: &bytes)
        bytes.append(0x3A)
        needsComma = false
    }

    private mutating func valueDone() { needsComma = true }

    public mutating func string(_ s: String?) {
        separator()
        if let s { JSONWriter.appendString(s, to: &bytes) } else { append("null") }
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
        if n < 0 { bytes.append(0x2D) }
        let m = n.magnitude
        var unit: UInt = 1
        while m / unit >= 10 { unit *= 10 }
        repeat {
            bytes.append(0x30 + UInt8(m / unit % 10))
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

    public mutating func field(_ k: String, _ s: String?) {
        key(k)
        string(s)
    }
    public mutating func field(_ k: String, _ n: Int?) {
        key(k)
        int(n)
    }

    private mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    static let hex = Array("0123456789abcdef".utf8)

    /// Bytes copied as they are: the rest are quotes, backslashes, controls, or lead bytes of
    /// scalars that may need escaping (C1 controls after 0xC2, U+061C after 0xD8, the bidi and
    /// line-separator marks after 0xE2), which are decoded and looked at one by one.
    static let plainBytes: [Bool] = (0..<256).map { b in
        !(b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2)
    }

    /// Appends `s` as a JSON string literal.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            plainBytes.withUnsafeBufferPointer { plain in
                var i = 0
                var run = 0
                while i < u.count {
                    let b = u[i]
                    if plain[Int(b)] {
                        i += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                    // The string is valid UTF-8, so a lead byte is followed by its continuation bytes.
                    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
                    var v = UInt32(b)
                    if length == 2 { v = (v & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F) }
                    if length == 3 { v = (v & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F) }
                    switch v {
                    case 0x22: out += [0x5C, 0x22]
                    case 0x5C: out += [0x5C, 0x5C]
                    case 0x0A: out += [0x5C, 0x6E]
                    case 0x0D: out += [0x5C, 0x72]
                    case 0x09: out += [0x5C, 0x74]
                    case _ where escapesAsCode(v):
                        out += [0x5C, 0x75]
                        for shift: UInt32 in [12, 8, 4, 0] { out.append(hex[Int((v >> shift) & 0xF)]) }
                    default: out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<(i + length)]))
                    }
                    i += length
                    run = i
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count]))
            }
        }
        out.append(0x22)
    }

    static func escapesAsCode(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
