import BylineCore

/// `L`: the files that could not be loaded, and why.
enum LoadReport {
    /// The report's lines: a summary, then one line per skipped file.
    static func lines(_ state: AppState) -> [String] {
        let c = state.collection
        var lines = [
            "\(c.count) articles loaded, \(c.annotatedCount) annotated" + (state.progress == nil ? "" : " so far")
        ]
        lines.append(c.issues.isEmpty ? "No files were skipped." : "\(c.issues.count) skipped:")
        lines += c.issues.map { "  " + SafeText.line($0.path) + ": " + SafeText.line($0.reason.description) }
        return lines
    }

    static func draw(_ state: AppState, top: Int, in area: Rect, into grid: inout Grid) {
        let m = state.measure
        let frame = Box.centred(in: area, maxWidth: 100, maxHeight: area.height)
        let inside = Box.draw("Load report — q or Esc closes", in: frame, role: .normal, into: &grid, measure: m)
        let lines = self.lines(state)
        let start = min(max(0, top), max(0, lines.count - inside.height))
        Box.drawScrollPosition(
            start: start, shown: inside.height, total: lines.count, keymap: state.keymap, in: frame, into: &grid,
            measure: m)
        for row in 0..<inside.height {
            guard let line = lines[safe: start + row] else { break }
            grid.put(
                line, x: inside.x + 1, y: inside.y + row, maxWidth: inside.width - 1,
                role: row + start < 2 ? .meta : .normal, measure: m)
        }
    }
}
