extension String {
    /// The pieces between single spaces, as `split(separator: " ")` gives them.
    ///
    /// Speaker resolution cuts every name into words many times over; comparing `Character`s
    /// made that a fifth of attributing quotes. In ASCII text a space is always a `Character`
    /// of its own, so such text is cut at its space bytes; any other text as `Character`s.
    func spaceSeparated() -> [Substring] {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var out: [Substring] = []
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 0x20 {
                if start != i { out.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { out.append(self[start..<bytes.endIndex]) }
        return out
    }
}
