/// Pins date meanings to the calendar: against the publication date, the tense of the clause,
/// and the date last mentioned, reading the document from start to end as a reader would.
struct DateResolver {
    let anchor: CalendarDate?
    /// The last date the text mentioned, for "a year earlier" and "the quarter".
    private(set) var last: DateFields?
    /// The last single day the text mentioned: "that day" and "the previous day" refer to it
    /// even after a coarser mention ("On Thursday ... by 2025 ... Earlier that day").
    private(set) var lastDay: DateFields?
    /// The latest quarter or half the text mentions that had ended by publication: the period an
    /// earnings report is about, which "the quarter" and "the year-ago period" refer to even after
    /// passing mentions of earlier or unfinished ones ("after a flat second quarter", "a
    /// fourth-quarter charge").
    private(set) var topic: DateFields?
    /// Whether the period reported on is now several quarters long ("For the nine months, ..."),
    /// until the next quarter or half is mentioned: year-ago figures then belong to a year.
    private(set) var severalQuarters = false

    init(anchor: CalendarDate?) { self.anchor = anchor }

    /// The TIMEX3 value of `meaning`, or nil when it cannot be resolved; `tense` is asked only
    /// when the answer depends on it.
    mutating func value(of meaning: DateMeaning, tense: () -> Tense) -> String? {
        switch meaning {
        case .reference(let v), .duration(let v), .recurrence(let v): return v
        case .ahead(_, _, let length) where tense() != .future: return length
        default: break
        }
        if case .periodOfMonths(let months) = meaning {
            severalQuarters = true
            return "P\(months)M"
        }
        if case .periodEnd(let day) = meaning { return fields(of: day, tense: tense)?.value }
        guard let f = fields(of: meaning, tense: tense) else {
            if case .fromMention(_, _, let length) = meaning { return length }
            return nil
        }
        if f.quarter != nil || f.half != nil, !isYearAgo(meaning) { severalQuarters = false }
        switch meaning {
        case .fromReference, .fromMention, .quarterInContext(yearsBack: 1..., _, _), .yearsBefore: break
        default:
            if f.year != nil || f.decade != nil { last = DateFields.withoutTime(f) }
            if f.date != nil { lastDay = DateFields.withoutTime(f) }
            if let span = f.periodSpan, anchor.map({ span.end < $0 }) ?? true,
                topic?.periodSpan.map({ $0.start <= span.start }) ?? true
            {
                topic = DateFields.withoutTime(f)
            }
        }
        return f.value
    }

    private func fields(of meaning: DateMeaning, tense: () -> Tense) -> DateFields? {
        switch meaning {
        case .reference, .duration, .recurrence, .periodOfMonths, .timeOnCountedDay:
            return nil
        case .periodEnd(let day):
            return fields(of: day, tense: tense)
        case .endedOn(let period, let day):
            // the day's year stands even without a publication date ("ended June 30, 2020")
            guard case .calendar(var f, _) = period, let y = fields(of: day, tense: tense)?.year else {
                return fields(of: period, tense: tense)
            }
            f.year = y
            return f
        case .calendar(let f, let lean):
            if f.year != nil || f.decade != nil || f.century != nil { return f }
            if let w = f.weekday, let y = DateResolver.year(of: f, onWeekday: w, near: anchor?.year ?? last?.year) {
                var g = f
                g.year = y
                return g
            }
            guard let a = anchor else { return nil }
            var g = f
            g.year = DateResolver.year(
                for: f, anchor: a, lean: lean, tense: lean == nil || lean == .notAhead ? tense() : .unknown)
            return g
        case .weekOf(let day):
            guard let d = fields(of: day, tense: tense)?.date else { return nil }
            return DateFields.week(of: d)
        case .shiftedCalendar(let f, let years):
            guard let a = anchor else { return nil }
            var g = f
            g.year = a.year + years
            return g
        case .weekday(let w, let shift, let time):
            guard let a = anchor else { return nil }
            // "this weekend" is the weekend of the publication week
            if time.weekend && shift == 0 { return DateFields.week(of: a, weekend: true) }
            let back = (a.weekday - w + 7) % 7
            let ahead = (w - a.weekday + 7) % 7
            let d: CalendarDate
            switch shift {
            case .some(-1): d = a.adding(days: back == 0 ? -7 : -back)
            case .some(1): d = a.adding(days: ahead == 0 ? 7 : ahead)
            default: d = tense() == .future ? a.adding(days: ahead) : a.adding(days: -back)
            }
            if time.weekend { return DateFields.week(of: d, weekend: true) }
            return DateFields(d).with(time: time)
        case .dayOffset(let inner, let n):
            return fields(of: inner, tense: tense)?.shifted(.day, by: n)
        case .yearsBefore(let inner, let n):
            return fields(of: inner, tense: tense)?.shifted(.year, by: -n)
        case .reportedWeekday(let w, let time):
            guard let a = anchor else { return nil }
            return DateFields(a.adding(days: -((a.weekday - w + 7) % 7))).with(time: time)
        case .referenceWeekday(let w, let shift, let time):
            guard let base = last?.date ?? anchor else { return nil }
            let d =
                shift < 0
                ? base.adding(days: -((base.weekday - w + 6) % 7 + 1))
                : base.adding(days: (w - base.weekday + 6) % 7 + 1)
            return DateFields(d).with(time: time)
        case .shift(let unit, let n, let time):
            guard let a = anchor else { return nil }
            return DateFields.containing(a, unit).shifted(unit, by: n)?.with(time: time)
        case .ahead(let unit, let n, _):
            guard let a = anchor else { return nil }
            return DateFields.containing(a, unit).shifted(unit, by: n)
        case .fromReference(let unit, let n, let quarterOnly):
            // "For the nine months, ... compared with $5 million a year earlier": the year of the
            // period reported on (else of the quarter or half last mentioned), a year back, even
            // after a day mentioned in between
            if severalQuarters, unit == .year,
                let y = topic?.year ?? last.flatMap({ $0.quarter != nil || $0.half != nil ? $0.year : nil })
            {
                return DateFields(year: y + n)
            }
            if let r = last, !quarterOnly || r.quarter != nil || r.half != nil, let s = r.shifted(unit, by: n) {
                return s
            }
            guard let a = anchor else { return nil }
            return DateFields.containing(a, unit).shifted(unit, by: n)
        case .fromMention(let unit, let n, _):
            guard let s = last?.shifted(unit, by: n) else { return nil }
            // "Five years later, it went public": a step told in the past tense that lands after
            // publication counted from some other, undated event
            if n > 0, let a = anchor, s.date.map({ $0 > a }) ?? s.year.map({ $0 > a.year }) ?? false,
                tense() == .past
            {
                return nil
            }
            return s
        case .referenceUnit(let unit, let n, let time):
            // a bare clock time ("at 9am") stays with the last mention or the publication day
            for r in time.hour == nil ? [last, lastDay] : [last] {
                if let within = r?.coarsened(to: unit), let s = within.shifted(unit, by: n) {
                    return s.with(time: time)
                }
            }
            guard let a = anchor else { return nil }
            // "took effect at midnight" written on a day: the midnight that began it, which
            // TIMEX3 writes as 24:00 of the day before; "will end at midnight", the coming one
            let began = time.hour == 24 && unit == .day && n == 0 && tense() == .past
            return DateFields.containing(a, unit).shifted(unit, by: began ? -1 : n)?.with(time: time)
        case .quarterInContext(let yearsBack, let year, let saysQuarter):
            if severalQuarters, !saysQuarter, yearsBack > 0 || year != nil,
                let y = year ?? (topic ?? last)?.year.map({ $0 - yearsBack })
            {
                return DateFields(year: y)
            }
            if let r = topic ?? last, r.quarter != nil || r.half != nil {
                guard let y = year else { return r.shifted(.year, by: -yearsBack) }
                var f = r
                f.year = y
                return f
            }
            if let y = year { return DateFields(year: y) }
            guard let a = anchor else { return nil }
            return DateFields.containing(a, .quarter).shifted(.quarter, by: -1 - 4 * yearsBack)
        case .dayOfMonth(let d):
            guard let a = anchor else { return nil }
            let months = (-1...1).compactMap { n -> CalendarDate? in
                let index = a.year * 12 + a.month - 1 + n
                let (y, m) = (index / 12, index % 12 + 1)
                return CalendarDate.isValid(year: y, month: m, day: d) ? CalendarDate(year: y, month: m, day: d) : nil
            }
            return DateResolver.nearest(months, to: a, tense: tense()).map { DateFields($0) }
        case .holiday(let h):
            // the nearest one, days ahead weighed against days back by tense, as for a month
            guard let a = anchor else { return nil }
            return DateResolver.nearest([a.year - 1, a.year, a.year + 1].map { h.date(in: $0) }, to: a, tense: tense())
                .map { DateFields($0) }
        }
    }

    /// The day of `days` nearest `a`, days ahead weighed against days back by the tense.
    static func nearest(_ days: [CalendarDate], to a: CalendarDate, tense: Tense) -> CalendarDate? {
        let w = weights(tense)
        func cost(_ d: CalendarDate) -> Double {
            d > a ? Double(d.dayNumber - a.dayNumber) * w.ahead : Double(a.dayNumber - d.dayNumber) * w.back
        }
        return days.min { cost($0) < cost($1) }
    }

    /// Whether `meaning` looks a year back from the period under discussion ("the year-ago
    /// quarter", "a year earlier"), which does not change what that period is.
    private func isYearAgo(_ meaning: DateMeaning) -> Bool {
        switch meaning {
        case .fromReference, .yearsBefore: return true
        case .quarterInContext(let yearsBack, let year, _): return yearsBack > 0 || year != nil
        default: return false
        }
    }

    /// The year that puts a year-less month, day, quarter, half or season where the words and
    /// the tense say: "last"/"next" strictly before or after the current one; quarters and halves
    /// once begun; otherwise the nearest occurrence, with days ahead weighed against days back
    /// by the tense of the clause.
    static func year(for f: DateFields, anchor a: CalendarDate, lean: Lean?, tense: Tense) -> Int {
        func span(_ y: Int) -> (CalendarDate, CalendarDate) {
            var m0 = 1
            var m1 = 12
            var y0 = y
            var y1 = y
            if let m = f.month {
                m0 = m
                m1 = m
            } else if let q = f.quarter {
                m0 = 3 * q - 2
                m1 = 3 * q
            } else if let h = f.half {
                m0 = 6 * h - 5
                m1 = 6 * h
            } else if let s = f.season {
                switch s {
                case .SP:
                    m0 = 3
                    m1 = 5
                case .SU:
                    m0 = 6
                    m1 = 8
                case .FA:
                    m0 = 9
                    m1 = 11
                default:
                    m0 = 12
                    m1 = 2
                    y1 = y + 1
                }
            }
            let d0 = min(f.day ?? 1, CalendarDate.daysIn(month: m0, year: y0))
            let d1 =
                f.day.map { min($0, CalendarDate.daysIn(month: m1, year: y1)) }
                ?? CalendarDate.daysIn(month: m1, year: y1)
            return (CalendarDate(year: y0, month: m0, day: d0), CalendarDate(year: y1, month: m1, day: d1))
        }
        let y = a.year
        switch lean {
        case .pastStrict?: return span(y).1 < a ? y : y - 1
        case .futureStrict?: return span(y).0 > a ? y : y + 1
        case .notAhead? where tense != .future: return span(y).0 <= a ? y : y - 1
        case .notAhead?, nil: break
        }
        // Quarters and halves are reported after they begin, and within weeks of their end; a
        // clause that looks ahead to one whose last occurrence ended a season ago means the
        // coming one ("the merger will close in the fourth quarter", written in March).
        if f.quarter != nil || f.half != nil {
            if span(y).0 <= a { return y }
            return tense == .future && a.dayNumber - span(y - 1).1.dayNumber > 90 ? y : y - 1
        }
        // News text looks back more often and further than it looks ahead (dates without a
        // year fall mostly between ten months before and three months after publication), so
        // days ahead count more than days back; the tense of the clause shifts the balance.
        let w = weights(tense)
        func cost(_ year: Int) -> Double {
            let (start, end) = span(year)
            if start.dayNumber > a.dayNumber { return Double(start.dayNumber - a.dayNumber) * w.ahead }
            if end.dayNumber < a.dayNumber { return Double(a.dayNumber - end.dayNumber) * w.back }
            return 0
        }
        return [y, y - 1, y + 1].min { cost($0) < cost($1) }!
    }

    /// How much a day ahead of publication and a day back count when choosing the nearest
    /// occurrence of a year-less date: news looks back more often than ahead, and the tense of
    /// the clause shifts the balance.
    static func weights(_ tense: Tense) -> (ahead: Double, back: Double) {
        switch tense {
        case .past: return (3, 1)
        case .unknown: return (2, 1)
        case .future: return (1, 3)
        }
    }

    /// The year nearest `near` in which month/day falls on weekday `w`; nil without a year to start from.
    static func year(of f: DateFields, onWeekday w: Int, near: Int?) -> Int? {
        guard let y0 = near, let m = f.month, let d = f.day else { return nil }
        for delta in 0...14 {
            for y in delta == 0 ? [y0] : [y0 - delta, y0 + delta] where CalendarDate.isValid(year: y, month: m, day: d)
            {
                if CalendarDate(year: y, month: m, day: d).weekday == w { return y }
            }
        }
        return nil
    }
}

extension DateFields {
    /// The first and last day of a quarter or half with its year; nil for anything else.
    var periodSpan: (start: CalendarDate, end: CalendarDate)? {
        guard let y = year, let months = quarter.map({ 3 * $0 - 2...3 * $0 }) ?? half.map({ 6 * $0 - 5...6 * $0 }),
            months.lowerBound >= 1, months.upperBound <= 12
        else { return nil }
        return (
            CalendarDate(year: y, month: months.lowerBound, day: 1),
            CalendarDate(year: y, month: months.upperBound, day: CalendarDate.daysIn(month: months.upperBound, year: y))
        )
    }

    /// The `unit` that contains this point ("that year" of a day is its year); nil when the
    /// point is coarser than the unit.
    func coarsened(to unit: DateUnit) -> DateFields? {
        if let d = date { return DateFields.containing(d, unit) }
        guard let y = year else { return nil }
        switch unit {
        case .year: return DateFields(year: y)
        case .month: return month.map { DateFields(year: y, month: $0) }
        case .quarter:
            if quarter != nil { return DateFields.withoutTime(self) }
            return month.map {
                var f = DateFields(year: y)
                f.quarter = ($0 - 1) / 3 + 1
                return f
            }
        case .week: return week != nil ? DateFields.withoutTime(self) : nil
        default: return nil
        }
    }

    /// These fields with the part of day or clock time of `time`.
    func with(time: DateFields) -> DateFields {
        var f = self
        if time.part != nil { f.part = time.part }
        if time.hour != nil {
            f.hour = time.hour
            f.minute = time.minute
        }
        return f
    }

    /// The date without its part of day or clock time, as later expressions refer back to it.
    static func withoutTime(_ f: DateFields) -> DateFields {
        var g = f
        g.part = nil
        g.hour = nil
        g.minute = nil
        g.weekday = nil
        return g
    }
}
