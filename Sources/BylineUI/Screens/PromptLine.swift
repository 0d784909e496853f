import BylineCore

/// The prompt typed into at the bottom row (search, query), over the status bar.
enum PromptLine {
    static func draw(_ p: Prompt, state: AppState, in r: Rect, into grid: inout Grid) {
        guard !r.isEmpty else { return }
        let m = state.measure
        grid.fill(r, role: .prompt)
        var x = r.x
        x += grid.put(p.label, x: x, y: r.y, maxWidth: r.width, role: .prompt, measure: m)
        // Long input scrolls: show its end, where the typing happens.
        var shown = SafeText.line(p.text)
        while m.width(of: shown) > r.maxX - x - 1, !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: r.y, maxWidth: r.maxX - x, role: .prompt, measure: m)
        grid.put("█", x: x, y: r.y, maxWidth: r.maxX - x, role: .prompt, measure: m)
    }
}
