import BylineCore

/// The article list: one row per article — unread marker, date, source, title cut to fit by
/// display width, quote count — the selected row highlighted.
enum ListPane {
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        if state.visible.isEmpty {
            let text =
                state.collection.count == 0
                ? (state.progress == nil ? "No articles." : "Loading…")
                : "No article matches the filters. F clears them."
            grid.put(text, x: r.x + 1, y: r.y, maxWidth: r.width - 1, role: .placeholder, measure: state.measure)
            return
        }
        for row in 0..<r.height {
            let pos = state.listTop + row
            guard pos < state.visible.count else { break }
            drawRow(
                state, article: state.visible[pos], selected: pos == state.selected, x: r.x, y: r.y + row,
                width: r.width, into: &grid)
        }
    }

    static func drawRow(
        _ state: AppState, article i: Int, selected: Bool, x: Int, y: Int, width: Int, into grid: inout Grid
    ) {
        let a = state.collection.article(i)
        let m = state.measure
        let focused = selected && (state.focus == .list || state.isWide)
        let base: Role = focused ? .listSelected : .normal
        grid.fill(Rect(x: x, y: y, width: width, height: 1), role: base)
        func role(_ r: Role) -> Role { focused ? .listSelected : r }
        let unread = !state.readMarks.contains(a.key)
        var col = x
        col += grid.put(
            unread ? "●" : " ", x: col, y: y, maxWidth: 1, role: role(unread ? .listUnread : .listRead), measure: m)
        col += 1
        let quotes = state.collection.quoteCount(of: i).map(String.init) ?? "…"
        let countWidth = max(3, quotes.count)
        let end = x + width - countWidth - 1
        if width >= 36 {
            grid.put(
                a.published?.description ?? "", x: col, y: y, maxWidth: end - col, role: role(.listDate), measure: m)
            col += 11
        }
        if width >= 60 {
            // The column is kept even when this article has no source, so titles line up.
            let w = min(16, width / 6)
            if let s = a.source, !s.isEmpty {
                grid.put(
                    TextFit.cut(SafeText.line(s), to: w, measure: m), x: col, y: y, maxWidth: w,
                    role: role(.listSource), measure: m)
            }
            col += w + 1
        }
        let title = TextFit.cut(SafeText.line(a.title), to: end - col, measure: m)
        grid.put(title, x: col, y: y, maxWidth: end - col, role: role(unread ? .listUnread : .listRead), measure: m)
        let countX = x + width - countWidth
        grid.put(
            String(repeating: " ", count: countWidth - quotes.count) + quotes, x: countX, y: y, maxWidth: countWidth,
            role: role(.listCount), measure: m)
    }
}
