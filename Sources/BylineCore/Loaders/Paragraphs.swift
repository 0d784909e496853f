import BylineNLP

/// Paragraphs: as scalar ranges of an article's text, and as strings split out of a body field.
public enum Paragraphs {
    /// Blank-line separated paragraphs as scalar ranges, trimmed of surrounding whitespace.
    public static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var scanner = Scanner(s)
        var out: [Range<Int>] = []
        while let p = scanner.next() { out.append(p) }
        return out
    }

    /// The paragraphs of `ranges(in:)` one at a time, for a caller that looks only at the first
    /// few (the headline and what follows it) of a text that may hold many.
    struct Scanner {
        private let s: [Unicode.Scalar]
        private var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        /// Whether another paragraph follows: something other than white space is left.
        mutating func hasMore() -> Bool {
            while i < s.count && isSpace(s[i]) { i += 1 }
            return i < s.count
        }

        mutating func next() -> Range<Int>? {
            guard hasMore() else { return nil }
            let n = s.count
            let start = i
            var lastNonSpace = i
            while i < n {
                if s[i] == "\n" {
                    var j = i + 1
                    while j < n && (s[j] == " " || s[j] == "\t" || s[j] == "\r") { j += 1 }
                    if j >= n || s[j] == "\n" { break }
                } else if !isSpace(s[i]) {
                    lastNonSpace = i
                }
                i += 1
            }
            return start..<(lastNonSpace + 1)
        }
    }

    /// The paragraphs of a body field, each on one line. Blank lines separate paragraphs and the
    /// line breaks inside one become spaces (hard-wrapped text); a body with no blank line at all
    /// has one paragraph per line, as scrapers commonly write it.
    public static func split(_ body: String, lineBreaksSeparate: Bool? = nil) -> [String] {
        split(scalars: Array(body.unicodeScalars), lineBreaksSeparate: lineBreaksSeparate)
    }

    /// `split` for text already held as scalars.
    static func split(scalars: [Unicode.Scalar], lineBreaksSeparate: Bool? = nil) -> [String] {
        let blocks = ranges(in: scalars)
        let perLine = lineBreaksSeparate ?? (blocks.count == 1)
        var out: [String] = []
        var paragraph: [Unicode.Scalar] = []
        func flush() {
            if !paragraph.isEmpty { out.append(String(scalars: paragraph)) }
            paragraph.removeAll(keepingCapacity: true)
        }
        for r in blocks {
            var start = r.lowerBound
            while start < r.upperBound {
                var end = start
                while end < r.upperBound && scalars[end] != "\n" { end += 1 }
                // Each line trimmed; the lines of a paragraph joined by one space.
                var a = start
                var b = end
                while a < b && isSpace(scalars[a]) { a += 1 }
                while b > a && isSpace(scalars[b - 1]) { b -= 1 }
                if a < b {
                    if !paragraph.isEmpty { paragraph.append(" ") }
                    for u in scalars[a..<b] where u != "\r" { paragraph.append(u) }
                    if perLine { flush() }
                }
                start = end + 1
            }
            flush()
        }
        return out
    }

    @inline(__always)
    static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\n" || u == "\r" }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !Paragraphs.isSpace($0) }),
            let last = s.lastIndex(where: { !Paragraphs.isSpace($0) })
        else { return "" }
        return String(scalars: s[first...last])
    }
}
