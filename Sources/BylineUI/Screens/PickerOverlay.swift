import BylineCore

/// A picker: what has been typed, then the matching rows with their counts.
enum PickerOverlay {
    static func frame(in area: Rect) -> Rect { Box.centred(in: area, maxWidth: 70, maxHeight: max(3, area.height - 2)) }

    static func draw(_ p: Picker, state: AppState, in area: Rect, into grid: inout Grid) {
        let m = state.measure
        let inside = Box.draw(p.title, in: frame(in: area), role: .normal, into: &grid, measure: m)
        guard inside.height > 0 else { return }
        var x = inside.x
        x += grid.put("> ", x: x, y: inside.y, maxWidth: inside.width, role: .prompt, measure: m)
        x += grid.put(SafeText.line(p.typed), x: x, y: inside.y, maxWidth: inside.maxX - x, role: .prompt, measure: m)
        grid.put("█", x: x, y: inside.y, maxWidth: inside.maxX - x, role: .prompt, measure: m)
        let rows = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        if p.rows.isEmpty {
            grid.put("no matches", x: rows.x + 1, y: rows.y, maxWidth: rows.width - 1, role: .placeholder, measure: m)
            return
        }
        // One row on screen too narrow for its detail puts every row's on screen in the short
        // form, so the column reads the same down the screen; only the rows shown are measured,
        // since a picker may hold a hundred thousand names.
        let shown = p.rows[min(p.top, p.rows.count)..<min(p.top + rows.height, p.rows.count)]
        let short = shown.contains { m.width(of: SafeText.line($0.detail)) > rows.width / 2 }
        for row in 0..<rows.height {
            let n = p.top + row
            guard let item = p.rows[safe: n] else { break }
            let y = rows.y + row
            let selected = n == p.selected
            if selected { grid.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), role: .listSelected) }
            let detail = TextFit.cut(
                SafeText.line(short ? item.shortDetail : item.detail), to: rows.width / 2, measure: m)
            let dw = m.width(of: detail)
            grid.put(
                detail, x: rows.maxX - dw - 1, y: y, maxWidth: dw, role: selected ? .listSelected : .listCount,
                measure: m)
            let labelWidth = rows.width - dw - 3
            let label = TextFit.cut(SafeText.line(item.label), to: labelWidth, measure: m)
            grid.put(
                label, x: rows.x + 1, y: y, maxWidth: labelWidth, role: selected ? .listSelected : .normal, measure: m)
        }
    }
}
