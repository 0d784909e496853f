/// Rules for lengths of time ("two years", "the past three months", "24 hours") and recurring
/// times ("every week", "each Monday").
extension DateGrammar {
    /// Unit words of a duration and their TIMEX3 letters; hours, minutes and seconds are time
    /// units ("PT3H").
    static let durationUnits = TokenTable<String>([
        L.h("year"): "Y", L.h("years"): "Y", L.h("month"): "M", L.h("months"): "M", L.h("week"): "W",
        L.h("weeks"): "W", L.h("day"): "D", L.h("days"): "D", L.h("decade"): "0Y", L.h("decades"): "0Y",
        L.h("century"): "00Y", L.h("centuries"): "00Y", L.h("weekend"): "WE", L.h("weekends"): "WE",
        L.h("quarter"): "Q", L.h("quarters"): "Q",
        L.h("hour"): "TH", L.h("hours"): "TH", L.h("minute"): "TM", L.h("minutes"): "TM",
    ])
    /// Words before a count that keep the length of time ("the past three months", "the next
    /// two years", "the first six weeks").
    static let durationLeads = L.set(["past", "last", "next", "coming", "previous", "following", "first", "recent"])
    /// The calendar units "in five years", "in three weeks" can count ahead by.
    static let aheadUnits: [String: DateUnit] = ["Y": .year, "M": .month, "W": .week, "D": .day]
    /// Vague counts: "several years" is a number of years, PXY.
    static let vagueCounts = L.set(["several", "few", "many", "some"])
    /// Words before "a year", "an hour" that make it a length of time; elsewhere it is mostly a
    /// rate ("$5 a year", "24 hours a day") or a step ("a day after").
    static let singleUnitLeads = L.set([
        "for", "than", "about", "nearly", "almost", "over", "only", "just", "past", "last", "first", "next", "least",
        "within",
    ])

    /// "for years", "within weeks": a bare plural unit after "for" or "within" is a length of
    /// time whose count is left unsaid (PXY, PXW); the expression is the unit alone.
    func unsaidLength(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard t.lh(j) == Self.forWord || t.lh(j) == Self.within, Self.pluralUnits.contains(t.lh(j + 1)),
            !t.isCapitalized(j + 1), let unit = Self.durationUnits[t.lh(j + 1)]
        else { return nil }
        if endsLength(j + 2) { return nil }
        return DateMatch(range: j + 1..<j + 2, meaning: .duration(Self.durationValue("X", unit)))
    }

    /// "two years", "24 hours", "the past three months", "several weeks", "a few days", "two-year".
    func duration(at s: DateSite) -> DateMatch? {
        var k = s.token
        if Self.durationLeads.contains(t.lh(k)) {
            guard s.hasThe || t.lh(k) != Self.past else { return nil }
            k += 1
        }
        var amount: String
        if t.lh(k) == Self.a && t.lh(k + 1) == Self.few || Self.vagueCounts.contains(t.lh(k)) {
            amount = "X"
            k += t.lh(k) == Self.a ? 2 : 1
        } else if let c = coupleOf(k) {
            // "for a couple of years", "the next couple of weeks": two
            amount = "2"
            k = c
        } else if let c = t.count(k), c.value > 0 {
            // "5 1/2 hours", "two and a half years", "a minute and a half" (never a rate, unlike
            // "a year"); "two and a half years ago" is a date
            let isA = t.lh(k) == Self.a || t.lh(k) == Self.an
            if let half = halfAfterCount(c.next) ?? halfAfterUnit(c.next), !isA || half.unitFirst {
                if endsLength(half.end) { return nil }
                return DateMatch(range: s.token..<half.end, meaning: .duration(half.value(c.value)))
            }
            if isA && !Self.singleUnitLeads.contains(t.lh(k - 1)) { return nil }
            amount = String(c.value)
            k = c.next
        } else if t.has(k, .hasHyphen), let m = hyphenatedDuration(at: k) {
            if m.hasSuffix("Q"), isShare(after: k) { return nil }
            return DateMatch(range: s.token..<k + 1, meaning: .duration(m))
        } else {
            return nil
        }
        // "two more weeks", "an additional year": as long as the count says
        if Self.addedCounts.contains(t.lh(k)), Self.durationUnits[t.lh(k + 1)] != nil { k += 1 }
        // "'60 Minutes": a capitalised unit is a title
        guard let unit = Self.durationUnits[t.lh(k)], !t.has(k, .capitalized) || t.startsSentence(k) else {
            return nil
        }
        // "three days ago", "two years earlier": a date, found by the counted rule; "52 years
        // old": an age
        if endsLength(k + 1) { return nil }
        if unit == "Q", isShare(after: k) { return nil }
        let length = Self.durationValue(amount, unit)
        // "will one day be": some time ahead, not a day long
        if length == "P1D", t.lh(s.token) == Self.one, L.modals.contains(t.lh(s.token - 1)) {
            return DateMatch(range: s.token..<k + 1, meaning: .reference("FUTURE_REF"))
        }
        if t.lh(s.token - 1) == Self.inWord, k == s.token + 1, let n = Int(amount), let u = Self.aheadUnits[unit] {
            return DateMatch(range: s.token..<k + 1, meaning: .ahead(u, by: n, length: length))
        }
        return DateMatch(range: s.token..<k + 1, meaning: .duration(length))
    }

    /// Whether token `k`, right after a counted unit, makes it a date or an age rather than a
    /// length of time: "three days ago", "two years earlier", "52 years old".
    private func endsLength(_ k: Int) -> Bool {
        let w = t.lh(k)
        return w == Self.ago || w == Self.earlier || w == Self.later || w == Self.old
    }

    /// Whether the "quarter" or "quarters" ending at token `k` is a share of something rather
    /// than a length of time: "a quarter of the market", "three-quarters of its food"; "several
    /// quarters of losses" stays a length.
    private func isShare(after k: Int) -> Bool {
        t.lh(k + 1) == Self.of && L.determiners.contains(t.lh(k + 2))
    }

    /// Words between a count and its unit that leave the length as counted: "two more weeks",
    /// "an additional year", "three extra days".
    static let addedCounts = L.set(["more", "additional", "extra"])

    /// The token after "a couple of" or "couple of" starting at `k`, before a unit.
    private func coupleOf(_ k: Int) -> Int? {
        let c = t.lh(k) == Self.a ? k + 1 : k
        guard t.lh(c) == Self.couple, t.lh(c + 1) == Self.of, Self.durationUnits[t.lh(c + 2)] != nil else { return nil }
        return c + 2
    }

    /// A count and a half of a unit: the TIMEX3 value for `n` and a half units, the end of the
    /// expression, and whether the half came after the unit ("an hour and a half").
    struct HalfLength {
        let end: Int
        let unitFirst: Bool
        let unit: String

        /// Half a year is six months, half a day twelve hours, half an hour thirty minutes, half a
        /// minute thirty seconds: TIMEX3 writes the half in the next smaller unit.
        func value(_ n: Int) -> String {
            switch unit {
            case "Y": return "P\(n)Y6M"
            case "D": return "P\(n)DT12H"
            case "TH": return "PT\(n)H30M"
            default: return "PT\(n)M30S"
            }
        }
    }

    /// The units whose half TIMEX3 writes in a smaller unit (`HalfLength.value`).
    static let halvedUnits: Set<String> = ["Y", "D", "TH", "TM"]

    /// "1/2 hours" or "and a half years" after a count, up to and including the unit at `k`.
    private func halfAfterCount(_ k: Int) -> HalfLength? {
        var u = k
        if t.lh(k) == Self.and, t.lh(k + 1) == Self.a, t.lh(k + 2) == Self.half {
            u = k + 3
        } else if t.has(k, .hasDigit), case let p = t.pieces(k, separatedBy: { $0 == 0x2F }), p.count == 2,
            t.integer(in: p[0])?.value == 1, t.integer(in: p[1])?.value == 2
        {
            u = k + 1
        } else {
            return nil
        }
        guard let unit = Self.durationUnits[t.lh(u)], Self.halvedUnits.contains(unit), !t.has(u, .capitalized) else {
            return nil
        }
        return HalfLength(end: u + 1, unitFirst: false, unit: unit)
    }

    /// A unit at `k` followed by "and a half": "a minute and a half", "two hours and a half".
    private func halfAfterUnit(_ k: Int) -> HalfLength? {
        guard let unit = Self.durationUnits[t.lh(k)], Self.halvedUnits.contains(unit), !t.has(k, .capitalized),
            t.lh(k + 1) == Self.and, t.lh(k + 2) == Self.a, t.lh(k + 3) == Self.half
        else { return nil }
        return HalfLength(end: k + 4, unitFirst: true, unit: unit)
    }

    /// "two-year", "10-day", "six-month": a length of time as a modifier ("a two-year contract").
    private func hyphenatedDuration(at k: Int) -> String? {
        let parts = t.hyphenParts(k)
        // "day-long", "decades-long": one unit, or an unsaid number of them
        if parts.count == 2, t.lowerHash(parts[1]) == Self.long, let unit = Self.durationUnits[t.lowerHash(parts[0])] {
            return Self.durationValue(Self.pluralUnits.contains(t.lowerHash(parts[0])) ? "X" : "1", unit)
        }
        guard parts.count == 2, let unit = Self.durationUnits[t.lowerHash(parts[1])] else { return nil }
        if let n = t.integer(in: parts[0]), n.digits <= 3, n.value > 0 {
            return Self.durationValue(String(n.value), unit)
        }
        if let n = L.numberWords[t.lowerHash(parts[0])], n > 0 { return Self.durationValue(String(n), unit) }
        return nil
    }

    /// "P2Y", "PT3H", "PXY"; decades and centuries count in years ("P20Y"); quarters keep the
    /// TimeML unit Q ("the past two quarters" P2Q, "every quarter" P1Q).
    static func durationValue(_ amount: String, _ unit: String) -> String {
        if unit.hasPrefix("T") { return "PT" + amount + unit.dropFirst() }
        if let n = Int(amount) {
            switch unit {
            case "0Y": return "P\(n * 10)Y"
            case "00Y": return "P\(n * 100)Y"
            default: break
            }
        }
        switch unit {
        case "0Y", "00Y": return "P" + amount + "Y"
        default: return "P" + amount + unit
        }
    }

    /// "every week" P1W, "every two years" P2Y, "each Monday" XXXX-WXX-1, "every Monday
    /// morning" XXXX-WXX-1TMO, "each July" XXXX-07.
    func recurrence(at j: Int) -> DateMatch? {
        // "daily", "weekly", unless it names a newspaper ("the party daily Granma") or measures a
        // quantity per day ("the average daily volume")
        if let value = L.frequencies[t.lh(j)] {
            guard !t.isCapitalized(j + 1), t.lh(j - 1) != Self.average else { return nil }
            return DateMatch(range: j..<j + 1, meaning: .recurrence(value))
        }
        guard t.lh(j) == Self.every || t.lh(j) == Self.each else { return nil }
        let k = j + 1
        if let w = L.weekdays[t.lh(k)], t.isCapitalized(k) {
            var value = "XXXX-WXX-\(w)"
            var end = k + 1
            if let part = L.partsOfDay[t.lh(end)] {
                value += "T" + part.rawValue
                end += 1
            }
            return DateMatch(range: j..<end, meaning: .recurrence(value))
        }
        if let m = L.months[t.lh(k)], t.isCapitalized(k), !t.tokens[k].has(.hasPeriod) {
            return DateMatch(range: j..<k + 1, meaning: .recurrence(m < 10 ? "XXXX-0\(m)" : "XXXX-\(m)"))
        }
        if let c = t.count(k), c.value > 1, let unit = Self.durationUnits[t.lh(c.next)] {
            return DateMatch(range: j..<c.next + 1, meaning: .recurrence(Self.durationValue(String(c.value), unit)))
        }
        if let unit = Self.durationUnits[t.lh(k)], !Self.pluralUnits.contains(t.lh(k)) {
            return DateMatch(range: j..<k + 1, meaning: .recurrence(Self.durationValue("1", unit)))
        }
        return nil
    }
}
