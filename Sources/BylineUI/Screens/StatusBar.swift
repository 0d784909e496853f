import BylineCore

/// The bottom row: focused pane, filter chips, `N/M articles`, load progress, skipped files and
/// articles analysed in part, the last message (or the article being read), and the help key.
/// The left part is cut first when space runs out.
enum StatusBar {
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        guard !r.isEmpty else { return }
        let m = state.measure
        // What the last key did, else the article text being read.
        let message = state.message ?? state.waitingNote
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
        if let note = issuesNote(state.collection.issues) { right.append(note) }
        if state.keyContext == .reader, let r = state.reader {
            let shown = r.top + (PaneLayout(state).reader?.height ?? 0)
            // A long article is laid out as far as it is read: its length is guessed till then.
            let total = r.layout.estimatedLineCount
            let end = r.layout.isComplete && shown >= total
            right.append(end ? "end" : "\(min(99, 100 * shown / max(1, total)))%")
        }
        right.append(unreadCount(state) + "\(state.visible.count)/\(state.collection.count) articles")
        let helpKey = state.keymap.keys(for: .help).first.map { "\($0) help" } ?? ""
        func widthOfRight() -> Int {
            m.width(of: right.joined(separator: " │ ")) + (helpKey.isEmpty || right.isEmpty ? 0 : 3)
                + m.width(of: helpKey) + 1
        }
        // A message is what the last key did: the counts on the right give way to it.
        if let message {
            let wanted = m.width(of: SafeText.line(message)) + 10
            while !right.isEmpty, widthOfRight() + wanted > r.width { right.removeFirst() }
        }
        // The pane that has the keys, even under an overlay opened from it.
        let pane =
            state.focus == .reader && state.reader != nil
            ? (state.showEntityPanel && state.entityPanelFocused ? " ENTITIES " : " READER ") : " LIST "
        func fits() -> Bool { widthOfRight() + m.width(of: pane) + 1 <= r.width }
        while right.count > 1, !fits() { right.removeFirst() }
        if !fits(), let last = right.last {
            // "3 unread · 5/9 articles" loses its first half before it goes.
            right = [String(last.split(separator: " · ").last ?? "")]
            if !fits() { right = [] }
        }
        let rightText = right.joined(separator: " │ ") + (helpKey.isEmpty || right.isEmpty ? "" : " │ ")
        let rightWidth = widthOfRight()
        var x = r.x
        x += grid.put(pane, x: x, y: r.y, maxWidth: r.width, role: .statusKey, measure: m) + 1
        let leftLimit = r.maxX - rightWidth - 1
        if let message {
            let text = TextFit.cut(SafeText.line(message), to: max(0, leftLimit - x), measure: m)
            grid.put(text, x: x, y: r.y, maxWidth: max(0, leftLimit - x), role: .status, measure: m)
        } else {
            if let name = state.followed {
                let label = TextFit.cut("following " + SafeText.line(name), to: max(0, leftLimit - x), measure: m)
                x += grid.put(label, x: x, y: r.y, maxWidth: max(0, leftLimit - x), role: .status, measure: m) + 1
            }
            // The order, when not the usual one, and hidden read articles show as chips too.
            let shown = (state.sort == .date ? [] : [state.sort.label]) + (state.hideRead ? ["unread only"] : [])
            for chip in shown + state.filters.map(\.description) {
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

    /// "2 skipped (L)", "1 analysed in part (L)" or both, when the load report has something to say.
    static func issuesNote(_ issues: [LoadIssue]) -> String? {
        let skipped = issues.count { $0.isSkip }
        let partial = issues.count - skipped
        let parts = (skipped > 0 ? ["\(skipped) skipped"] : []) + (partial > 0 ? ["\(partial) analysed in part"] : [])
        return parts.isEmpty ? nil : parts.joined(separator: " · ") + " (L)"
    }

    /// "3 unread · " when some shown articles are unread.
    static func unreadCount(_ state: AppState) -> String {
        let n = state.unreadShown
        return n == 0 ? "" : "\(n) unread · "
    }
}
