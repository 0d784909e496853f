/// Cutting text to a number of cells, for titles, chips and names.
enum TextFit {
    /// `s` cut to at most `width` cells, ending in "…" when something was cut. Never splits a
    /// grapheme cluster, so CJK, emoji and combining marks keep the columns aligned.
    static func cut(_ s: String, to width: Int, measure: DisplayWidth) -> String {
        guard width > 0 else { return "" }
        if measure.width(of: s) <= width { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = measure.width(of: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// A file path cut to at most `width` cells with "…" in the middle, keeping its file name
    /// (the part a reader recognises) and as much of the start as fits: a long path would
    /// otherwise wrap in the middle of a name. A file name wider than `width` keeps its end,
    /// where the extension is.
    static func cutPath(_ path: String, to width: Int, measure: DisplayWidth) -> String {
        guard width > 0 else { return "" }
        if measure.width(of: path) <= width { return path }
        let slash = path.lastIndex(of: "/")
        let tail = slash.map { String(path[$0...]) } ?? path
        let tailWidth = measure.width(of: tail)
        guard tailWidth + 1 < width, let slash else { return "…" + keepingEnd(tail, width - 1, measure) }
        return cut(String(path[..<slash]), to: width - tailWidth, measure: measure) + tail
    }

    /// The end of `s`, at most `width` cells of it.
    private static func keepingEnd(_ s: String, _ width: Int, _ measure: DisplayWidth) -> String {
        var out: [Character] = []
        var used = 0
        for c in s.reversed() {
            let w = measure.width(of: c)
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return String(out.reversed())
    }

    /// `s` broken into lines of at most `width` cells at spaces (words longer than a line are
    /// cut by cluster). Always at least one line.
    static func wrap(_ s: String, to width: Int, measure: DisplayWidth) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            let w = measure.width(of: word)
            if used > 0, used + 1 + w <= width {
                line += " " + word
                used += 1 + w
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            for c in word {
                let cw = measure.width(of: c)
                if used + cw > width, used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                line.append(c)
                used += cw
            }
        }
        lines.append(line)
        return lines
    }
}
