/// `?`: every key binding, generated from the keymap in force (so rebound keys show as
/// rebound), grouped by where they apply.
enum HelpOverlay {
    struct Line: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
        /// For the colour legend: the role (and speaker accent) the left column is drawn in.
        var sample: Role? = nil
        var accent: UInt8 = 0
    }

    /// The help text, one entry per binding; the same table the keys are dispatched from.
    static func lines(_ keymap: Keymap) -> [Line] {
        var reading: [Line] = []
        var editing: [Line] = []
        for b in keymap.bindings where !b.keys.isEmpty {
            let line = Line(keys: b.keys.map(\.description).joined(separator: " "), text: b.help, isHeading: false)
            if b.contexts.contains(.list) || b.contexts.contains(.reader) {
                reading.append(line)
            } else {
                editing.append(line)
            }
        }
        return [Line(keys: "", text: "Reading", isHeading: true)] + reading
            + [
                Line(keys: "", text: "", isHeading: false),
                Line(
                    keys: "", text: "In pickers, prompts and the entity panel (type to narrow a picker)",
                    isHeading: true),
            ] + editing
            + [Line(keys: "", text: "", isHeading: false), Line(keys: "", text: "Colours", isHeading: true)]
            + Legend.entries.map {
                Line(keys: $0.sample, text: $0.meaning, isHeading: false, sample: $0.role, accent: $0.accent)
            }
            + [
                Line(keys: "", text: "", isHeading: false), Line(keys: "", text: "Mouse", isHeading: true),
                Line(keys: "click", text: "Select an article, or focus the pane", isHeading: false),
                Line(keys: "wheel", text: "Scroll the pane under the pointer", isHeading: false),
            ]
    }

    static func frame(in area: Rect) -> Rect { Box.centred(in: area, maxWidth: 90, maxHeight: area.height) }

    /// One screen row of the overlay: keys (on an entry's first row only) and a piece of text.
    struct Row: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
        var sample: Role? = nil
        var accent: UInt8 = 0
    }

    /// The overlay's rows for the state's size: help texts wrapped to the box.
    static func rows(_ state: AppState) -> (rows: [Row], keyWidth: Int, inside: Rect) {
        let inside = frame(in: PaneLayout(state).overlay).inset(1)
        let keyWidth = min(16, max(8, inside.width / 4))
        let textWidth = max(1, inside.width - keyWidth - 2)
        var out: [Row] = []
        for line in lines(state.keymap) {
            if line.isHeading {
                out.append(Row(keys: "", text: line.text, isHeading: true))
                continue
            }
            let pieces = TextFit.wrap(line.text, to: textWidth, measure: state.measure)
            for (k, piece) in pieces.enumerated() {
                out.append(
                    Row(
                        keys: k == 0 ? line.keys : "", text: piece, isHeading: false, sample: line.sample,
                        accent: line.accent))
            }
        }
        return (out, keyWidth, inside)
    }

    static func draw(_ state: AppState, top: Int, in area: Rect, into grid: inout Grid) {
        let m = state.measure
        let box = frame(in: area)
        Box.draw("Keys and colours — q or Esc closes", in: box, role: .help, into: &grid, measure: m)
        let (all, keyWidth, inside) = rows(state)
        let start = min(max(0, top), max(0, all.count - inside.height))
        Box.drawScrollPosition(
            start: start, shown: inside.height, total: all.count, keymap: state.keymap, in: box, into: &grid, measure: m
        )
        for row in 0..<inside.height {
            guard let line = all[safe: start + row] else { break }
            let y = inside.y + row
            if line.isHeading {
                grid.put(line.text, x: inside.x + 1, y: y, maxWidth: inside.width - 1, role: .title, measure: m)
                continue
            }
            grid.put(
                line.keys, x: inside.x + 1, y: y, maxWidth: keyWidth, role: line.sample ?? .helpKey,
                accent: line.accent, measure: m)
            let tx = inside.x + 2 + keyWidth
            grid.put(line.text, x: tx, y: y, maxWidth: inside.maxX - tx, role: .help, measure: m)
        }
    }
}
