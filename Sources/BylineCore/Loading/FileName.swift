#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File names are bytes, and Byline's paths are Strings. A name that is not valid UTF-8 would
/// lose its odd bytes in a String (each becomes U+FFFD) and the file could no longer be opened,
/// so each byte that is not part of valid UTF-8 is kept instead as the private-use scalar
/// U+10FF00 + byte, and turned back into that byte whenever the path is handed to the system.
/// On screen such a scalar is shown as a placeholder (`SafeText`).
public enum FileName {
    /// The first scalar standing for a raw byte (only bytes 0x80–0xFF can be invalid UTF-8).
    static let rawBase: UInt32 = 0x10FF00

    /// Whether `u` stands for a raw byte of a file name.
    @inline(__always)
    public static func isRawByte(_ u: Unicode.Scalar) -> Bool { u.value >= rawBase + 0x80 && u.value <= rawBase + 0xFF }

    /// A name or path from the system, every byte kept.
    public static func decode(_ cString: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString))
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded):
                out.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for k in offset..<(offset + length) { out.append(Unicode.Scalar(rawBase + UInt32(bytes[k]))!) }
                offset += length
            case .emptyInput:
                return String(out)
            }
        }
    }

    /// Calls `body` with `path` as the system's bytes.
    public static func withSystemPath<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard path.unicodeScalars.contains(where: isRawByte) else { return try path.withCString(body) }
        var bytes: [CChar] = []
        for u in path.unicodeScalars {
            if isRawByte(u) {
                bytes.append(CChar(bitPattern: UInt8(u.value - rawBase)))
            } else {
                for b in String(u).utf8 { bytes.append(CChar(bitPattern: b)) }
            }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The command line, every argument's bytes kept, so a file named in it can be opened.
    public static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { decode($0) } }
    }
}
