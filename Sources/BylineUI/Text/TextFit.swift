/// Cutting text to a number of cells, for titles, chips and names.
enum TextFit {
    /// `s` cut to at most `width` cells, ending in "…" when something was cut. Never splits a
    /// grapheme cluster, so CJK, emoji and combining marks keep the columns aligned.
    static func cut(_ s: String, to width: Int, measure: DisplayWidth) -> String {
        guard width > 0 else { return "" }
        if measure.width(of: s) <= width { return s }
        var out = "", used = 0
        for c in s {
            let w = measure.width(of: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
