import Foundation

/// Turns a file's bytes into text without ever failing: UTF-8 when valid, Latin-1 when no byte
/// sequence in the file is UTF-8 beyond ASCII (old Western files), otherwise UTF-8 with
/// U+FFFD for the broken sequences. Binary files (a NUL byte in the first 8 KiB) are refused.
public enum TextDecoding {
    public enum Failure: Error, CustomStringConvertible {
        case binary
        public var description: String { "binary file (contains NUL bytes)" }
    }

    /// How the bytes were read, for the load report.
    public enum Method: String, Sendable { case utf8, latin1, utf8WithReplacements }

    public static func decode(_ data: Data) throws -> (text: String, method: Method) {
        let head = data.prefix(8192)
        if head.contains(0) { throw Failure.binary }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // UTF-8 byte order mark
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        if !containsUTF8Sequence(bytes) {
            return (String(bytes.map { Character(Unicode.Scalar($0)) }), .latin1)
        }
        return (String(decoding: bytes, as: UTF8.self), .utf8WithReplacements)
    }

    /// Whether any well-formed multi-byte UTF-8 sequence occurs.
    static func containsUTF8Sequence(_ bytes: Data) -> Bool {
        var it = bytes.makeIterator()
        var pending = 0
        var count = 0
        while let b = it.next() {
            if pending > 0 {
                if b & 0xC0 == 0x80 {
                    count += 1
                    if count == pending { return true }
                    continue
                }
                pending = 0
            }
            if b & 0xE0 == 0xC0 { pending = 1; count = 0 }
            else if b & 0xF0 == 0xE0 { pending = 2; count = 0 }
            else if b & 0xF8 == 0xF0 { pending = 3; count = 0 }
        }
        return false
    }
}
