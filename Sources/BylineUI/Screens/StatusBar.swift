import BylineCore

/// The bottom row: focused pane, filter chips, `N/M articles`, load progress, skipped files,
/// the last message, and the help key. The left part is cut first when space runs out.
enum StatusBar {
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        guard !r.isEmpty else { return }
        let m = state.measure
        grid.fill(r, role: .status)
        var right: [String] = []
        if let p = state.progress {
            switch p.phase {
            case .reading:
                right.append(
                    p.filesListed ? "reading \(p.filesRead)/\(p.filesTotal) files" : "reading \(p.filesRead) files…")
            case .annotating:
                right.append("annotating \(p.annotated)/\(p.articles)" + (p.rate > 0 ? " · \(Int(p.rate))/s" : ""))
            case .done, .cancelled: break
            }
        }
        if !state.collection.issues.isEmpty { right.append("\(state.collection.issues.count) skipped (L)") }
        if state.keyContext == .reader, let r = state.reader {
            let shown = r.top + (PaneLayout(state).reader?.height ?? 0)
            right.append(shown >= r.layout.lines.count ? "end" : "\(100 * shown / max(1, r.layout.lines.count))%")
        }
        right.append("\(state.visible.count)/\(state.collection.count) articles")
        let helpKey = state.keymap.keys(for: .help).first.map { "\($0) help" } ?? ""
        let rightText = right.joined(separator: " │ ") + (helpKey.isEmpty ? "" : " │ ")
        let rightWidth = m.width(of: rightText) + m.width(of: helpKey) + 1
        var x = r.x
        let pane = state.keyContext == .reader ? " READER " : " LIST "
        x += grid.put(pane, x: x, y: r.y, maxWidth: r.width, role: .statusKey, measure: m) + 1
        let leftLimit = r.maxX - rightWidth - 1
        if let message = state.message {
            grid.put(SafeText.line(message), x: x, y: r.y, maxWidth: max(0, leftLimit - x), role: .status, measure: m)
        } else {
            for chip in state.filters.map(\.description) {
                let text = " " + SafeText.line(chip) + " "
                guard x + m.width(of: text) <= leftLimit else {
                    grid.put("…", x: x, y: r.y, maxWidth: max(0, leftLimit - x), role: .status, measure: m)
                    break
                }
                x += grid.put(text, x: x, y: r.y, maxWidth: leftLimit - x, role: .chip, measure: m) + 1
            }
        }
        let rx = max(r.x, r.maxX - rightWidth)
        let used = grid.put(rightText, x: rx, y: r.y, maxWidth: r.maxX - rx, role: .status, measure: m)
        grid.put(helpKey, x: rx + used, y: r.y, maxWidth: r.maxX - rx - used, role: .statusKey, measure: m)
    }
}
