/// Paragraphs: as scalar ranges of an article's text, and as strings split out of a body field.
public enum Paragraphs {
    /// Blank-line separated paragraphs as scalar ranges, trimmed of surrounding whitespace.
    public static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = s.count
        while i < n {
            while i < n && isSpace(s[i]) { i += 1 }
            guard i < n else { break }
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
            out.append(start..<(lastNonSpace + 1))
        }
        return out
    }

    /// The paragraphs of a body field, each on one line. Blank lines separate paragraphs and the
    /// line breaks inside one become spaces (hard-wrapped text); a body with no blank line at all
    /// has one paragraph per line, as scrapers commonly write it.
    public static func split(_ body: String, lineBreaksSeparate: Bool? = nil) -> [String] {
        let scalars = Array(body.unicodeScalars)
        let blocks = ranges(in: scalars)
        let perLine = lineBreaksSeparate ?? (blocks.count == 1)
        var out: [String] = []
        for r in blocks {
            var line = String.UnicodeScalarView()
            var paragraph: [String] = []
            func flush() {
                let s = String(line).trimmingSpaces()
                if !s.isEmpty { paragraph.append(s) }
                line = String.UnicodeScalarView()
            }
            for u in scalars[r] {
                if u == "\n" { flush() } else if u != "\r" { line.append(u) }
            }
            flush()
            if perLine { out += paragraph } else if !paragraph.isEmpty { out.append(paragraph.joined(separator: " ")) }
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
              let last = s.lastIndex(where: { !Paragraphs.isSpace($0) }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[first...last])
        return String(out)
    }
}
