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
        self = String(unsafeUninitializedCapacity: count * 4) { buffer in
            var n = 0
            for u in scalars { n = Document.encode(u, into: buffer, at: n) }
            return n
        }
    }
}
