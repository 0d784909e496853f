extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, for the arrays the
    /// pipeline makes for every article (a flag or a slot per token, mention or name).
    ///
    /// `init(repeating:count:)` allocates through a standard-library function that is not
    /// specialised for the element type, so every call looks the storage's generic type up at run
    /// time (about 400 instructions more than a specialised allocation), and its fill loop is not
    /// vectorised for 8-byte elements; copying from `repeatElement` allocates and fills through
    /// code specialised here.
    @inline(__always) init(filledWith value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
