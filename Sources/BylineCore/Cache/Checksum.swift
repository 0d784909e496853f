/// A fast 64-bit checksum over bytes, eight at a time: catches a damaged cache record that
/// would otherwise decode into wrong text. Not cryptographic; the cache is not a trust boundary.
enum Checksum {
    static func of(_ buf: UnsafeRawBufferPointer) -> UInt64 {
        var r = Running(count: buf.count)
        r.add(buf)
        return r.value
    }

    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { of(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// The checksum of `range` of `file`, read a chunk at a time so that a section of a
    /// gigabyte is checked without being held; nil when it cannot all be read.
    static func of(_ file: OpenFile, _ range: Range<Int>) -> UInt64? {
        var r = Running(count: range.count)
        var at = range.lowerBound
        while at < range.upperBound {
            guard let chunk = file.read(at..<min(range.upperBound, at + Running.chunk)) else { return nil }
            chunk.withUnsafeBytes { r.add($0) }
            at += chunk.count
        }
        return r.value
    }

    /// The checksum of bytes given in pieces: every piece but the last a multiple of eight bytes.
    struct Running {
        /// A size for the pieces: a multiple of eight.
        static let chunk = 1 << 22
        private(set) var value: UInt64

        init(count: Int) { value = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count) }

        mutating func add(_ buf: UnsafeRawBufferPointer) {
            var h = value
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
            value = h
        }
    }
}
