/// Rules for times of day, and the day a time falls on.
extension DateGrammar {
    /// A clock time: "9am", "10.30pm", "9 a.m.", "10:35 a.m.", "14:00 GMT", "noon", "midnight",
    /// "4 in the morning"; its fields carry only hour and minute.
    func clockTime(at j: Int) -> (range: Range<Int>, fields: DateFields)? {
        guard j < t.count else { return nil }
        let h = t.lh(j)
        var f = DateFields()
        if h == Self.noon || h == Self.midday {
            if t.lh(j - 1) == Self.high { return nil }  // "High Noon"
            f.hour = 12
            f.minute = 0
            return (j..<j + 1, f)
        }
        if h == Self.midnight {
            f.hour = 24
            f.minute = 0
            return (j..<j + 1, f)
        }
        let tok = t.tokens[j]
        guard tok.has(.hasDigit) else { return nil }
        var hour: Int
        var minute = 0
        var end = j + 1
        var meridiem: Int? = nil  // 0 am, 12 pm
        var sure = false
        if tok.kind == .number {
            let p = t.pieces(j) { $0 == 0x3A || $0 == 0x2E }
            guard let hh = t.integer(in: p[0]) else { return nil }
            hour = hh.value
            // "2010 GMT", "0735 GMT": four figures before a time zone are a 24-hour clock, not a year
            if hh.digits == 4, p.count == 1, Self.timeZones.contains(t.lh(end)), t.isCapitalized(end) {
                // "10:35 a.m. (0735 GMT)", "10:39 a.m. local time (1639 UTC)": the same time in
                // another zone, not another expression
                if t.isPunct(j - 1, "("),
                    Self.timeEnds.contains(t.lh(j - 2)) || t.lh(j - 2) == Self.time && t.lh(j - 3) == Self.local
                {
                    return nil
                }
                hour = hh.value / 100
                minute = hh.value % 100
                guard minute < 60 else { return nil }
                sure = true
            } else if hh.digits > 2 {
                return nil
            } else if p.count == 2 {
                guard let mm = t.integer(in: p[1]), mm.digits == 2, mm.value < 60 else { return nil }
                minute = mm.value
            } else if p.count > 2 {
                return nil
            }
            let nh = t.lh(end)
            if nh == Self.am || nh == Self.am2 || nh == Self.amShort {
                meridiem = 0
                end += 1
            } else if nh == Self.pm || nh == Self.pm2 || nh == Self.pmShort {
                meridiem = 12
                end += 1
            } else if nh == Self.oclock {
                end += 1
                sure = true
            } else if nh == Self.inWord, t.lh(end + 1) == Self.the, let part = L.partsOfDay[t.lh(end + 2)] {
                meridiem = part == .MO ? 0 : 12
                end += 3
            }
            sure =
                sure || meridiem != nil
                || (p.count == 2 && t.scalars[p[0].upperBound] == ":"
                    && (Self.timeZones.contains(t.lh(end)) || t.lh(j - 1) == Self.at))
        } else {
            // "9am", "10.30pm"
            let r = tok.range
            guard r.count >= 3 else { return nil }
            let suffix = t.lowerHash(r.upperBound - 2..<r.upperBound)
            guard suffix == Self.amShort || suffix == Self.pmShort else { return nil }
            meridiem = suffix == Self.amShort ? 0 : 12
            let p = (r.lowerBound..<r.upperBound - 2)
            var digits: [Range<Int>] = []
            var a = p.lowerBound
            for k in p where t.scalars[k] == ":" || t.scalars[k] == "." {
                digits.append(a..<k)
                a = k + 1
            }
            digits.append(a..<p.upperBound)
            guard let hh = t.integer(in: digits[0]), hh.digits <= 2, digits.count <= 2 else { return nil }
            hour = hh.value
            if digits.count == 2 {
                guard let mm = t.integer(in: digits[1]), mm.digits == 2, mm.value < 60 else { return nil }
                minute = mm.value
            }
            sure = true
        }
        guard sure, hour <= 24 else { return nil }
        if let m = meridiem {
            guard hour >= 1 && hour <= 12 else { return nil }
            hour = hour % 12 + m
        }
        if Self.timeZones.contains(t.lh(end)) && t.isCapitalized(end) { end += 1 }
        f.hour = hour
        f.minute = minute
        return (j..<end, f)
    }

    /// A time followed by the day it falls on ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon
    /// yesterday"); otherwise the time on its own, on the day the text last mentioned (the
    /// publication date when it mentioned none): "On Wednesday, ... at 9 p.m." is Wednesday's.
    func withDate(after time: (range: Range<Int>, fields: DateFields)) -> DateMatch {
        var k = time.range.upperBound
        // "10pm local time (2100 GMT) on Sunday", "10:35 a.m. (0735 GMT) Friday": the day after
        // the time in another zone is the time's day too, and stays an expression of its own
        let paren = t.lh(k) == Self.local && t.lh(k + 1) == Self.time ? k + 2 : k
        if t.isPunct(paren, "("), let close = (paren + 2...paren + 4).first(where: { t.isPunct($0, ")") }) {
            let day = t.lh(close + 1) == Self.on && !t.isCapitalized(close + 1) ? close + 2 : close + 1
            if L.weekdays[t.lh(day)] != nil, let m = weekdayExpression(at: day, shift: nil, time: time.fields) {
                return DateMatch(range: time.range, meaning: m.meaning)
            }
        }
        if t.isPunct(k, ",") { k += 1 }
        if t.lh(k) == Self.on {
            // "due at 8:30 a.m. On Sept. 11, 2001, ...": a capital "On" opens the next sentence
            if t.isCapitalized(k) {
                return DateMatch(range: time.range, meaning: .referenceUnit(.day, by: 0, time: time.fields))
            }
            k += 1
        }
        if L.weekdays[t.lh(k)] != nil, let m = weekdayExpression(at: k, shift: nil, time: time.fields) {
            return DateMatch(range: time.range.lowerBound..<m.range.upperBound, meaning: m.meaning)
        }
        // "midnight on 1 February", "noon on March 3": the time and its day are one expression
        if let m = monthExpression(at: k, introduced: true) ?? numeric(at: k, hasThe: false),
            case .calendar(var f, let lean) = m.meaning, f.day != nil
        {
            f.hour = time.fields.hour
            f.minute = time.fields.minute
            return DateMatch(range: time.range.lowerBound..<m.range.upperBound, meaning: .calendar(f, lean: lean))
        }
        if let n = L.dayWords[t.lh(k)] {
            return DateMatch(range: time.range.lowerBound..<k + 1, meaning: .shift(.day, by: n, time: time.fields))
        }
        // "at 6 a.m. ten days before the shooting"; after a comma the count may be an aside on a
        // day already given ("on Oct. 13 at 6 a.m., ten days before the shooting")
        if let c = t.count(time.range.upperBound), L.units[t.lh(c.next)] != nil, Self.steps.contains(t.lh(c.next + 1)) {
            return DateMatch(range: time.range, meaning: .timeOnCountedDay)
        }
        return DateMatch(range: time.range, meaning: .referenceUnit(.day, by: 0, time: time.fields))
    }
}
