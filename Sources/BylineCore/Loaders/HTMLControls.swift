import Foundation

/// Control characters in a web page, raw or as numeric character references (`&#x1B;`, `&#7;`,
/// `&#0;`), and references that name no character at all (a surrogate, past U+10FFFF): libxml2
/// drops them all without a trace, so they are rewritten before the page reaches it. A C0
/// control becomes its control picture ("␛"), the placeholder the sanitiser shows for the same
/// control in any other format, so a page's escape sequence reads "␛[2J" on screen whichever way
/// it was written; a reference to no character becomes U+FFFD, as browsers show it.
enum HTMLControls {
    /// `html` with every such character and reference replaced; the same bytes when there is none.
    /// A page in UTF-16 or UTF-32 (a NUL among its first bytes) has only its references rewritten.
    static func visible(_ html: Data) -> Data {
        let wide = html.prefix(4).contains(0)
        return html.withUnsafeBytes { (buf: UnsafeRawBufferPointer) -> Data in
            let b = buf.bindMemory(to: UInt8.self)
            var out: Data?
            var copied = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                var replacement: String?
                var end = i + 1
                if c == UInt8(ascii: "&"), let (value, after) = reference(b, at: i) {
                    replacement = standIn(value)
                    end = after
                } else if c < 0x20, !wide {
                    replacement = standIn(UInt32(c))
                }
                guard let replacement else {
                    i += 1
                    continue
                }
                if out == nil { out = Data(capacity: b.count + 16) }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                out!.append(contentsOf: Array(replacement.utf8))
                copied = end
                i = end
            }
            guard var result = out else { return html }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return result
        }
    }

    /// The numeric reference starting at `start` ("&#27;", "&#x1b;", the ";" optional as in HTML):
    /// its value (saturated past U+10FFFF) and the index after it.
    private static func reference(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var i = start + 1
        guard i < b.count, b[i] == UInt8(ascii: "#") else { return nil }
        i += 1
        let hex = i < b.count && (b[i] | 0x20) == UInt8(ascii: "x")
        if hex { i += 1 }
        var value: UInt32 = 0
        let digitsStart = i
        while i < b.count, let d = digit(b[i], hex: hex) {
            value = min(value * (hex ? 16 : 10) + d, 0x11_0000)
            i += 1
        }
        guard i > digitsStart else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ";") { i += 1 }
        return (value, i)
    }

    private static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The reference to write for character `value`, or nil when libxml2 keeps it as it is.
    private static func standIn(_ value: UInt32) -> String? {
        switch value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0..<0x20: return "&#x" + String(0x2400 + value, radix: 16) + ";"
        case 0xD800...0xDFFF, 0xFFFE, 0xFFFF, 0x11_0000...: return "&#xFFFD;"
        default: return nil
        }
    }
}
