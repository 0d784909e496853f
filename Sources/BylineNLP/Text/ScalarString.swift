extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, at most `limit` of them, decoded from its UTF-8 in one pass.
    /// `Array(text.unicodeScalars)` walks the text twice, once to count and once to copy, through
    /// the generic sequence path: a tenth of the work of reading and annotating an article.
    @inlinable
    public init(scalarsOf text: String, limit: Int = .max) {
        var text = text
        self = text.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(u.count, limit)) { out, count in
                var i = 0
                var n = 0
                while i < u.count && n < out.count {
                    // Eight bytes at a time while they are all ASCII, as most of a news text is.
                    if i + 8 <= u.count && n + 8 <= out.count {
                        let eight = UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if eight & 0x8080_8080_8080_8080 == 0 {
                            for k in 0..<8 { (out.baseAddress! + n + k).initialize(to: Unicode.Scalar(u[i + k])) }
                            i += 8
                            n += 8
                            continue
                        }
                    }
                    // A String holds valid UTF-8: a lead byte is followed by all its continuation bytes.
                    let b = u[i]
                    var v = UInt32(b)
                    if b < 0x80 {
                        i += 1
                    } else if b < 0xE0 {
                        v = (v & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = (v & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v =
                            (v & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    out.initializeElement(at: n, to: Unicode.Scalar(v).unsafelyUnwrapped)
                    n += 1
                }
                count = n
            }
        }
    }
}

extension String {
    /// The string of `scalars`, written straight as UTF-8. Building a String by appending its
    /// scalars one at a time regrows its buffer over and over; loaders and the pipeline make
    /// strings from scalar slices for every paragraph, title and mention. Inlinable, so that
    /// callers in other modules get a version specialised for their collection type (the
    /// generic one reads each scalar through a protocol witness and allocates).
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let count = scalars.count
        guard count > 0 else {
            self = ""
            return
        }
        var capacity = count * 4
        if capacity > String.smallCapacity && count <= String.smallCapacity {
            capacity = 0
            for u in scalars { capacity += UTF8.width(u) }
        }
        self = String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for u in scalars { n = Document.encode(u, into: buffer, at: n) }
            return n
        }
    }

    /// The most UTF-8 bytes a `String` holds inline. Asked for no more capacity than this,
    /// `String(unsafeUninitializedCapacity:)` allocates nothing and, for ASCII, validates
    /// nothing; asked for more, it allocates and validates even when the text would fit. Most
    /// mentions, cues and names fit, so their capacity is counted exactly rather than taken as
    /// four bytes a scalar.
    @usableFromInline static let smallCapacity = 15
}
