/// The reading pane: the open article's laid-out lines from the scroll position, direct quotes
/// marked in the gutter in their speaker's colour.
enum ReaderPane {
    static let gutterMark = "▌"

    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        guard let reader = state.reader else {
            let hint = state.visible.isEmpty ? "" : "Enter opens the selected article."
            grid.put(hint, x: r.x + 1, y: r.y, maxWidth: r.width - 1, role: .placeholder, measure: state.measure)
            return
        }
        let lines = reader.layout.lines
        let current = ReaderLayout.Current(quote: reader.currentQuote, match: reader.currentMatch)
        let textX = r.x + ReaderLayout.gutter(forWidth: r.width)
        for row in 0..<r.height {
            let n = reader.top + row
            guard n < lines.count else { break }
            let y = r.y + row
            let line = lines[n]
            if let accent = line.gutter, textX > r.x {
                grid.set(gutterMark, x: r.x, y: y, cells: 1, role: .quoteGutter, accent: accent)
            }
            var x = textX
            line.forEachCluster { c, run in
                let w = state.measure.width(of: c)
                guard x + w <= r.maxX else { return }
                let role = reader.layout.role(of: run, current: current)
                grid.put(cluster: c, x: x, y: y, role: role, accent: run.accent, measure: state.measure)
                x += w
            }
        }
    }
}
