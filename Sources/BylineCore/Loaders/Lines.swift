extension String {
    /// Calls `body` with each line (without its "\n" or "\r\n") and the index where the next line
    /// starts, until `body` returns false. Lines are split on the scalar "\n": as Characters,
    /// "\r\n" is one grapheme and would hide the break.
    func forEachLine(_ body: (Substring, String.Index) -> Bool) {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
            var lineEnd = end
            if lineEnd > start, scalars[scalars.index(before: lineEnd)] == "\r" {
                lineEnd = scalars.index(before: lineEnd)
            }
            let next = end < scalars.endIndex ? scalars.index(after: end) : end
            if !body(Substring(scalars[start..<lineEnd]), next) { return }
            start = next
        }
    }
}
