/// Works out when an article was published from its own words, for articles without metadata.
///
/// In order of trust: a dateline ("WASHINGTON, Jan 13 (Reuters) -"); weekday-date pairs
/// ("Thursday (Jan 13)"), which also give the year when none is written; the latest full date
/// outside future-tense clauses. A day named only by its weekday right after the latest pair, and
/// not in the future tense ("early Friday" after "Thursday (Jan 13)"), moves the date to that
/// day: the usual gap between a wire report and its publication.
enum PublicationDateInference {
    static func infer(_ doc: Document, _ matches: [DateMatch]) -> CalendarDate? {
        var years: [Int] = []
        for m in matches { if case .calendar(let f, _) = m.meaning, let y = f.year { years.append(y) } }
        let hint = years.max()
        if let d = dateline(doc, matches, hint) { return d }
        if let pinned = latestPair(matches, hint) {
            let next = pinned.adding(days: 1)
            for m in matches {
                if case .weekday(let w, nil, _) = m.meaning, w == next.weekday,
                    Tense.around(m.range, in: doc) != .future
                {
                    return next
                }
            }
            return pinned
        }
        return latestFullDate(doc, matches)
    }

    /// A month-day near the start of one of the first paragraphs, before the dash that ends a dateline.
    static func dateline(_ doc: Document, _ matches: [DateMatch], _ hint: Int?) -> CalendarDate? {
        let paragraphs = doc.paragraphs.prefix(4)
        for m in matches {
            guard case .calendar(let f, _) = m.meaning, f.month != nil, f.day != nil,
                let p = paragraphs.first(where: { $0.contains(m.range.lowerBound) }),
                m.range.lowerBound - p.lowerBound <= 12, doc.tokens[p.lowerBound].has(.allCaps)
            else { continue }
            let after = m.range.upperBound..<min(p.upperBound, m.range.upperBound + 6)
            let dashed = after.contains { k in
                let t = doc.tokens[k]
                let v = doc.scalars[Int(t.start)].value
                return t.kind == .punct && (v == 0x2D || v == 0x2013 || v == 0x2014)
            }
            guard dashed else { continue }
            var g = f
            if g.year == nil {
                g.year = f.weekday.flatMap { DateResolver.year(of: f, onWeekday: $0, near: hint) } ?? hint
            }
            if let d = g.date { return d }
        }
        return nil
    }

    /// The latest date written with its weekday, the year taken from the weekday when missing.
    static func latestPair(_ matches: [DateMatch], _ hint: Int?) -> CalendarDate? {
        var best: CalendarDate?
        for m in matches {
            guard case .calendar(let f, _) = m.meaning, let w = f.weekday else { continue }
            var g = f
            if g.year == nil { g.year = DateResolver.year(of: f, onWeekday: w, near: hint) }
            guard let d = g.date, d.weekday == w else { continue }
            if best.map({ d > $0 }) ?? true { best = d }
        }
        return best
    }

    /// The latest full date (year, month and day) not in a future-tense clause.
    static func latestFullDate(_ doc: Document, _ matches: [DateMatch]) -> CalendarDate? {
        var best: CalendarDate?
        for m in matches {
            guard case .calendar(let f, _) = m.meaning, let d = f.date, Tense.around(m.range, in: doc) != .future else {
                continue
            }
            if best.map({ d > $0 }) ?? true { best = d }
        }
        return best
    }
}
