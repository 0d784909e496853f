import BylineNLP

/// Markdown reduced to the plain paragraphs a reader reads: heading and quote markers, link and
/// emphasis syntax, code fences and rules removed; the words stay. Works on scalars throughout:
/// every Markdown article passes through here while the list is filling.
enum MarkdownText {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    static func paragraphs(_ body: String) -> [String] {
        let u = Array(body.unicodeScalars)
        var cleaned: [Unicode.Scalar] = []
        cleaned.reserveCapacity(u.count + 1)
        var start = 0
        while start < u.count {
            var end = start
            while end < u.count && u[end] != "\n" { end += 1 }
            var lineEnd = end
            if lineEnd > start, u[lineEnd - 1] == "\r" { lineEnd -= 1 }
            appendLine(u[start..<lineEnd], to: &cleaned)
            cleaned.append("\n")
            start = end + 1
        }
        return Paragraphs.split(scalars: cleaned, lineBreaksSeparate: false)
    }

    /// Appends one line without its block markers and inline syntax; a rule or fence adds nothing.
    static func appendLine(_ raw: Scalars, to out: inout [Unicode.Scalar]) {
        var s = raw.drop { $0 == " " || $0 == "\t" }
        if s.starts(with: "```".unicodeScalars) || s.starts(with: "~~~".unicodeScalars) || isRule(s) { return }
        while s.first == ">" { s = s.dropFirst().drop { $0 == " " } }
        if s.first == "#" {
            let marks = s.prefix { $0 == "#" }.count
            if marks <= 6, s.dropFirst(marks).first == " " {
                s = s.dropFirst(marks + 1)
                while s.last == "#" || s.last == " " { s = s.dropLast() }
            }
        }
        appendInline(s, to: &out)
    }

    /// `---`, `***` or `___`, spaces allowed between the marks.
    static func isRule(_ s: Scalars) -> Bool {
        guard let c = s.first, c == "-" || c == "*" || c == "_" else { return false }
        var marks = 0
        for u in s where u != " " {
            guard u == c else { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// `[text](url)` -> text, `![alt](url)` -> nothing, `**`, `__` and backticks dropped, `\*` -> `*`.
    static func appendInline(_ u: Scalars, to out: inout [Unicode.Scalar]) {
        var i = u.startIndex
        let end = u.endIndex
        while i < end {
            let c = u[i]
            if c == "\\", i + 1 < end, escapable.contains(u[i + 1]) {
                out.append(u[i + 1])
                i += 2
                continue
            }
            let isImage = c == "!" && i + 1 < end && u[i + 1] == "["
            if c == "[" || isImage, let (text, next) = link(u, at: isImage ? i + 1 : i) {
                if !isImage { out.append(contentsOf: text) }
                i = next
                continue
            }
            if c == "*" || c == "_", i + 1 < end, u[i + 1] == c {
                i += 2
                continue
            }
            if c == "`" {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
    }

    static let escapable = Set("\\`*_{}[]()#+-.!>".unicodeScalars)

    /// A `[text](target)` starting at `open`: its text and the index after the closing bracket.
    static func link(_ u: Scalars, at open: Int) -> (Scalars, Int)? {
        guard let close = u[(open + 1)...].firstIndex(of: "]"), close + 1 < u.endIndex, u[close + 1] == "(",
            let end = u[(close + 2)...].firstIndex(of: ")")
        else { return nil }
        return (u[(open + 1)..<close], end + 1)
    }
}
