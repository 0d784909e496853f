import BylineCore

/// The article list: one row per article — unread marker, flag, date, source, title cut to fit by
/// display width, quote count — the selected row highlighted.
enum ListPane {
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        if state.visible.isEmpty {
            let text =
                state.collection.count == 0
                ? (state.progress == nil ? "No articles." : "Loading…")
                : state.hideRead
                    ? "Every article here is read. H shows them."
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

    /// Narrower lists leave out the date, then the source.
    static let dateMinimumWidth = 36
    static let sourceMinimumWidth = 60
    static func sourceWidth(_ listWidth: Int) -> Int { min(16, listWidth / 6) }

    /// The headings over the columns drawRow fills.
    static func drawHeader(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let m = state.measure
        grid.fill(r, role: .listHeader)
        var col = r.x + 2
        if r.width >= dateMinimumWidth {
            grid.put("date", x: col, y: r.y, maxWidth: 10, role: .listHeader, measure: m)
            col += 11
        }
        if r.width >= sourceMinimumWidth {
            grid.put("source", x: col, y: r.y, maxWidth: sourceWidth(r.width), role: .listHeader, measure: m)
            col += sourceWidth(r.width) + 1
        }
        let count = r.width >= 30 ? "quotes" : "q"
        let countX = r.maxX - m.width(of: count)
        grid.put("title", x: col, y: r.y, maxWidth: max(0, countX - col - 1), role: .listHeader, measure: m)
        grid.put(count, x: countX, y: r.y, maxWidth: r.maxX - countX, role: .listHeader, measure: m)
    }

    static func drawRow(
        _ state: AppState, article i: Int, selected: Bool, x: Int, y: Int, width: Int, into grid: inout Grid
    ) {
        let a = state.collection.article(i)
        let m = state.measure
        // The selection looks dimmer while the reading pane has the keys.
        let look: Role? =
            !selected
            ? nil
            : state.focus == .list || state.reader == nil
                ? .listSelected
                : state.isWide ? .listSelectedInactive : nil
        grid.fill(Rect(x: x, y: y, width: width, height: 1), role: look ?? .normal)
        func role(_ r: Role) -> Role { look ?? r }
        let unread = !state.readMarks.contains(a.key)
        var col = x
        col += grid.put(
            unread ? "●" : " ", x: col, y: y, maxWidth: 1, role: role(unread ? .listUnread : .listRead), measure: m)
        // mutt's mark for a flagged message, in the gap before the date.
        if state.flags.contains(a.key) {
            grid.put("!", x: col, y: y, maxWidth: 1, role: role(.listUnread), measure: m)
        }
        col += 1
        let quotes = state.collection.quoteCount(of: i).map(String.init) ?? "…"
        let countWidth = max(3, quotes.count)
        let end = x + width - countWidth - 1
        if width >= ListPane.dateMinimumWidth {
            grid.put(
                (a.publishedSource == .fileTime ? nil : a.published)?.description ?? "", x: col, y: y,
                maxWidth: end - col, role: role(.listDate), measure: m)
            col += 11
        }
        if width >= ListPane.sourceMinimumWidth {
            // The column is kept even when this article has no source, so titles line up.
            let w = sourceWidth(width)
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
