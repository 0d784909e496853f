/// The reading view of one article as text lines, for `byline show`: the same layout as the
/// reading pane, with each role's style as SGR sequences, or plain.
public enum ArticleText {
    /// `layout`'s lines, gutter included; styled with `theme` when given, plain otherwise.
    /// Trailing spaces are trimmed and every styled line ends with a reset.
    public static func render(_ layout: ReaderLayout, theme: Theme?) -> String {
        var out = ""
        for line in layout.lines {
            out += render(line, hasGutter: ReaderLayout.gutter(forWidth: layout.width) > 0, theme: theme) + "\n"
        }
        return out
    }

    /// One line, trailing spaces trimmed.
    static func render(_ line: ReaderLine, hasGutter: Bool, theme: Theme?) -> String {
        var text = ""
        var current: (Role, UInt8)? = nil
        func switchTo(_ role: Role, _ accent: UInt8) {
            guard let theme, current.map({ $0 != (role, accent) }) ?? true else { return }
            if current != nil { text += ANSIStyle.reset }
            text += ANSIStyle.sgr(theme.style(for: role, accent: accent))
            current = (role, accent)
        }
        if hasGutter {
            if let g = line.gutter {
                switchTo(.quoteGutter, g)
                text += ReaderPane.gutterMark
                switchTo(.normal, 0)
                text += " "
            } else if !line.text.isEmpty {
                text += "  "
            }
        }
        line.forEachCluster { c, run in
            switchTo(run.role, run.accent)
            text.append(c)
        }
        if current != nil { text += ANSIStyle.reset }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
