/// The reading view of one article as text lines, for `byline show`: the same layout as the
/// reading pane, with each role's style as SGR sequences, or plain.
public enum ArticleText {
    /// `layout`'s lines, gutter included; styled with `theme` when given, plain otherwise.
    /// Trailing spaces are trimmed and every styled line ends with a reset.
    public static func render(_ layout: ReaderLayout, theme: Theme?) -> String {
        var out = ""
        let hasGutter = layout.width >= 8
        for line in layout.lines {
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
                } else if !line.glyphs.isEmpty {
                    text += "  "
                }
            }
            for g in line.glyphs {
                switchTo(g.role, g.accent)
                text += g.text
            }
            if current != nil { text += ANSIStyle.reset }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        return out
    }
}
