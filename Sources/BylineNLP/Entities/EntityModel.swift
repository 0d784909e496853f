import Foundation

/// The weights of a learned stage: one row of `width` quantised weights (one per label) per
/// hashed feature. The tagger's rows hold one weight per `EntityTag`, the name classifier's one
/// per `EntitySpanClassifier` label.
///
/// Stored as 16-bit integers with one scale for the whole table, which keeps the file small and
/// the table compact in cache; only the ranking of scores matters, so the scale is never applied
/// when tagging. Loaded once, read-only, shared by every thread.
public struct EntityModel: Sendable {
    public static let magic: UInt32 = 0x5245_4E42  // "BNER"
    public static let formatVersion: UInt32 = 1

    /// log2 of the number of rows.
    public let rowBits: Int
    /// Weights per row: the number of labels.
    public let width: Int
    public let weights: [Int16]

    /// The tagger shipped in `Resources/entity-model.bin`, or nil when it is missing or damaged.
    public static let standard = resource("entity-model", width: EntityTag.count)

    /// The model shipped in `Resources/NAME.bin` with `width` labels, or nil when it is missing
    /// or damaged.
    static func resource(_ name: String, width: Int) -> EntityModel? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "bin", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return EntityModel(data: data, width: width)
    }

    public init(rowBits: Int, width: Int = EntityTag.count, weights: [Int16]) {
        precondition(weights.count == (1 << rowBits) * width, "weight table does not match rowBits")
        self.rowBits = rowBits
        self.width = width
        self.weights = weights
    }

    /// Reads the file format: magic, version, rowBits, label count (UInt32 each), then the
    /// weights, all little-endian. Nil when anything does not match, `width` included.
    public init?(data: Data, width: Int = EntityTag.count) {
        guard data.count >= 16 else { return nil }
        func word(_ k: Int) -> UInt32 {
            data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self)) }
        }
        let bits = Int(word(2))
        guard word(0) == Self.magic, word(1) == Self.formatVersion, word(3) == UInt32(width),
            bits >= 8, bits <= 24
        else { return nil }
        let count = (1 << bits) * width
        guard data.count == 16 + count * 2 else { return nil }
        var weights = [Int16](repeating: 0, count: count)
        weights.withUnsafeMutableBytes { dst in
            data.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[16...])) }
        }
        if UInt16(littleEndian: 1) != 1 { weights = weights.map { Int16(littleEndian: $0) } }
        self.rowBits = bits
        self.width = width
        self.weights = weights
    }

    /// The file format `init(data:)` reads.
    public func serialized() -> Data {
        var data = Data()
        for w in [Self.magic, Self.formatVersion, UInt32(rowBits), UInt32(width)] {
            withUnsafeBytes(of: w.littleEndian) { data.append(contentsOf: $0) }
        }
        let little = weights.map(\.littleEndian)
        little.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }
}
