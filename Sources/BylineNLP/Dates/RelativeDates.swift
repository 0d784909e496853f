/// Rules for dates counted from another: "last week", "that year", "two days ago".
extension DateGrammar {
    /// "last week", "next month", "this year", "the past year", "last Friday", "this summer",
    /// "last November", "this morning", "last night", "coming months", "the current fiscal year".
    func shifted(at j: Int, hasThe: Bool) -> DateMatch? {
        guard var n = L.shifters[t.lh(j)] else { return nil }
        let h0 = t.lh(j)
        // "past" and "current" need "the" ("the past year"); "last" etc. stand alone
        if (h0 == Self.past || h0 == Self.current || h0 == Self.following || h0 == Self.previous) && !hasThe {
            return nil
        }
        var k = j + 1
        if h0 == Self.this && t.lh(k) == Self.past {
            n = -1
            k += 1
        }  // "this past spring"
        if t.lh(k) == Self.fiscal { k += 1 }
        let h = t.lh(k)
        // "this quarter's loss includes ...": the figures reported are the quarter under
        // discussion, not the calendar quarter of publication
        if h0 == Self.this, h == Self.quarter, t.lh(k + 1) == Self.possessive,
            Self.reportedFigures.contains(t.lh(k + 2))
        {
            return DateMatch(range: j..<k + 1, meaning: .quarterInContext(yearsBack: 0, year: nil, saysQuarter: true))
        }
        // "This Week" the programme, not this week
        if t.has(k, .capitalized) && !t.has(k, .allCaps) && L.units[h] != nil { return nil }
        // "last year's quarter": the year-ago quarter of the one under discussion
        if h0 == Self.last, h == Self.year, t.lh(k + 1) == Self.possessive,
            t.lh(k + 2) == Self.quarter || t.lh(k + 2) == Self.period
        {
            return DateMatch(
                range: j..<k + 3,
                meaning: .quarterInContext(yearsBack: 1, year: nil, saysQuarter: t.lh(k + 2) == Self.quarter))
        }
        if h == Self.year, t.lh(k + 1) == Self.possessive, let q = quarterExpression(at: k + 2, hasThe: false),
            case .calendar(var f, _) = q.meaning
        {
            // "next year's first quarter"
            f.year = nil
            return DateMatch(range: j..<q.range.upperBound, meaning: .shiftedCalendar(f, years: n))
        }
        if Self.pluralUnits.contains(h) {
            return h0 == Self.coming ? DateMatch(range: j..<k + 1, meaning: .reference("FUTURE_REF")) : nil
        }
        if let unit = L.units[h], unit != .century || n == 0 {
            if h == Self.weekend {
                var f = DateFields()
                f.weekend = true
                return DateMatch(range: j..<k + 1, meaning: .weekday(6, shift: n, time: f))
            }
            if unit == .day { return nil }
            // "compared with $3 million last year", "from last year's $1.55 billion": a figure
            // last year compares like one "a year ago", with the year-ago quarter in an earnings report
            if h0 == Self.last, unit == .year, k == j + 1,
                isAmount(j - 1) || t.lh(k + 1) == Self.possessive && isAmountStart(k + 2)
            {
                return DateMatch(range: j..<k + 1, meaning: .fromReference(.year, by: -1, quarterOnly: true))
            }
            return DateMatch(range: j..<k + 1, meaning: .shift(unit, by: n, time: DateFields()))
        }
        if L.weekdays[h] != nil, let m = weekdayExpression(at: k, shift: n, time: DateFields()) {
            // "the previous Friday", "the following Monday" count from the day last mentioned
            if hasThe, h0 == Self.previous || h0 == Self.following, case .weekday(let w, _, let time) = m.meaning {
                return DateMatch(range: j..<m.range.upperBound, meaning: .referenceWeekday(w, shift: n, time: time))
            }
            return DateMatch(range: j..<m.range.upperBound, meaning: m.meaning)
        }
        if let m = L.months[h], t.isCapitalized(k), !t.tokens[k].has(.hasPeriod) {
            return DateMatch(range: j..<k + 1, meaning: lean(DateFields(month: m), n))
        }
        if let s = L.seasons[h] {
            var f = DateFields()
            f.season = s
            return DateMatch(range: j..<k + 1, meaning: lean(f, n))
        }
        if let part = L.partsOfDay[h] {
            var f = DateFields()
            f.part = part
            if n == 0 { return DateMatch(range: j..<k + 1, meaning: .shift(.day, by: 0, time: f)) }
            if n < 0 && part == .NI && h0 == Self.last {
                return DateMatch(range: j..<k + 1, meaning: .shift(.day, by: -1, time: f))
            }
        }
        return nil
    }

    /// Whether token `k` ends an amount of money or per-share figure: "$3 million", "70 cents a share".
    func isAmount(_ k: Int) -> Bool {
        guard k >= 0, k < t.count else { return false }
        return t.tokens[k].kind == .number && k > 0 && Self.currencySigns.contains(t.lh(k - 1))
            || Self.amountWords.contains(t.lh(k))
    }

    /// Whether an amount of money starts at token `k`: "$1.55 billion", "C$2.3 million".
    func isAmountStart(_ k: Int) -> Bool { Self.currencySigns.contains(t.lh(k)) }

    /// Days, weeks, months and years of the date last mentioned: "that year", "that morning",
    /// "the same day", "the next day", "the following year", "the previous week".
    func anaphoric(at j: Int, hasThe: Bool) -> DateMatch? {
        let h = t.lh(j)
        let n: Int
        if h == Self.that && !hasThe {
            n = 0
        } else if hasThe && h == Self.same {
            n = 0
        } else if hasThe && (h == Self.next || h == Self.following) {
            n = 1
        } else if hasThe && h == Self.previous {
            n = -1
        } else {
            return nil
        }
        let k = j + 1
        let unitWord = t.lh(k)
        if let part = L.partsOfDay[unitWord] {
            var f = DateFields()
            f.part = part
            return DateMatch(range: j..<k + 1, meaning: .referenceUnit(.day, by: n, time: f))
        }
        guard let unit = L.units[unitWord],
            unit == .day || unit == .week || unit == .month || unit == .year || unit == .quarter,
            !t.has(k, .capitalized) || t.has(k, .allCaps)
        else { return nil }
        if h == Self.same && unit != .day { return nil }
        return DateMatch(range: j..<k + 1, meaning: .referenceUnit(unit, by: n, time: DateFields()))
    }

    /// A month or season after "last" (the latest one before this one), "next" (the first one
    /// after it) or "this" (the one of this year).
    func lean(_ f: DateFields, _ n: Int) -> DateMeaning {
        n == 0 ? .shiftedCalendar(f, years: 0) : .calendar(f, lean: n < 0 ? .pastStrict : .futureStrict)
    }

    /// "the nine months", "the first six months", "the latest nine months" (after "the"): an
    /// accounting period of several quarters, which the year-ago figures after it compare with.
    func periodOfMonths(at j: Int) -> DateMatch? {
        var k = j
        if t.lh(k) == Self.latest || L.ordinals[t.lh(k)] == 1 { k += 1 }
        guard let c = t.count(k), (4...11).contains(c.value), t.lh(c.next) == Self.months,
            t.lh(c.next + 1) != Self.ago, t.lh(c.next + 1) != Self.earlier, t.lh(c.next + 1) != Self.later
        else { return nil }
        return DateMatch(range: j..<c.next + 1, meaning: .periodOfMonths(c.value))
    }

    /// "two days ago", "a year earlier", "five years ago", "several years ago", "a decade ago".
    func counted(at j: Int) -> DateMatch? {
        var n: Int
        var k: Int
        var vague = false
        if t.lh(j) == Self.several || t.lh(j) == Self.some || t.lh(j) == Self.many {
            n = 0
            k = j + 1
            vague = true
        } else if t.lh(j) == Self.a && t.lh(j + 1) == Self.few {
            n = 0
            k = j + 2
            vague = true
        } else if let c = t.count(j) {
            n = c.value
            k = c.next
        } else {
            return nil
        }
        guard let unit = L.units[t.lh(k)], unit != .weekend else { return nil }
        // "a week or so ago": the approximation does not move the date
        let approximate = t.lh(k + 1) == Self.or && t.lh(k + 2) == Self.so
        let dir = t.lh(approximate ? k + 3 : k + 1)
        if dir == Self.ago {
            let end = approximate ? k + 4 : k + 2
            if vague { return DateMatch(range: j..<end, meaning: .reference("PAST_REF")) }
            if unit == .year {
                return DateMatch(range: j..<end, meaning: .fromReference(.year, by: -n, quarterOnly: true))
            }
            return DateMatch(range: j..<end, meaning: .shift(unit, by: -n, time: DateFields()))
        }
        if !vague, dir == Self.earlier || dir == Self.later {
            // "a year earlier than expected" compares, it does not date
            if t.lh(k + 2) == Self.than { return nil }
            let by = dir == Self.earlier ? -n : n
            // "up from $5 million a year earlier" compares with the year before publication when
            // no period was named; any other step counts from a date the text gives
            guard unit != .year || dir == Self.later, let letter = Self.durationUnits[t.lh(k)] else {
                return DateMatch(range: j..<k + 2, meaning: .fromReference(unit, by: by, quarterOnly: false))
            }
            return DateMatch(
                range: j..<k + 2, meaning: .fromMention(unit, by: by, length: Self.durationValue(String(n), letter)))
        }
        return nil
    }
}
