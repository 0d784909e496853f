/// A fast 64-bit checksum over bytes, eight at a time: catches a damaged cache record that
/// would otherwise decode into wrong text. Not cryptographic; the cache is not a trust boundary.
enum Checksum {
    static func of(_ buf: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buf.count)
        var i = 0
        while i + 8 <= buf.count {
            h = (h ^ buf.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < buf.count {
            h = (h ^ UInt64(buf[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { of(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}
