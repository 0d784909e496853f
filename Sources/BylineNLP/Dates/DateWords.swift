/// TIMEX3 values as a reader says them: "now" for PRESENT_REF, "the 1990s" for 199, "January
/// 2022" for 2022-01, "2 years" for P2Y, "every Monday" for XXXX-WXX-1. Screens and tables show
/// these words; JSON keeps the value.
public enum DateWords {
    /// The words for `value`; "date unknown" when the date could not be resolved, and the value
    /// itself when it has a shape no rule here knows.
    public static func words(for value: String?) -> String {
        guard let value, !value.isEmpty else { return "date unknown" }
        let s = Array(value.unicodeScalars)
        switch value {
        case "PRESENT_REF": return "now"
        case "PAST_REF": return "the past"
        case "FUTURE_REF": return "the future"
        default: break
        }
        if s[0] == "P" { return duration(s) ?? value }
        if value.hasPrefix("XXXX") { return recurrence(value) ?? value }
        return point(value) ?? value
    }

    /// Whether `value` is a point or period of the calendar (a day, week, month, quarter,
    /// season, year, decade, century, or a resolved time of day), as opposed to a length of time,
    /// a recurrence, a present/past/future reference or an unresolved expression.
    public static func isCalendar(_ value: String) -> Bool {
        guard let first = value.utf8.first, first >= 0x30 && first <= 0x39 else { return false }
        return point(value) != nil
    }

    /// Where a calendar value sits on a timeline: its first day, and its length in days so that
    /// the longer of two periods starting the same day can come first (2022 before 2022-Q1 before
    /// January 2022 before its first day). Value text does not sort in time: "2019-W36" would
    /// follow "2019-09-10", "2022-Q1" follow "2022-12-31", and seasons sort alphabetically. A
    /// time of day has length 0, after its day. Nil for anything `isCalendar` rejects.
    public static func start(of value: String) -> (day: CalendarDate, days: Int)? {
        guard isCalendar(value) else { return nil }
        let pieces = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = pieces[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let n = Int(date[0]) else { return nil }
        if date.count == 1 && pieces.count == 1 {
            switch date[0].count {
            case 2: return (CalendarDate(year: n * 100, month: 1, day: 1), 36_525)
            case 3: return (CalendarDate(year: n * 10, month: 1, day: 1), 3_652)
            default: return (CalendarDate(year: n, month: 1, day: 1), 365)
            }
        }
        let second = date[1]
        let first = { (month: Int, days: Int) in (CalendarDate(year: n, month: month, day: 1), days) }
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()) { return first(3 * q - 2, 91) }
        if second.hasPrefix("H"), let h = Int(second.dropFirst()) { return first(6 * h - 5, 181) }
        if let m = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][second] { return first(m, 91) }
        if second.hasPrefix("W"), let w = Int(second.dropFirst()) {
            let weekend = date.count > 2 && date[2] == "WE"
            return (DateFields.monday(ofISOWeek: w, year: n).adding(days: weekend ? 5 : 0), weekend ? 2 : 7)
        }
        guard let m = Int(second) else { return nil }
        guard date.count == 3, let d = Int(date[2]) else { return first(m, 30) }
        return (CalendarDate(year: n, month: m, day: d), pieces.count == 2 ? 0 : 1)
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let ordinalWords = ["first", "second", "third", "fourth"]
    private static let seasons = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
    private static let parts = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
    private static let units: [String: (one: String, many: String)] = [
        "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
        "DE": ("decade", "decades"), "CE": ("century", "centuries"), "Q": ("quarter", "quarters"),
        "WE": ("weekend", "weekends"), "H": ("hour", "hours"), "TM": ("minute", "minutes"), "S": ("second", "seconds"),
    ]

    /// A calendar point: a century, decade, year, quarter, half, season, week, month, day, or a
    /// day's time or part.
    private static func point(_ value: String) -> String? {
        let pieces = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = pieces[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = date.first, head.allSatisfy(\.isNumber), let n = Int(head) else { return nil }
        if date.count == 1 && pieces.count == 1 {
            switch head.count {
            case 2: return "the \(ordinal(n + 1)) century"
            case 3: return "the \(n)0s"
            case 4: return head
            default: return nil
            }
        }
        guard head.count == 4, date.count >= 2 else { return nil }
        let second = date[1]
        var day: String
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) {
            return "the \(ordinalWords[q - 1]) quarter of \(head)"
        } else if second.hasPrefix("H"), let h = Int(second.dropFirst()), (1...2).contains(h) {
            return "the \(ordinalWords[h - 1]) half of \(head)"
        } else if let season = seasons[second] {
            return "\(season) \(head)"
        } else if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w) {
            // an ISO week number means little to a reader: the week is named by its Monday, the
            // weekend by its Saturday
            let weekend = date.count > 2 && date[2] == "WE"
            let d = DateFields.monday(ofISOWeek: w, year: n).adding(days: weekend ? 5 : 0)
            return "the \(weekend ? "weekend" : "week") of \(d.day) \(months[d.month - 1]) \(d.year)"
        } else if let m = Int(second), (1...12).contains(m) {
            guard date.count == 3, let d = Int(date[2]) else { return "\(months[m - 1]) \(head)" }
            day = "\(d) \(months[m - 1]) \(head)"
        } else {
            return nil
        }
        guard pieces.count == 2 else { return day }
        let time = String(pieces[1])
        if let part = parts[time] { return "\(day), \(part)" }
        let clock = time.split(separator: ":")
        guard clock.count == 2, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
        day += time == "24:00" ? ", midnight" : ", \(time)"
        return day
    }

    /// "P2Y" two years, "PT3H" three hours, "P1Y6M" a year and six months, "PXY" years.
    private static func duration(_ s: [Unicode.Scalar]) -> String? {
        var parts: [String] = []
        var inTime = false
        var k = 1
        while k < s.count {
            if s[k] == "T" {
                inTime = true
                k += 1
                continue
            }
            var amount = ""
            while k < s.count, s[k].properties.numericType != nil || s[k] == "." || s[k] == "X" {
                amount.unicodeScalars.append(s[k])
                k += 1
            }
            guard k < s.count else { return nil }
            // two-letter units: decades, centuries, weekends
            let twoLetter = k + 1 < s.count && s[k + 1] == "E" && (s[k] == "D" || s[k] == "C" || s[k] == "W")
            let unit = String(String.UnicodeScalarView(s[k..<(twoLetter ? k + 2 : k + 1)]))
            k += twoLetter ? 2 : 1
            guard !amount.isEmpty, !unit.isEmpty else { return nil }
            let key = inTime && unit == "M" ? "TM" : unit
            guard let names = units[key] else { return nil }
            if amount.allSatisfy({ $0 == "X" }) {
                parts.append(names.many)
            } else {
                parts.append(amount == "1" ? "1 \(names.one)" : "\(amount) \(names.many)")
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "XXXX-WXX-1" every Monday, "XXXX-XX-XX" every day, "XXXX-XX" every month, "XXXX" every year.
    private static func recurrence(_ value: String) -> String? {
        let pieces = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = pieces[0].split(separator: "-")
        var words: String
        switch date.count {
        case 1: words = "every year"
        case 2 where date[1] == "XX": words = "every month"
        case 2 where date[1] == "WXX": words = "every week"
        case 3 where date[1] == "XX" && date[2] == "XX": words = "every day"
        case 3 where date[1] == "WXX": words = date[2] == "WE" ? "every weekend" : "every " + weekdayName(date[2])
        default: return nil
        }
        if pieces.count == 2 {
            let time = String(pieces[1])
            if let part = parts[time] { words += " \(part)" } else { words += " at \(time)" }
        }
        return words.hasSuffix("every ") ? nil : words
    }

    private static func weekdayName(_ s: Substring) -> String {
        guard let w = Int(s), (1...7).contains(w) else { return "" }
        return weekdays[w - 1]
    }

    private static func ordinal(_ n: Int) -> String {
        let suffix =
            (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
