/// Markdown reduced to the plain paragraphs a reader reads: heading and quote markers, link and
/// emphasis syntax, code fences and rules removed; the words stay.
enum MarkdownText {
    static func paragraphs(_ body: String) -> [String] {
        var cleaned = String.UnicodeScalarView()
        body.forEachLine { raw, _ in
            cleaned.append(contentsOf: line(raw).unicodeScalars)
            cleaned.append("\n")
            return true
        }
        return Paragraphs.split(String(cleaned), lineBreaksSeparate: false)
    }

    /// One line without its block markers and inline syntax; a rule or fence becomes a blank line.
    static func line(_ raw: Substring) -> String {
        var s = raw.drop { $0 == " " || $0 == "\t" }
        if s.hasPrefix("```") || s.hasPrefix("~~~") { return "" }
        let compact = s.filter { $0 != " " }
        if compact.count >= 3, let c = compact.first, "-*_".contains(c), compact.allSatisfy({ $0 == c }) { return "" }
        while s.hasPrefix(">") { s = s.dropFirst().drop { $0 == " " } }
        if s.hasPrefix("#") {
            let marks = s.prefix { $0 == "#" }
            if marks.count <= 6, s.dropFirst(marks.count).first == " " {
                s = s.dropFirst(marks.count + 1)
                while s.last == "#" || s.last == " " { s = s.dropLast() }
            }
        }
        return inline(s)
    }

    /// `[text](url)` -> text, `![alt](url)` -> nothing, `**`, `__` and backticks dropped, `\*` -> `*`.
    static func inline(_ s: Substring) -> String {
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == "\\", i + 1 < u.count, "\\`*_{}[]()#+-.!>".unicodeScalars.contains(u[i + 1]) {
                out.append(u[i + 1])
                i += 2
                continue
            }
            let isImage = c == "!" && i + 1 < u.count && u[i + 1] == "["
            if c == "[" || isImage, let (text, next) = link(u, at: isImage ? i + 1 : i) {
                if !isImage { out.append(contentsOf: text) }
                i = next
                continue
            }
            if (c == "*" || c == "_"), i + 1 < u.count, u[i + 1] == c { i += 2; continue }
            if c == "`" { i += 1; continue }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// A `[text](target)` starting at `open`: its text and the index after the closing bracket.
    static func link(_ u: [Unicode.Scalar], at open: Int) -> (ArraySlice<Unicode.Scalar>, Int)? {
        guard let close = u[(open + 1)...].firstIndex(of: "]"), close + 1 < u.count, u[close + 1] == "(",
              let end = u[(close + 2)...].firstIndex(of: ")") else { return nil }
        return (u[(open + 1)..<close], end + 1)
    }
}
