/// A small streaming JSON writer: keys come out in the order the contract shows them, and
/// strings are escaped so that any text (control characters, escape sequences, bidi overrides)
/// stays inert when the output is printed, while a JSON parser still gets the exact data back.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    public init() {}

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() {
        separator()
        output += "{"
        needsComma.append(false)
    }
    public mutating func endObject() {
        output += "}"
        needsComma.removeLast()
    }
    public mutating func beginArray() {
        separator()
        output += "["
        needsComma.append(false)
    }
    public mutating func endArray() {
        output += "]"
        needsComma.removeLast()
    }

    /// Writes `"key":`; the value call that follows must not add a comma.
    public mutating func key(_ k: String) {
        separator()
        JSONWriter.appendString(k, to: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
    }

    private mutating func valueDone() { needsComma[needsComma.count - 1] = true }

    public mutating func string(_ s: String?) {
        separator()
        if let s { JSONWriter.appendString(s, to: &output) } else { output += "null" }
        valueDone()
    }

    public mutating func int(_ n: Int?) {
        separator()
        output += n.map(String.init) ?? "null"
        valueDone()
    }

    public mutating func double(_ d: Double) {
        separator()
        output += d.isFinite ? String(d) : "null"
        valueDone()
    }

    public mutating func bool(_ b: Bool) {
        separator()
        output += b ? "true" : "false"
        valueDone()
    }
    public mutating func null() {
        separator()
        output += "null"
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

    static let hex: [Character] = Array("0123456789abcdef")

    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case _ where escapesAsCode(u.value):
                let v = Int(u.value)
                out += "\\u"
                for shift in [12, 8, 4, 0] { out.append(hex[(v >> shift) & 0xF]) }
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }

    /// Controls, and the bidi and format marks that reorder text on a terminal (U+061C, U+200E/F,
    /// U+202A–E, U+2066–9), plus the line and paragraph separators that break JavaScript parsers.
    @inline(__always)
    static func escapesAsCode(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
