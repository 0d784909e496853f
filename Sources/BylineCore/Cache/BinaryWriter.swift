/// Appends little-endian numbers and length-prefixed strings to a byte buffer: the cache's
/// format, written and read field by field with no parsing step.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i64(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f64(_ v: Double) { i64(Int64(bitPattern: v.bitPattern)) }

    mutating func count(_ n: Int) { u32(UInt32(clamping: n)) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            count(buf.count)
            bytes.append(contentsOf: buf)
        }
    }

    /// A count and the raw little-endian elements (the cache is only read on the machine that wrote it).
    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        count(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func optionalString(_ s: String?) {
        if let s {
            u8(1)
            string(s)
        } else {
            u8(0)
        }
    }
}
