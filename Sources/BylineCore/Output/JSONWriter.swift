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
    /// The enclosing levels' `needsComma`, one bit per level (bit `k` for level `k`), and in
    /// `deeper` beyond 64 levels: an array pushed and popped per object cost more than the
    /// object's small fields.
    private var outer: UInt64 = 0
    private var depth = 0
    private var deeper: [Bool] = []

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
        enter()
    }
    public mutating func endObject() {
        buffer.append(0x7D)
        leave()
    }
    public mutating func beginArray() {
        separator()
        buffer.append(0x5B)
        enter()
    }
    public mutating func endArray() {
        buffer.append(0x5D)
        leave()
    }

    /// Keeps the enclosing level's `needsComma` while a nested object or array is written.
    private mutating func enter() {
        if depth < 64 {
            outer = needsComma ? outer | 1 << UInt64(depth) : outer & ~(1 << UInt64(depth))
        } else {
            deeper.append(needsComma)
        }
        depth += 1
        needsComma = false
    }

    private mutating func leave() {
        precondition(depth > 0, "a JSON object or array closed that was not opened")
        depth -= 1
        needsComma = depth < 64 ? outer >> UInt64(depth) & 1 != 0 : deeper.removeLast()
    }

    /// Writes `"key":`; the value call that follows must not add a comma. Keys are names in the
    /// code (letters and underscores), never data, so they are written as they are.
    public mutating func key(_ k: StaticString) {
        let comma = needsComma
        needsComma = false
        k.withUTF8Buffer { k in
            buffer.append(atMost: k.count + 4) { p in JSONWriter.writeKey(k, comma: comma, to: p) }
        }
    }

    /// Writes `,"key":` (the comma when `comma`) at `p` and gives the bytes written. A key's
    /// bytes are copied as at most two overlapping words rather than through `memcpy`, which cost
    /// more than the key: an annotation writes several hundred thousand of them over a collection.
    /// `k` comes from `StaticString.withUTF8Buffer`, which also holds the bytes of a literal kept
    /// as a single scalar, where `utf8Start` would trap.
    @inline(__always) static func writeKey(
        _ k: UnsafeBufferPointer<UInt8>, comma: Bool, to p: UnsafeMutablePointer<UInt8>
    ) -> Int {
        assert(k.allSatisfy { $0 < 0x80 && isPlain($0) }, "a JSON key to escape")
        var o = 0
        if comma {
            p[o] = 0x2C
            o += 1
        }
        p[o] = 0x22
        o += 1
        let n = k.count
        copyShort(from: UnsafeRawPointer(k.baseAddress!), count: n, to: UnsafeMutableRawPointer(p + o))
        o += n
        p[o] = 0x22
        p[o + 1] = 0x3A
        return o + 2
    }

    /// Copies `n` bytes: from 8 on as the first and the last eight (overlapping when fewer than
    /// 16), from 4 on likewise by fours, below a byte at a time; longer than 16, by `copyMemory`.
    @inline(__always) static func copyShort(from s: UnsafeRawPointer, count n: Int, to d: UnsafeMutableRawPointer) {
        if n > 16 {
            d.copyMemory(from: s, byteCount: n)
        } else if n >= 8 {
            let (a, b) = (s.loadUnaligned(as: UInt64.self), s.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            d.storeBytes(of: a, as: UInt64.self)
            d.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let (a, b) = (s.loadUnaligned(as: UInt32.self), s.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            d.storeBytes(of: a, as: UInt32.self)
            d.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        } else {
            for i in 0..<n {
                d.storeBytes(of: s.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self)
            }
        }
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
        buffer.append(atMost: 21) { p in JSONWriter.writeDigits(n, to: p) }
    }

    /// Writes `n` in decimal at `p` (a sign and at most 20 digits) and gives the bytes written.
    /// The digits are counted first so that each can go straight to its place, the last first,
    /// as division hands them out.
    @inline(__always) static func writeDigits(_ n: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var o = 0
        if n < 0 {
            p[0] = 0x2D
            o = 1
        }
        var m = n.magnitude
        var digits = 1
        var bound: UInt = 10
        // 10^19 is the largest power of ten a UInt holds: past it, 20 digits.
        while m >= bound {
            digits += 1
            if digits == 20 { break }
            bound &*= 10
        }
        o += digits
        var at = o
        repeat {
            at -= 1
            p[at] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        } while m > 0
        return o
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
    /// A key and its number in one piece: one check for room for both.
    public mutating func field(_ k: StaticString, _ n: Int?) {
        guard let n else {
            key(k)
            return null()
        }
        let comma = needsComma
        needsComma = true
        k.withUTF8Buffer { k in
            buffer.append(atMost: k.count + 25) { p in
                let o = JSONWriter.writeKey(k, comma: comma, to: p)
                return o + JSONWriter.writeDigits(n, to: p + o)
            }
        }
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

    /// Bytes of a string escaped per room check: the room is six times as many (`\u0000` for a
    /// byte), which a whole article's text must not ask for at once.
    static let stringPiece = 4096

    /// Strings of at most this many bytes are first checked whole for plain ASCII, and then
    /// copied at once with their quotation marks: names, values and keys, most of the strings an
    /// annotation has, are short and seldom need escaping, so one check and one copy beat a walk
    /// through their bytes. A longer one (an article's text, a quote) is likely to hold something
    /// to escape (a quotation mark, a line break), so it is copied by runs between those.
    static let shortString = 64

    /// Appends valid UTF-8 `u` as a JSON string literal.
    static func appendString(_ u: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        guard let base = u.baseAddress, u.count <= shortString, isPlainASCII(u) else {
            return appendEscaping(u, to: &out)
        }
        out.append(atMost: u.count + 2) { p in
            p[0] = 0x22
            for k in 0..<u.count { p[1 + k] = base[k] }
            p[u.count + 1] = 0x22
            return u.count + 2
        }
    }

    /// Whether every byte of `u` (not empty) is ASCII that a JSON string takes as it is:
    /// checked eight bytes at a time, then the last few one by one.
    @inline(__always) static func isPlainASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(u.baseAddress!)
        var i = 0
        while i + 8 <= u.count {
            if hasSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
            i += 8
        }
        while i < u.count {
            let b = u[i]
            if b < 0x20 || b >= 0x7F || b == 0x22 || b == 0x5C { return false }
            i += 1
        }
        return true
    }

    /// Appends valid UTF-8 `u` as a JSON string literal, escaping what must be: runs of plain
    /// bytes are copied at once, and found eight bytes at a time while they are plain ASCII.
    static func appendEscaping(_ u: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        out.append(0x22)
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i < u.count {
                let end = min(u.count, i + stringPiece)
                // A scalar that starts before `end` may end two bytes after it.
                out.append(atMost: 6 * (end - i + 2)) { p in
                    var o = 0
                    var run = i
                    while i < end {
                        while i + 8 <= end && !hasSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                            i += 8
                        }
                        guard i < end else { break }
                        let b = base[i]
                        if isPlain(b) {
                            i += 1
                            continue
                        }
                        (p + o).initialize(from: base + run, count: i - run)
                        o += i - run
                        // The string is valid UTF-8, so a lead byte is followed by its continuation bytes.
                        let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
                        var v = UInt32(b)
                        if length == 2 { v = (v & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F) }
                        if length == 3 {
                            v = (v & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                        }
                        o += escape(v, from: base + i, length: length, to: p + o)
                        i += length
                        run = i
                    }
                    (p + o).initialize(from: base + run, count: i - run)
                    return o + i - run
                }
            }
        }
        out.append(0x22)
    }

    /// Writes scalar `v`, whose `length` UTF-8 bytes are at `from`, escaped if it must be, to
    /// `to`; the number of bytes written (at most six).
    @inline(__always) private static func escape(
        _ v: UInt32, from: UnsafePointer<UInt8>, length: Int, to p: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let letter: UInt8
        switch v {
        case 0x22: letter = 0x22
        case 0x5C: letter = 0x5C
        case 0x0A: letter = 0x6E
        case 0x0D: letter = 0x72
        case 0x09: letter = 0x74
        case _ where escapesAsCode(v):
            p[0] = 0x5C
            p[1] = 0x75
            for k in 0..<4 { p[2 + k] = hex[Int((v >> UInt32(12 - 4 * k)) & 0xF)] }
            return 6
        default:
            p.initialize(from: from, count: length)
            return length
        }
        p[0] = 0x5C
        p[1] = letter
        return 2
    }

    static func escapesAsCode(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
