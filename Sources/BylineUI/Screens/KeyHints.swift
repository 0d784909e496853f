/// The top line, as newsboat's: the main keys of the pane that has them, from the keymap in force
/// (`key-hints = false` in the config file hides it).
enum KeyHints {
    /// Below this many rows the line is left out: the panes need them more.
    static let minimumHeight = 12

    /// The commands named, in order, for each context.
    static func commands(_ context: KeyContext) -> [(Command, String)] {
        switch context {
        case .reader:
            return [
                (.back, "Back"), (.nextQuote, "Quote"), (.nextSpeakerQuote, "Speaker"), (.nextArticle, "Next"),
                (.search, "Search"), (.entityPanel, "Entities"), (.toggleFlag, "Flag"), (.help, "Help"),
            ]
        case .panel:
            return [(.back, "Close"), (.accept, "Filter"), (.down, "Down"), (.up, "Up"), (.help, "Help")]
        default:
            return [
                (.back, "Quit"), (.open, "Open"), (.search, "Search"), (.filterSpeaker, "Speaker"),
                (.toggleRead, "Read"), (.toggleFlag, "Flag"), (.sort, "Sort"), (.help, "Help"),
            ]
        }
    }

    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let m = state.measure
        grid.fill(r, role: .status)
        var x = r.x + 1
        let context = state.keyContext == .panel ? KeyContext.panel : state.focus == .reader ? .reader : .list
        for (command, name) in commands(context) {
            guard let key = state.keymap.keys(for: command).first?.description else { continue }
            let w = m.width(of: key) + 1 + m.width(of: name)
            guard x + w <= r.maxX else { break }
            x += grid.put(key, x: x, y: r.y, maxWidth: r.maxX - x, role: .statusKey, measure: m)
            x += grid.put(":" + name, x: x, y: r.y, maxWidth: r.maxX - x, role: .status, measure: m) + 2
        }
    }
}
