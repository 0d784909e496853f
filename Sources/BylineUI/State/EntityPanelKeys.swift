import BylineCore

/// The entity panel when it has the keys: moving through its rows, and Enter to filter by one.
extension AppState {
    /// `e` from the panes: shows the panel and gives it the keys; the panel then shows the
    /// article in the reading pane (the selected one, opened, when the list had focus).
    mutating func focusEntityPanel() -> [Effect] {
        guard let effects = ensureReader(for: .entityPanel) else { return [] }
        guard reader != nil else { return effects }
        showEntityPanel = true
        entityPanelFocused = true
        relayoutReader()
        selectEntityRow(reader?.entityRow ?? 0, step: 1)
        return effects
    }

    /// Hides the panel; the reading pane has the keys again.
    mutating func closeEntityPanel() {
        showEntityPanel = false
        entityPanelFocused = false
        relayoutReader()
    }

    /// Rows of the panel that show entities (its first line is the panel's own header).
    var entityPanelPage: Int { max(1, (PaneLayout(self).entityPanel?.height ?? height) - 1) }

    mutating func runInPanel(_ c: Command) -> [Effect] {
        let row = reader?.entityRow ?? 0
        let page = entityPanelPage
        switch c {
        case .down: selectEntityRow(row + 1, step: 1)
        case .up: selectEntityRow(row - 1, step: -1)
        case .pageDown: selectEntityRow(row + page - 1, step: 1)
        case .pageUp: selectEntityRow(row - page + 1, step: -1)
        case .halfPageDown: selectEntityRow(row + page / 2, step: 1)
        case .halfPageUp: selectEntityRow(row - page / 2, step: -1)
        case .top: selectEntityRow(0, step: 1)
        case .bottom: selectEntityRow(Int.max / 2, step: -1)
        case .accept:
            let rows = EntityPanel.rows(self)
            guard let chosen = rows[safe: row], chosen.isEntity else { return [] }
            guard let term = chosen.filter else {
                message = "\(SafeText.line(chosen.label)) has no calendar date to filter by"
                return []
            }
            entityPanelFocused = false
            focus = .list
            addFilters([term])
            relayoutReader()
            scrollListToSelection()
            message = "filter \(SafeText.line(term.description)): \(AppState.count(visible.count, "article"))"
        case .switchPane:
            // The panel stays open; the article takes the keys.
            entityPanelFocused = false
        case .entityPanel, .back, .close: closeEntityPanel()
        case .help: overlay = .help(top: 0)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default: break
        }
        return []
    }

    /// Selects the entity row at `target`, or the nearest one in the direction of `step` (headings
    /// and blank lines are skipped), and scrolls it into view.
    mutating func selectEntityRow(_ target: Int, step: Int) {
        guard var r = reader else { return }
        let rows = EntityPanel.rows(self)
        let entities = rows.indices.filter { rows[$0].isEntity }
        guard let first = entities.first, let last = entities.last else {
            r.entityRow = 0
            r.entityTop = 0
            reader = r
            return
        }
        let t = min(max(first, target), last)
        let chosen = step >= 0 ? (entities.first { $0 >= t } ?? last) : (entities.last { $0 <= t } ?? first)
        r.entityRow = chosen
        let page = entityPanelPage
        // The heading above the first entity stays in view at the top.
        if chosen == first { r.entityTop = 0 }
        if chosen < r.entityTop { r.entityTop = chosen }
        if chosen >= r.entityTop + page { r.entityTop = chosen - page + 1 }
        r.entityTop = max(0, min(r.entityTop, max(0, rows.count - page)))
        reader = r
    }
}
