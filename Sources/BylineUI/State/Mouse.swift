/// Mouse: a click selects what is under it, the wheel scrolls the pane under the pointer.
extension AppState {
    static let wheelStep = 3

    mutating func click(_ m: MouseEvent) -> [Effect] {
        let frames = PaneLayout(self)
        if let o = overlay {
            switch (o, m.kind) {
            case (.picker, .wheelDown): return runInPicker(.down)
            case (.picker, .wheelUp): return runInPicker(.up)
            case (.picker(var p), .press):
                // A click on a row chooses it; rows start two lines into the box.
                let rows = PickerOverlay.frame(in: frames.overlay).inset(1)
                let n = p.top + m.y - rows.y - 1
                guard rows.contains(x: m.x, y: m.y), m.y > rows.y, p.rows.indices.contains(n) else { return [] }
                p.selected = n
                overlay = .picker(p)
                return runInPicker(.accept)
            case (.help, .wheelDown), (.loadReport, .wheelDown): return runInPage(.down)
            case (.help, .wheelUp), (.loadReport, .wheelUp): return runInPage(.up)
            default: return []
            }
        }
        if let list = frames.list, list.contains(x: m.x, y: m.y) {
            switch m.kind {
            case .press:
                let position = listTop + (m.y - list.y)
                // A click on the selected row opens it, as Enter does.
                if position == selected, focus == .list, position < visible.count { return openSelected() }
                focus = .list
                moveSelection(to: position)
            case .wheelDown: moveSelection(by: AppState.wheelStep)
            case .wheelUp: moveSelection(by: -AppState.wheelStep)
            }
        } else if let r = frames.reader, r.contains(x: m.x, y: m.y) {
            switch m.kind {
            case .press: focus = .reader
            case .wheelDown: scrollReader(by: AppState.wheelStep)
            case .wheelUp: scrollReader(by: -AppState.wheelStep)
            }
        }
        return []
    }
}
