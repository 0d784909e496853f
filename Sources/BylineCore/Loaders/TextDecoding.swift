import Foundation

/// Turns a file's bytes into text without ever failing on encoding: UTF-8 when valid; UTF-16
/// when the file starts with its byte-order mark, or has none but every other byte is NUL (as
/// Latin-script UTF-16 does); Latin-1 when no byte sequence in the file is UTF-8 beyond ASCII
/// (old Western files); otherwise UTF-8 with U+FFFD for the broken sequences. Binary files (NUL
/// bytes, or mostly control bytes, in the first 8 KiB) are refused, except UTF-8 text with a few
/// stray NULs, which keeps them.
public enum TextDecoding {
    /// How the bytes were read, for the load report.
    public enum Method: String, Sendable { case utf8, utf16, latin1, utf8WithReplacements }

    static let sniffLength = 8192

    /// The text in `data`; throws `LoadProblem.binary` for a binary file.
    public static func decode(_ data: Data) throws(LoadProblem) -> (text: String, method: Method) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let s = String(data: data, encoding: .utf16)
        {
            return (s, .utf16)
        }
        // Raw bytes rather than `Data`'s iterator: every file of a collection passes through here.
        let decoded = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (String, Method)? in
            let all = raw.bindMemory(to: UInt8.self)
            let head = UnsafeBufferPointer(rebasing: all.prefix(sniffLength))
            let found = controls(in: head)
            // UTF-16 without a mark is known by its NUL bytes: text without one is not looked at.
            if found.nul, let order = utf16ByteOrder(head), let s = String(data: data, encoding: order) {
                return (s, .utf16)
            }
            if found.looksBinary(head.count) && !isUTF8WithStrayNULs(head) { return nil }
            let hasMark = all.starts(with: [0xEF, 0xBB, 0xBF])  // UTF-8 byte order mark
            let bytes = UnsafeBufferPointer(rebasing: all.dropFirst(hasMark ? 3 : 0))
            if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
            if !containsUTF8Sequence(bytes) { return (latin1(bytes), .latin1) }
            return (String(decoding: bytes, as: UTF8.self), .utf8WithReplacements)
        }
        guard let decoded else { throw .binary }
        return decoded
    }

    /// A NUL byte, or more than one byte in ten a control character other than tab, line feed,
    /// form feed, carriage return and escape: no article looks like that.
    static func looksBinary(_ head: Data) -> Bool {
        head.withUnsafeBytes { looksBinary($0.bindMemory(to: UInt8.self)) }
    }

    static func looksBinary(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        controls(in: head).looksBinary(head.count)
    }

    /// What `looksBinary` counts in the bytes it looks at.
    struct Controls {
        /// Whether a NUL byte was found (the count stops there).
        var nul = false
        /// Control bytes other than tab, line feed, form feed, carriage return and escape.
        var count = 0

        func looksBinary(_ length: Int) -> Bool { nul || count * 10 > length }
    }

    /// The NUL and control bytes of `head`, passed over eight bytes at a time while none is
    /// below 0x20: text has a line feed now and then and nothing else of the kind, and every
    /// file of a collection is looked at here.
    static func controls(in head: UnsafeBufferPointer<UInt8>) -> Controls {
        var found = Controls()
        guard let base = head.baseAddress else { return found }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < head.count {
            while i + 8 <= head.count && !hasControl(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            let end = min(head.count, i + 8)
            while i < end {
                let b = head[i]
                if b == 0 {
                    found.nul = true
                    return found
                }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B { found.count += 1 }
                i += 1
            }
        }
        return found
    }

    /// Whether any of the eight bytes in `w` is below 0x20 (sets the high bit of such a byte
    /// and of no other: exact for "any").
    @inline(__always) static func hasControl(_ w: UInt64) -> Bool {
        (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0
    }

    /// The byte order of UTF-16 without a byte-order mark, recognised by its zero high bytes:
    /// more than half the high bytes are NUL and almost none of the low ones.
    static func utf16ByteOrder(_ head: UnsafeBufferPointer<UInt8>) -> String.Encoding? {
        let pairs = head.count / 2
        guard pairs >= 4 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for i in 0..<pairs {
            if head[2 * i] == 0 { zeroEven += 1 }
            if head[2 * i + 1] == 0 { zeroOdd += 1 }
        }
        if zeroOdd * 2 > pairs && zeroEven * 20 < pairs { return .utf16LittleEndian }
        if zeroEven * 2 > pairs && zeroOdd * 20 < pairs { return .utf16BigEndian }
        return nil
    }

    /// Valid UTF-8 (the last sequence may be cut by the end of `head`) with at most one NUL in a
    /// hundred bytes and few other controls: text with stray NULs, not a binary file.
    static func isUTF8WithStrayNULs(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var nuls = 0
        var controls = 0
        for b in head {
            if b == 0 {
                nuls += 1
            } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B {
                controls += 1
            }
        }
        guard nuls * 100 <= head.count, controls * 10 <= head.count else { return false }
        return (0...min(3, head.count)).contains {
            String(validating: UnsafeBufferPointer(rebasing: head.dropLast($0)), as: UTF8.self) != nil
        }
    }

    /// Latin-1 bytes are the first 256 code points: each byte above ASCII becomes two UTF-8 bytes.
    static func latin1(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                utf8.append(b)
            } else {
                utf8.append(0xC0 | (b >> 6))
                utf8.append(0x80 | (b & 0x3F))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Whether any well-formed multi-byte UTF-8 sequence occurs.
    static func containsUTF8Sequence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var pending = 0
        var count = 0
        for b in bytes {
            if pending > 0 {
                if b & 0xC0 == 0x80 {
                    count += 1
                    if count == pending { return true }
                    continue
                }
                pending = 0
            }
            if b & 0xE0 == 0xC0 {
                pending = 1
                count = 0
            } else if b & 0xF0 == 0xE0 {
                pending = 2
                count = 0
            } else if b & 0xF8 == 0xF0 {
                pending = 3
                count = 0
            }
        }
        return false
    }
}
