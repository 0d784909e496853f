/// The one place article text passes through before it is drawn, so escape sequences, other
/// controls and bidirectional overrides never reach the terminal as themselves.
enum TerminalSafe {
    /// What to draw for one grapheme cluster of article text: the cluster itself when it is
    /// harmless, otherwise a visible placeholder (control pictures such as "␛", or U+FFFD).
    /// Tabs and line breaks are handled by the layout before this is called.
    static func visible(_ c: Character) -> String {
        var clean = true
        for s in c.unicodeScalars where isUnsafe(s.value) { clean = false; break }
        if clean { return String(c) }
        var out = ""
        for s in c.unicodeScalars {
            let v = s.value
            if v < 0x20 { out.unicodeScalars.append(Unicode.Scalar(0x2400 + v)!) }
            else if v == 0x7F { out += "\u{2421}" }
            else if isUnsafe(v) { out += "\u{FFFD}" }
            else { out.unicodeScalars.append(s) }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate controls.
    static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// A whole string made safe, cluster by cluster (titles, sources, names).
    static func clean<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        for c in s {
            if c == "\t" || c == "\n" || c == "\r\n" || c == "\r" { out += " " } else { out += visible(c) }
        }
        return out
    }
}
