/// Reads what `BinaryWriter` wrote, checking every length against the buffer: a truncated or
/// corrupt cache throws `CacheCorrupt` and is rebuilt, never trapped on.
struct BinaryReader {
    private let buf: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ buf: UnsafeRawBufferPointer) { self.buf = buf }

    var atEnd: Bool { offset == buf.count }

    private mutating func take(_ n: Int) throws(CacheCorrupt) -> Int {
        guard n >= 0, buf.count - offset >= n else { throw CacheCorrupt() }
        defer { offset += n }
        return offset
    }

    mutating func u8() throws(CacheCorrupt) -> UInt8 { buf[try take(1)] }

    mutating func u32() throws(CacheCorrupt) -> UInt32 {
        UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    mutating func i32() throws(CacheCorrupt) -> Int32 {
        Int32(littleEndian: buf.loadUnaligned(fromByteOffset: try take(4), as: Int32.self))
    }

    mutating func i64() throws(CacheCorrupt) -> Int64 {
        Int64(littleEndian: buf.loadUnaligned(fromByteOffset: try take(8), as: Int64.self))
    }

    mutating func f64() throws(CacheCorrupt) -> Double { Double(bitPattern: UInt64(bitPattern: try i64())) }

    /// A count, refused when larger than the bytes left could hold (`minSize` bytes per element).
    mutating func count(minSize: Int = 1) throws(CacheCorrupt) -> Int {
        let n = Int(try u32())
        guard n * max(minSize, 1) <= buf.count - offset else { throw CacheCorrupt() }
        return n
    }

    mutating func string() throws(CacheCorrupt) -> String {
        String(decoding: try bytes(), as: UTF8.self)
    }

    /// A string's bytes, left undecoded.
    mutating func bytes() throws(CacheCorrupt) -> UnsafeRawBufferPointer {
        let n = try count()
        let at = try take(n)
        return UnsafeRawBufferPointer(rebasing: buf[at..<(at + n)])
    }

    mutating func optionalString() throws(CacheCorrupt) -> String? {
        try u8() == 0 ? nil : try string()
    }
}

/// The cache file is unreadable: truncated, overwritten, or from another format.
struct CacheCorrupt: Error {}
