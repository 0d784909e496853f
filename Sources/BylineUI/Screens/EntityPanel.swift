import BylineCore
import BylineNLP

/// `e`: the open article's people, organisations, places and dates, each with its number of
/// mentions, most mentioned first (calendar dates in time order). The panel takes the keys when
/// opened: the rows scroll, and Enter adds the selected entity as a filter.
enum EntityPanel {
    /// One line of the panel: a group heading, or an entity with its mention count.
    struct Row: Equatable {
        var label: String
        /// Mentions; nil for a heading.
        var count: Int?
        var role: Role
        var accent: UInt8 = 0
        /// The filter Enter adds; nil for a heading, or a date without a calendar value.
        var filter: Query.Term?

        var isEntity: Bool { count != nil }
    }

    /// A type as the screens name it, spelt as the legend and the help spell it (JSON keeps
    /// `organization`).
    static func word(for type: EntityType) -> String { type == .organization ? "organisation" : type.rawValue }

    /// `word` for narrow columns: "org" for an organisation, the others as they are.
    static func shortWord(for type: EntityType) -> String { type == .organization ? "org" : type.rawValue }

    /// The rows for an annotation, grouped by type; a blank row separates the groups.
    static func rows(_ a: Annotation) -> [Row] {
        let speakers = Set(a.quotes.compactMap { $0.speaker?.name })
        var out: [Row] = []
        for (type, heading, role) in [
            (EntityType.person, "People", Role.person), (.organization, "Organisations", .organization),
            (.place, "Places", .place), (.date, "Dates", .date),
        ] {
            var counts: [String: Int] = [:]
            var filters: [String: Query.Term] = [:]
            var calendarValues: [String: String] = [:]
            for e in a.entities where e.type == type {
                let name = e.type == .date ? DateWords.words(for: e.value ?? e.text) : e.canonical
                counts[name, default: 0] += 1
                if filters[name] == nil { filters[name] = filter(for: e) }
                if let v = e.value, DateWords.isCalendar(v) { calendarValues[name] = calendarValues[name] ?? v }
            }
            guard !counts.isEmpty else { continue }
            if !out.isEmpty { out.append(Row(label: "", count: nil, role: .normal)) }
            out.append(Row(label: heading, count: nil, role: .title))
            // names most mentioned first; dates of the calendar as a timeline (by first day, the
            // longer period first), then lengths, recurrences and "now"/"the past" by mentions
            let starts = calendarValues.compactMapValues(DateWords.start(of:))
            let ordered = counts.sorted { x, y in
                switch (starts[x.key], starts[y.key]) {
                case (let a?, let b?):
                    if a.day != b.day { return a.day < b.day }
                    if a.days != b.days { return a.days > b.days }
                    let (u, v) = (calendarValues[x.key] ?? "", calendarValues[y.key] ?? "")
                    return u != v ? u < v : x.key < y.key
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return x.value != y.value ? x.value > y.value : x.key < y.key
                }
            }
            for (name, n) in ordered {
                let isSpeaker = speakers.contains(name)
                out.append(
                    Row(
                        label: name, count: n, role: isSpeaker ? .speaker : role,
                        accent: isSpeaker ? SpeakerAccent.of(name) : 0, filter: filters[name]))
            }
        }
        return out
    }

    /// The query term for a mention: its canonical name, or for a date its calendar value when it
    /// has one a `date:` query accepts (a week or a season has none).
    static func filter(for e: EntityMention) -> Query.Term? {
        switch e.type {
        case .person: return Query.Term(.person, e.canonical)
        case .organization: return Query.Term(.org, e.canonical)
        case .place: return Query.Term(.place, e.canonical)
        case .date:
            guard let v = e.value, let q = try? Query(parsing: "date:" + v), q.terms.count == 1 else { return nil }
            return q.terms[0]
        }
    }

    /// The rows of the open article; empty while it waits for annotation.
    static func rows(_ state: AppState) -> [Row] {
        state.reader?.annotation.map(rows) ?? []
    }

    static func draw(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let m = state.measure
        guard r.width > 2, r.height > 0 else { return }
        guard let reader = state.reader, reader.annotation != nil else {
            grid.put("no entities yet", x: r.x + 1, y: r.y, maxWidth: r.width - 1, role: .placeholder, measure: m)
            return
        }
        let rows = rows(state)
        let focused = state.keyContext == .panel
        let entities = rows.indices.filter { rows[$0].isEntity }
        // The first line says what the panel is and where in it the selection is.
        let ordinal = (entities.firstIndex(of: reader.entityRow) ?? 0) + 1
        let position = entities.isEmpty ? "" : focused ? "\(ordinal)/\(entities.count)" : "\(entities.count)"
        grid.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), role: .listHeader)
        let pw = m.width(of: position)
        grid.put(position, x: r.maxX - pw - 1, y: r.y, maxWidth: pw, role: .listHeader, measure: m)
        let room = max(0, r.width - pw - 3)
        let title = focused && m.width(of: "Entities · Enter filters") <= room ? "Entities · Enter filters" : "Entities"
        grid.put(
            TextFit.cut(title, to: room, measure: m), x: r.x + 1, y: r.y, maxWidth: room, role: .listHeader, measure: m)
        if entities.isEmpty {
            grid.put("no entities", x: r.x + 1, y: r.y + 1, maxWidth: r.width - 1, role: .placeholder, measure: m)
            return
        }
        for line in 0..<(r.height - 1) {
            let n = reader.entityTop + line
            guard let row = rows[safe: n] else { break }
            let y = r.y + 1 + line
            let selected = focused && n == reader.entityRow
            if selected { grid.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: .listSelected) }
            guard let count = row.count.map(String.init) else {
                grid.put(row.label, x: r.x + 1, y: y, maxWidth: r.width - 1, role: row.role, measure: m)
                continue
            }
            let nameWidth = r.width - count.count - 3
            grid.put(
                TextFit.cut(SafeText.line(row.label), to: nameWidth, measure: m), x: r.x + 1, y: y,
                maxWidth: nameWidth, role: selected ? .listSelected : row.role, accent: selected ? 0 : row.accent,
                measure: m)
            grid.put(
                count, x: r.maxX - count.count - 1, y: y, maxWidth: count.count,
                role: selected ? .listSelected : .listCount, measure: m)
        }
    }
}
