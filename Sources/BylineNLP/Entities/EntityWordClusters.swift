import Foundation

/// Word clusters the tagger uses as features: words whose word vectors are alike share a cluster,
/// so a company name never seen in training still looks like the companies that were ("Peugeot"
/// sits with "Renault"). Three levels, finest first: the vector row (20,000 clusters) and two
/// coarser groupings of those rows.
public struct EntityWordClusters: Sendable {
    public static let magic: UInt32 = 0x5243_4C42  // "BLCR"
    public static let formatVersion: UInt32 = 1

    /// Word hash (exact form) -> fine cluster + 1.
    let table: TokenTable<UInt16>
    /// Fine cluster -> (middle level, coarse level).
    let middle: [UInt16]
    let coarse: [UInt16]

    /// The clusters shipped in `Resources/word-clusters.bin`; empty when missing or damaged.
    public static let standard: EntityWordClusters = {
        guard
            let url = Bundle.module.url(forResource: "word-clusters", withExtension: "bin", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url), let clusters = EntityWordClusters(data: data)
        else { return EntityWordClusters(words: [:], middle: [], coarse: []) }
        return clusters
    }()

    /// `words`: word hash (`TokenHash` of the exact form) -> fine cluster; `middle[c]` and
    /// `coarse[c]`: the coarser groups of fine cluster `c`.
    public init(words: [UInt64: UInt16], middle: [UInt16], coarse: [UInt16]) {
        table = TokenTable(words.filter { Int($0.value) < middle.count }.mapValues { $0 + 1 })
        self.middle = middle
        self.coarse = coarse
    }

    /// The three levels of the word `hash` (exact form, else `lowerHash`); each is 0 for an unknown word.
    @inline(__always) public func levels(hash: UInt64, lowerHash: UInt64) -> (
        fine: UInt64, middle: UInt64, coarse: UInt64
    ) {
        guard let c = table[hash] ?? table[lowerHash] else { return (0, 0, 0) }
        let k = Int(c) - 1
        return (UInt64(c), UInt64(middle[k]) + 1, UInt64(coarse[k]) + 1)
    }

    /// File format, all little-endian: magic, version, word count W, cluster count C (UInt32
    /// each); W word hashes (UInt64, ascending) and their W fine clusters (UInt16); then C middle
    /// and C coarse groups (UInt16).
    public init?(data: Data) {
        guard data.count >= 16 else { return nil }
        func u32(_ k: Int) -> UInt32 {
            data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: k, as: UInt32.self)) }
        }
        let w = Int(u32(12))
        let c = Int(u32(8))
        guard u32(0) == Self.magic, u32(4) == Self.formatVersion, w <= 1 << 24, c <= 1 << 16,
            data.count == 16 + w * 10 + c * 4
        else { return nil }
        var entries: [(UInt64, UInt16)] = []
        entries.reserveCapacity(w)
        var middle = [UInt16](repeating: 0, count: c)
        var coarse = [UInt16](repeating: 0, count: c)
        data.withUnsafeBytes { raw in
            for k in 0..<w {
                let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + k * 8, as: UInt64.self))
                let fine = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + w * 8 + k * 2, as: UInt16.self))
                if Int(fine) < c { entries.append((h, fine + 1)) }
            }
            let base = 16 + w * 10
            for k in 0..<c {
                middle[k] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: base + k * 2, as: UInt16.self))
                coarse[k] = UInt16(
                    littleEndian: raw.loadUnaligned(fromByteOffset: base + c * 2 + k * 2, as: UInt16.self))
            }
        }
        // Straight into the table: a dictionary of 160,000 words first cost a tenth of start-up.
        table = TokenTable(entries: entries)
        self.middle = middle
        self.coarse = coarse
    }

    /// The file format `init(data:)` reads, for `words` (hash -> fine cluster).
    public static func serialized(words: [UInt64: UInt16], middle: [UInt16], coarse: [UInt16]) -> Data {
        var data = Data()
        func append<T: FixedWidthInteger>(_ x: T) {
            withUnsafeBytes(of: x.littleEndian) { data.append(contentsOf: $0) }
        }
        let keys = words.keys.sorted()
        append(magic)
        append(formatVersion)
        append(UInt32(middle.count))
        append(UInt32(keys.count))
        for k in keys { append(k) }
        for k in keys { append(words[k]!) }
        for m in middle { append(m) }
        for c in coarse { append(c) }
        return data
    }
}
