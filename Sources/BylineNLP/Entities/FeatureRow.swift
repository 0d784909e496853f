/// The weight row a hashed feature lands on, shared by the token tagger and the span classifier so
/// that both models address their tables the same way.
enum FeatureRow {
    /// Mixes a feature template with its value (multiplications by the golden ratio and by the
    /// constants of MurmurHash3's 64-bit finaliser, with a shift between) and keeps the top
    /// `rowBits` bits, the best mixed: neighbouring values of one template spread over the whole
    /// table instead of clustering.
    @inline(__always)
    static func index(_ template: UInt64, _ value: UInt64, rowBits: Int) -> UInt32 {
        var h = (value ^ (template &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return UInt32(truncatingIfNeeded: h >> UInt64(64 - rowBits))
    }
}
