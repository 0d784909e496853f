/// The ids of a vocabulary's strings by content, equal exactly when `String`'s `==` says so.
///
/// A `[String: Int32]` hashes every name with SipHash over its normalised scalars, and a
/// collection index interns every name of every article it takes: that hashing was most of the
/// index builder's time. Here a string in plain ASCII, as nearly every name is, is hashed a word
/// at a time over its bytes; any other string by `String`'s own hash. Two strings that compare
/// equal get the same hash either way: a string that is not plain ASCII equals an ASCII one only
/// when its other scalars are the three whose canonical decomposition is one ASCII character
/// (U+037E ";", U+1FEF "`", U+212A "K"), and those are hashed as that character. Candidates with
/// the same hash are told apart with `==`, so the ids are those of the dictionary.
struct StringIds: Sendable {
    /// Open addressing, a power of two in size: each slot's string hash and id, -1 when empty.
    private var hashes: [Int] = []
    private var ids: [Int32] = []
    private var count = 0

    init(capacity: Int = 0) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        hashes = [Int](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
    }

    /// The id of the string equal to `s` among `strings` (the ids index it), or nil.
    func id(of s: String, hash h: Int, in strings: [String]) -> Int32? {
        let mask = ids.count - 1
        var i = h & mask
        while ids[i] >= 0 {
            if hashes[i] == h, strings[Int(ids[i])] == s { return ids[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Records `id` for a string of hash `h` not recorded yet.
    mutating func insert(hash h: Int, id: Int32) {
        if (count + 1) * 2 > ids.count { grow() }
        let mask = ids.count - 1
        var i = h & mask
        while ids[i] >= 0 { i = (i + 1) & mask }
        hashes[i] = h
        ids[i] = id
        count += 1
    }

    private mutating func grow() {
        var bigger = StringIds(capacity: ids.count)
        for i in ids.indices where ids[i] >= 0 { bigger.insert(hash: hashes[i], id: ids[i]) }
        self = bigger
    }

    /// The hash of `s`, the same for strings that compare equal.
    static func hash(_ s: String) -> Int {
        var bytes = s
        return bytes.withUTF8 { u in
            if let h = asciiHash(u) { return h }
            guard let mapped = asciiEquivalent(u) else { return s.hashValue }
            return mapped.withUnsafeBufferPointer { asciiHash($0)! }
        }
    }

    /// A hash of `u` eight bytes at a time when every byte is ASCII, else nil.
    private static func asciiHash(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = u.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(u.count)
        var seen: UInt64 = 0
        var i = 0
        while i + 8 <= u.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            seen |= w
            h = mix(h ^ w)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < u.count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        seen |= tail
        guard seen & 0x8080_8080_8080_8080 == 0 else { return nil }
        return Int(truncatingIfNeeded: mix(h ^ tail))
    }

    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        var x = x &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// The bytes of `u` with U+037E, U+1FEF and U+212A written as the ASCII character each
    /// decomposes to, when every other byte is ASCII; nil when another scalar is not.
    private static func asciiEquivalent(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x80 {
                out.append(b)
                i += 1
            } else if b == 0xCD, i + 1 < u.count, u[i + 1] == 0xBE {
                out.append(0x3B)
                i += 2
            } else if b == 0xE1, i + 2 < u.count, u[i + 1] == 0xBF, u[i + 2] == 0xAF {
                out.append(0x60)
                i += 3
            } else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x84, u[i + 2] == 0xAA {
                out.append(0x4B)
                i += 3
            } else {
                return nil
            }
        }
        return out
    }
}
