/// TIMEX3 parts of the day.
enum PartOfDay: String, Sendable, Hashable {
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The cases are TIMEX3's own codes, written into values as they are.
    case MO, AF, EV, NI
}

/// TIMEX3 seasons.
enum Season: String, Sendable, Hashable {
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case SP, SU, FA, WI
}

/// A point or stretch on the calendar at some granularity: a century, a decade, a year, a half,
/// a quarter, a season, a month, an ISO week (or its weekend), a day, a part of a day, or a time.
/// The fields that are nil say how coarse it is; `value` writes it the TIMEX3 way.
///
/// Fields are stored as small integers with a sentinel for "absent" (the grammar copies these
/// values around a lot, and a dozen `Int?`s would make each copy ten times larger); the
/// properties read and write them as `Int?`.
struct DateFields: Sendable, Hashable {
    private var y: Int32 = .min
    private var small: SIMD16<Int8> = SIMD16(repeating: .min)
    var season: Season?
    var part: PartOfDay?
    var weekend = false

    /// A year that can be negative or large after arithmetic; `Int32.min` means absent.
    var year: Int? {
        get { y == .min ? nil : Int(y) }
        set { y = newValue.map { Int32(clamping: $0) } ?? .min }
    }

    private func get(_ k: Int) -> Int? { small[k] == .min ? nil : Int(small[k]) }
    private mutating func set(_ k: Int, _ v: Int?) { small[k] = v.map { Int8(clamping: $0) } ?? .min }

    var month: Int? {
        get { get(0) }
        set { set(0, newValue) }
    }
    var day: Int? {
        get { get(1) }
        set { set(1, newValue) }
    }
    var quarter: Int? {
        get { get(2) }
        set { set(2, newValue) }
    }
    var half: Int? {
        get { get(3) }
        set { set(3, newValue) }
    }
    /// ISO week number, with `year` holding the ISO week-numbering year.
    var week: Int? {
        get { get(4) }
        set { set(4, newValue) }
    }
    /// The first two digits of a century's years (19 for the 20th century).
    var century: Int? {
        get { get(5) }
        set { set(5, newValue) }
    }
    var hour: Int? {
        get { get(6) }
        set { set(6, newValue) }
    }
    var minute: Int? {
        get { get(7) }
        set { set(7, newValue) }
    }
    /// The ISO weekday written next to a year-less date ("Thursday (Jan 13)"): it tells the year.
    var weekday: Int? {
        get { get(8) }
        set { set(8, newValue) }
    }
    /// The first three digits of a decade's years (199 for the 1990s), kept in two bytes.
    var decade: Int? {
        get { small[9] == .min ? nil : Int(small[9]) * 100 + Int(small[10]) }
        set {
            guard let d = newValue, d >= 0, d <= 12799 else {
                small[9] = .min
                small[10] = .min
                return
            }
            small[9] = Int8(d / 100)
            small[10] = Int8(d % 100)
        }
    }

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(_ d: CalendarDate) { self.init(year: d.year, month: d.month, day: d.day) }

    /// The day, when year, month and day are all known and valid.
    var date: CalendarDate? {
        guard let y = year, let m = month, let d = day, CalendarDate.isValid(year: y, month: m, day: d) else {
            return nil
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// The TIMEX3 value, or nil when the fields do not make a valid value.
    var value: String? {
        if let c = century { return pad(c, 2) }
        if let d = decade { return pad(d, 3) }
        guard let y = year, y >= 0, y <= 9999 else { return nil }
        var s = pad(y, 4)
        if let q = quarter { return s + "-Q\(q)" }
        if let h = half { return s + "-H\(h)" }
        if let season { return s + "-" + season.rawValue }
        if let w = week { return s + "-W" + pad(w, 2) + (weekend ? "-WE" : "") }
        guard let m = month, (1...12).contains(m) else { return s }
        s += "-" + pad(m, 2)
        guard let d = day else { return s }
        guard CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
        s += "-" + pad(d, 2)
        if let h = hour {
            return s + "T" + pad(h, 2) + ":" + pad(minute ?? 0, 2)
        }
        if let part { s += "T" + part.rawValue }
        return s
    }

    private func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }

    /// The same point moved by `n` whole `unit`s, keeping its own granularity; nil when it is too
    /// coarse to move by that unit (a year cannot move by days).
    func shifted(_ unit: DateUnit, by n: Int) -> DateFields? {
        var f = self
        switch unit {
        case .year:
            if let d = decade {
                f.decade = d + n / 10
                return n % 10 == 0 ? f : nil
            }
            guard let y = year else { return nil }
            f.year = y + n
            if let m = month, let d = day { f.day = min(d, CalendarDate.daysIn(month: m, year: y + n)) }
            if week != nil { return date(from: self, shiftedDays: n * 364) }
            return f
        case .decade:
            if let d = decade {
                f.decade = d + n
                return f
            }
            guard let y = year else { return nil }
            f = DateFields()
            f.decade = y / 10 + n
            return f
        case .century:
            if let c = century {
                f.century = c + n
                return f
            }
            guard let y = year else { return nil }
            f = DateFields()
            f.century = y / 100 + n
            return f
        case .half:
            guard let h = half, let y = year else { return nil }
            let k = y * 2 + (h - 1) + n
            f.year = k / 2
            f.half = k % 2 + 1
            return f
        case .quarter:
            if let q = quarter, let y = year {
                let k = y * 4 + (q - 1) + n
                f.year = Int((Double(k) / 4).rounded(.down))
                f.quarter = k - f.year! * 4 + 1
                return f
            }
            return month != nil ? shifted(.month, by: 3 * n) : nil
        case .month:
            guard let y = year, let m = month else { return nil }
            let k = y * 12 + (m - 1) + n
            let ny = Int((Double(k) / 12).rounded(.down))
            f.year = ny
            f.month = k - ny * 12 + 1
            if let d = day { f.day = min(d, CalendarDate.daysIn(month: f.month!, year: ny)) }
            return f
        case .week, .weekend:
            if day != nil { return date(from: self, shiftedDays: 7 * n) }
            guard week != nil else { return nil }
            return date(from: self, shiftedDays: 7 * n)
        case .day:
            guard day != nil else { return nil }
            return date(from: self, shiftedDays: n)
        }
    }

    /// Moves a day- or week-granular point by days, keeping its granularity and time of day.
    private func date(from f: DateFields, shiftedDays n: Int) -> DateFields? {
        if let d = f.date {
            var out = DateFields(d.adding(days: n))
            out.part = f.part
            out.hour = f.hour
            out.minute = f.minute
            return out
        }
        if let y = f.year, let w = f.week {
            let monday = DateFields.monday(ofISOWeek: w, year: y).adding(days: n)
            var out = DateFields.week(of: monday)
            out.weekend = f.weekend
            return out
        }
        return nil
    }

    /// The ISO week (or weekend) containing `d`.
    static func week(of d: CalendarDate, weekend: Bool = false) -> DateFields {
        let (y, w) = d.isoWeek
        var f = DateFields(year: y)
        f.week = w
        f.weekend = weekend
        return f
    }

    static func monday(ofISOWeek w: Int, year y: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: y, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
    }

    /// `d` coarsened to `unit`: the month, quarter, year ... that contains it.
    static func containing(_ d: CalendarDate, _ unit: DateUnit) -> DateFields {
        var f = DateFields(year: d.year)
        switch unit {
        case .day: return DateFields(d)
        case .week: return week(of: d)
        case .weekend: return week(of: d, weekend: true)
        case .month: f.month = d.month
        case .quarter: f.quarter = (d.month - 1) / 3 + 1
        case .half: f.half = (d.month - 1) / 6 + 1
        case .year: break
        case .decade:
            f = DateFields()
            f.decade = d.year / 10
        case .century:
            f = DateFields()
            f.century = d.year / 100
        }
        return f
    }
}
