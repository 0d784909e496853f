/// SGR escape sequences for styles, for output that is not drawn through curses (`byline show`).
public enum ANSIStyle {
    public static let reset = "\u{1B}[0m"

    /// The sequence that switches to `style` from the terminal's defaults.
    public static func sgr(_ style: Style) -> String {
        var codes: [String] = []
        let a = style.attributes
        if a.contains(.bold) { codes.append("1") }
        if a.contains(.dim) { codes.append("2") }
        if a.contains(.italic) { codes.append("3") }
        if a.contains(.underline) { codes.append("4") }
        if a.contains(.reverse) { codes.append("7") }
        if let fg = code(style.foreground, background: false) { codes.append(fg) }
        if let bg = code(style.background, background: true) { codes.append(bg) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func code(_ c: Color, background: Bool) -> String? {
        switch c {
        case .terminalDefault: return nil
        case .ansi(let i):
            let i = min(max(i, 0), 15)
            return String((background ? 40 : 30) + (i & 7) + (i >= 8 ? 60 : 0))
        case .indexed(let i): return "\(background ? 48 : 38);5;\(min(max(i, 0), 255))"
        case .rgb(let r, let g, let b): return "\(background ? 48 : 38);2;\(r);\(g);\(b)"
        }
    }
}
