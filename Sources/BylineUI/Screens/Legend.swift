/// What each colour means, drawn in those colours: a line above the status bar (`c` hides it)
/// and a section of the help overlay. The samples use the theme in force, so they are right for
/// every theme, terminal and NO_COLOR.
enum Legend {
    struct Entry {
        /// The sample, drawn in the role's style.
        var sample: String
        var role: Role
        var accent: UInt8 = 0
        /// What it means, for the help overlay.
        var meaning: String
    }

    /// Below this many rows the line is left out: the panes need them more.
    static let minimumHeight = 12

    static let entries: [Entry] = [
        Entry(sample: "person", role: .person, meaning: "A person named in the text"),
        Entry(sample: "organisation", role: .organization, meaning: "An organisation"),
        Entry(sample: "place", role: .place, meaning: "A place"),
        Entry(sample: "date", role: .date, meaning: "A date or time (d shows the day it resolves to)"),
        Entry(
            sample: "[speaker]", role: .quoteLabel, accent: 1,
            meaning: "Someone quoted: each speaker has a colour of their own, on their name and label"),
        Entry(sample: "▌", role: .quoteGutter, accent: 1, meaning: "A direct quote, in its speaker's colour"),
        Entry(sample: "quote", role: .quote, meaning: "Quoted words"),
        Entry(sample: "current quote", role: .quoteCurrent, meaning: "The quote ] [ } { landed on"),
        Entry(sample: "match", role: .searchMatch, meaning: "A match of the search"),
        Entry(sample: "current match", role: .searchCurrent, meaning: "The match n and N landed on"),
    ]

    /// The line: as many whole samples as fit, after a heading when there is room.
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let m = state.measure
        grid.fill(r, role: .normal)
        var x = r.x + 1
        let heading = "Colours:"
        let total = entries.reduce(m.width(of: heading) + 1) { $0 + m.width(of: $1.sample) + 1 }
        if total <= r.width - 1 {
            x += grid.put(heading, x: x, y: r.y, maxWidth: r.maxX - x, role: .meta, measure: m) + 1
        }
        for e in entries {
            let w = m.width(of: e.sample)
            guard x + w <= r.maxX else { break }
            x += grid.put(e.sample, x: x, y: r.y, maxWidth: w, role: e.role, accent: e.accent, measure: m) + 1
        }
    }
}
