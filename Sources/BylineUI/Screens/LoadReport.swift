import BylineCore

/// `L`: the files that could not be loaded, and why, then the articles analysed only in part.
enum LoadReport {
    /// The report's lines, wrapped to the box: a summary, then each skipped file and each article
    /// analysed in part, a reason too long for one line going on indented under its path.
    static func lines(_ state: AppState) -> [String] {
        let c = state.collection
        let skipped = c.issues.filter(\.isSkip)
        let partial = c.issues.filter { !$0.isSkip }
        let width = textWidth(state)
        func entries(_ issues: [LoadIssue]) -> [String] {
            issues.flatMap { i -> [String] in
                let text = SafeText.line(i.path) + ": " + SafeText.line(i.reason.description)
                let wrapped = TextFit.wrap(text, to: width - 4, measure: state.measure)
                return ["  " + wrapped[0]] + wrapped.dropFirst().map { "    " + $0 }
            }
        }
        var lines = [
            "\(c.count) articles loaded, \(c.annotatedCount) annotated" + (state.progress == nil ? "" : " so far"),
            skipped.isEmpty ? "No files were skipped." : "\(skipped.count) skipped:",
        ]
        lines += entries(skipped)
        if !partial.isEmpty {
            lines.append("\(partial.count) analysed only in part (shown whole):")
            lines += entries(partial)
        }
        return lines
    }

    /// The box the report is drawn in, within the overlay area.
    static func frame(in area: Rect) -> Rect { Box.centred(in: area, maxWidth: 100, maxHeight: area.height) }

    /// Cells inside the box between its one-cell margins.
    static func textWidth(_ state: AppState) -> Int { max(8, frame(in: PaneLayout(state).overlay).width - 4) }

    static func draw(_ state: AppState, top: Int, in area: Rect, into grid: inout Grid) {
        let m = state.measure
        let frame = self.frame(in: area)
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
