/// A bordered box with a title, for overlays.
enum Box {
    /// The centred frame for an overlay of at most `maxWidth` columns inside `area`.
    static func centred(in area: Rect, maxWidth: Int, maxHeight: Int) -> Rect {
        let w = min(area.width, maxWidth)
        let h = min(area.height, maxHeight)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    /// Draws the border and title, clears the inside; returns the inside.
    @discardableResult
    static func draw(_ title: String, in r: Rect, role: Role, into grid: inout Grid, measure: DisplayWidth) -> Rect {
        grid.fill(r, role: role)
        guard r.width >= 4, r.height >= 3 else { return Rect(x: r.x, y: r.y, width: r.width, height: r.height) }
        for x in r.x..<r.maxX {
            grid.set("─", x: x, y: r.y, cells: 1, role: .border)
            grid.set("─", x: x, y: r.maxY - 1, cells: 1, role: .border)
        }
        for y in r.y..<r.maxY {
            grid.set("│", x: r.x, y: y, cells: 1, role: .border)
            grid.set("│", x: r.maxX - 1, y: y, cells: 1, role: .border)
        }
        grid.set("┌", x: r.x, y: r.y, cells: 1, role: .border)
        grid.set("┐", x: r.maxX - 1, y: r.y, cells: 1, role: .border)
        grid.set("└", x: r.x, y: r.maxY - 1, cells: 1, role: .border)
        grid.set("┘", x: r.maxX - 1, y: r.maxY - 1, cells: 1, role: .border)
        grid.put(" " + title + " ", x: r.x + 2, y: r.y, maxWidth: r.width - 4, role: .title, measure: measure)
        return r.inset(1)
    }

    /// For a box showing rows `start..<start + shown` of `total`: when they do not all fit, the
    /// bottom border says which are shown and how to see the rest, so a cut list never looks
    /// complete.
    static func drawScrollPosition(
        start: Int, shown: Int, total: Int, keymap: Keymap, in r: Rect, into grid: inout Grid,
        measure: DisplayWidth
    ) {
        guard total > shown, shown > 0, r.width >= 4, r.height >= 3 else { return }
        let keys = [Command.down, .up].compactMap { keymap.keys(for: $0).first?.description }.joined(separator: " ")
        let text =
            " \(start + 1)–\(min(total, start + shown)) of \(total)" + (keys.isEmpty ? " " : " · \(keys) to scroll ")
        let width = measure.width(of: text)
        guard width <= r.width - 4 else { return }
        grid.put(text, x: r.maxX - 2 - width, y: r.maxY - 1, maxWidth: width, role: .title, measure: measure)
    }
}
