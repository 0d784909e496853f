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

    /// The checksum of bytes given in pieces of any size, as `of` would give it for all of them at once.
    struct Running {
        /// A size for pieces read from a file.
        static let chunk = 1 << 22
        private var h: UInt64
        /// Bytes of the last piece that did not fill eight, with the next piece's first bytes to come.
        private var tail: UInt64 = 0
        private var tailCount = 0

        /// `count`: how many bytes all the pieces hold together.
        init(count: Int) { h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count) }

        mutating func add(_ buf: UnsafeRawBufferPointer) {
            var i = 0
            while tailCount > 0 && tailCount < 8 && i < buf.count {
                tail |= UInt64(buf[i]) << (8 * UInt64(tailCount))
                tailCount += 1
                i += 1
            }
            if tailCount == 8 {
                // The tail holds its first byte lowest: as a little-endian load would give it.
                mix(UInt64(littleEndian: tail))
                tail = 0
                tailCount = 0
            }
            while i + 8 <= buf.count {
                mix(buf.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            while i < buf.count {
                tail |= UInt64(buf[i]) << (8 * UInt64(tailCount))
                tailCount += 1
                i += 1
            }
        }

        private mutating func mix(_ word: UInt64) {
            h = (h ^ word) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
        }

        /// The checksum of everything added; the bytes short of a last eight count one at a time.
        var value: UInt64 {
            var v = h
            for k in 0..<tailCount { v = (v ^ ((tail >> (8 * UInt64(k))) & 0xFF)) &* 0x0000_0100_0000_01B3 }
            return v
        }
    }
}
