extension String {
    /// The pieces between single spaces, as `split(separator: " ")` gives them.
    ///
    /// Speaker resolution cuts every name into words many times over; comparing `Character`s
    /// made that a fifth of attributing quotes. In ASCII text a space is always a `Character`
    /// of its own, so such text is cut at its space bytes, read straight from the string's
    /// storage; any other text as `Character`s.
    func spaceSeparated() -> [Substring] {
        let cut = utf8.withContiguousStorageIfAvailable { b -> [Substring]? in
            // Counted first, so the words are stored at once instead of regrowing the array.
            var spaces = 0
            for x in b {
                if x >= 0x80 { return nil }
                if x == 0x20 { spaces += 1 }
            }
            var out: [Substring] = []
            out.reserveCapacity(spaces + 1)
            var start = 0
            for i in 0..<b.count {
                if b[i] == 0x20 {
                    if start != i { out.append(self[byteOffset(start)..<byteOffset(i)]) }
                    start = i + 1
                }
            }
            if start != b.count { out.append(self[byteOffset(start)..<endIndex]) }
            return out
        }
        if let cut, let words = cut { return words }
        return split(separator: " ")
    }

    /// The first piece between single spaces, as `spaceSeparated().first` gives it, without
    /// cutting out the others (names are asked for their first or last word far more often than
    /// for all of them).
    var firstWord: Substring? {
        let cut = utf8.withContiguousStorageIfAvailable { b -> Range<Int>?? in
            guard Self.isASCII(b) else { return nil }
            var start = 0
            while start < b.count && b[start] == 0x20 { start += 1 }
            guard start < b.count else { return .some(nil) }
            var end = start
            while end < b.count && b[end] != 0x20 { end += 1 }
            return start..<end
        }
        if let cut, let word = cut { return word.map { self[byteOffset($0.lowerBound)..<byteOffset($0.upperBound)] } }
        return split(separator: " ").first
    }

    /// The last piece between single spaces, as `spaceSeparated().last` gives it, without
    /// cutting out the others.
    public var lastWord: Substring? {
        let cut = utf8.withContiguousStorageIfAvailable { b -> Range<Int>?? in
            guard Self.isASCII(b) else { return nil }
            var end = b.count
            while end > 0 && b[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0 && b[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
        if let cut, let word = cut { return word.map { self[byteOffset($0.lowerBound)..<byteOffset($0.upperBound)] } }
        return split(separator: " ").last
    }

    /// Whether `b` is ASCII, where a space byte is always a `Character` of its own.
    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x80 { return false }
        return true
    }

    /// Whether the string holds a space, as `contains(" " as Character)` tells (the string form,
    /// `contains(" ")`, is Foundation's substring search). ASCII text is searched as bytes: there a
    /// space is always a `Character` of its own.
    var hasSpace: Bool { asciiContains(0x20) ?? contains(" " as Character) }

    /// Whether the string ends with a space and then `words`, as `hasSuffix(" " + words)` tells,
    /// without building that string. In ASCII text the bytes are compared: a space always
    /// begins a `Character` there, so a byte suffix after it is a `Character` suffix.
    func endsWithWords(_ words: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { long -> Bool? in
            words.utf8.withContiguousStorageIfAvailable { short -> Bool? in
                // Byte lengths say nothing of canonically equivalent non-ASCII text: test it first.
                for x in long where x >= 0x80 { return nil }
                for x in short where x >= 0x80 { return nil }
                guard long.count > short.count else { return false }
                let cut = long.count - short.count - 1
                guard long[cut] == 0x20 else { return false }
                for i in 0..<short.count where long[cut + 1 + i] != short[i] { return false }
                return true
            } ?? nil
        }
        if let found, let ends = found { return ends }
        return hasSuffix(" " + words)
    }

    /// The index `n` UTF-8 bytes into the string (constant time on native strings).
    private func byteOffset(_ n: Int) -> Index { utf8.index(startIndex, offsetBy: n) }
}

extension StringProtocol {
    /// Whether ASCII text holds `byte`, read straight from its storage; nil when the text is not
    /// ASCII (or not stored contiguously), where the caller asks its `Character`s or scalars.
    func asciiContains(_ byte: UInt8) -> Bool? {
        let found = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var found = false
            for x in b {
                if x >= 0x80 { return nil }
                if x == byte { found = true }
            }
            return found
        }
        return found ?? nil
    }
}
