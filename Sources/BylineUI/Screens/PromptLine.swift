import BylineCore

/// The prompt typed into at the bottom row (search, query), over the status bar.
enum PromptLine {
    static func draw(_ p: Prompt, state: AppState, in r: Rect, into grid: inout Grid) {
        guard !r.isEmpty else { return }
        let m = state.measure
        grid.fill(r, role: .prompt)
        var right = r.maxX
        if let error = p.error {
            // The reason a query was refused, on the right; the text stays editable on the left.
            let typed = m.width(of: p.label + SafeText.line(p.text)) + 2
            let text = TextFit.cut(SafeText.line(error), to: max(r.width / 3, r.width - typed - 1), measure: m)
            let w = m.width(of: text)
            right -= w + 1
            grid.put(text, x: right + 1, y: r.y, maxWidth: w, role: .error, measure: m)
        }
        let r = Rect(x: r.x, y: r.y, width: right - r.x, height: 1)
        var x = r.x
        x += grid.put(p.label, x: x, y: r.y, maxWidth: r.width, role: .prompt, measure: m)
        // Long input scrolls: show its end, where the typing happens.
        var shown = SafeText.line(p.text)
        while m.width(of: shown) > r.maxX - x - 1, !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: r.y, maxWidth: r.maxX - x, role: .prompt, measure: m)
        grid.put("█", x: x, y: r.y, maxWidth: r.maxX - x, role: .prompt, measure: m)
    }
}
