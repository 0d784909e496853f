import BylineCore
import BylineNLP

/// `e`: the open article's people, organisations, places and dates, each with its number of
/// mentions, most mentioned first.
enum EntityPanel {
    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let m = state.measure
        guard let a = state.reader?.annotation else {
            grid.put("no entities yet", x: r.x + 1, y: r.y, maxWidth: r.width - 1, role: .placeholder, measure: m)
            return
        }
        let speakers = Set(a.quotes.compactMap { $0.speaker?.name })
        var y = r.y
        for (type, heading, role) in [
            (EntityType.person, "People", Role.person), (.organization, "Organisations", .organization),
            (.place, "Places", .place), (.date, "Dates", .date),
        ] {
            var counts: [String: Int] = [:]
            for e in a.entities where e.type == type {
                counts[e.type == .date ? DateWords.words(for: e.value ?? e.text) : e.canonical, default: 0] += 1
            }
            guard !counts.isEmpty, y < r.maxY else { continue }
            grid.put(heading, x: r.x + 1, y: y, maxWidth: r.width - 1, role: .title, measure: m)
            y += 1
            for (name, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                guard y < r.maxY else { return }
                let count = String(n)
                let nameWidth = r.width - count.count - 3
                let isSpeaker = speakers.contains(name)
                grid.put(
                    TextFit.cut(SafeText.line(name), to: nameWidth, measure: m), x: r.x + 1, y: y, maxWidth: nameWidth,
                    role: isSpeaker ? .speaker : role, accent: isSpeaker ? SpeakerAccent.of(name) : 0, measure: m)
                grid.put(count, x: r.maxX - count.count - 1, y: y, maxWidth: count.count, role: .listCount, measure: m)
                y += 1
            }
            y += 1
        }
    }
}
