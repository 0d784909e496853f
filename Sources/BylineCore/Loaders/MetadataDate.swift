import BylineNLP

/// Publication dates as metadata writes them: ISO 8601 ("2022-01-14", "2022-01-14T09:30:00Z"),
/// RFC 2822 as in feeds ("Fri, 14 Jan 2022 09:30:00 +0000"), and the prose forms people type
/// ("January 11, 2022", "11 Jan. 2022", "Tuesday, January 11, 2022").
///
/// The day is taken as written, in the writer's own time zone: a story dated late in the evening
/// in New York belongs to that day, not the next one in UTC.
public enum MetadataDate {
    public static func parse(_ raw: String) -> CalendarDate? {
        let s = Array(raw.unicodeScalars.prefix(200))
        if let d = iso(s) { return d }
        return prose(s)
    }

    /// Seconds (or milliseconds, for values too large to be seconds) since 1970, as JSON feeds give them.
    public static func fromTimestamp(_ value: Double) -> CalendarDate? {
        guard value.isFinite else { return nil }
        let seconds = abs(value) >= 1e11 ? value / 1000 : value
        guard abs(seconds) < 1e13 else { return nil }
        let days = Int((seconds / 86_400).rounded(.down))
        return CalendarDate(dayNumber: days)
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` at the start, anything after it (a time, a zone) ignored.
    static func iso(_ s: [Unicode.Scalar]) -> CalendarDate? {
        var i = 0
        while i < s.count, s[i] == " " { i += 1 }
        func number(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var n = 0
            for k in i..<(i + count) {
                guard let d = digit(s[k]) else { return nil }
                n = n * 10 + d
            }
            i += count
            return n
        }
        guard let y = number(4), i < s.count, s[i] == "-" || s[i] == "/" else { return nil }
        let sep = s[i]
        i += 1
        guard let m = number(2), i < s.count, s[i] == sep else { return nil }
        i += 1
        guard let d = number(2) else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        return CalendarDate.isValid(year: y, month: m, day: d) ? CalendarDate(year: y, month: m, day: d) : nil
    }

    /// A month name with a day and a four-digit (or RFC 2822 two-digit) year around it.
    static func prose(_ s: [Unicode.Scalar]) -> CalendarDate? {
        var numbers: [(value: Int, digits: Int, index: Int)] = []
        var month: (value: Int, index: Int)?
        var i = 0
        var index = 0
        while i < s.count {
            if digit(s[i]) != nil {
                var n = 0
                var count = 0
                // Long digit runs are counted, not summed: no overflow, and no date has them.
                while i < s.count, let d = digit(s[i]) {
                    if count < 9 { n = n * 10 + d }
                    count += 1
                    i += 1
                }
                // Stop at a time of day: the date comes before it.
                if i < s.count, s[i] == ":" { break }
                numbers.append((n, count, index))
                // Ordinal suffixes: "11th".
                while i < s.count, s[i].properties.isAlphabetic { i += 1 }
                index += 1
            } else if s[i].properties.isAlphabetic {
                var w = String.UnicodeScalarView()
                while i < s.count, s[i].properties.isAlphabetic {
                    w.append(s[i])
                    i += 1
                }
                let word = String(w).lowercased()
                if month == nil, let m = monthNumber(word) { month = (m, index) }
                index += 1
            } else {
                i += 1
            }
        }
        guard let month else { return nil }
        guard let year = numbers.first(where: { $0.digits == 4 }) ?? twoDigitYear(numbers, month: month.index) else {
            return nil
        }
        guard
            let day = numbers.first(where: { $0.index != year.index && $0.digits <= 2 && (1...31).contains($0.value) })
        else { return nil }
        let y = year.digits == 2 ? (year.value < 50 ? 2000 + year.value : 1900 + year.value) : year.value
        guard CalendarDate.isValid(year: y, month: month.value, day: day.value) else { return nil }
        return CalendarDate(year: y, month: month.value, day: day.value)
    }

    /// RFC 2822 allows "14 Jan 22": a second two-digit number after the month is the year.
    static func twoDigitYear(_ numbers: [(value: Int, digits: Int, index: Int)], month: Int) -> (
        value: Int, digits: Int, index: Int
    )? {
        let small = numbers.filter { $0.digits <= 2 }
        guard small.count >= 2, small[0].index < month, small[1].index > month else { return nil }
        return (small[1].value, 2, small[1].index)
    }

    static func digit(_ u: Unicode.Scalar) -> Int? {
        u.value >= 48 && u.value <= 57 ? Int(u.value - 48) : nil
    }

    static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        var map: [String: Int] = [:]
        for (k, name) in names.enumerated() {
            map[name] = k + 1
            map[String(name.prefix(3))] = k + 1
        }
        map["sept"] = 9
        return map
    }()

    static func monthNumber(_ word: String) -> Int? { months[word] }
}
