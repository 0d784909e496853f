/// Rules for quarters and halves of a year, as company reports name them.
extension DateGrammar {
    /// "the third quarter", "the fiscal first quarter", "Q3", "the first half of 1990",
    /// "the 1988 third quarter", "the quarter", "the latest quarter", "the year-ago period".
    func quarterExpression(at j: Int, hasThe: Bool) -> DateMatch? {
        var k = j
        var year: Int?
        var latest = false
        var yearsBack = 0
        let lead = t.lh(k)
        if lead == Self.latest || lead == Self.comparable || lead == Self.corresponding || lead == Self.same && hasThe {
            latest = lead == Self.latest
            k += 1
        }
        if t.lh(k) == Self.yearAgo || t.lh(k) == Self.yearEarlier {
            yearsBack = 1
            k += 1
        }
        if let y = t.year(k) {
            year = y
            k += 1
        }
        if t.lh(k) == Self.fiscal { k += 1 }
        if let y = t.year(k), year == nil {
            year = y
            k += 1
        }
        // "Q3", "Q3 2021"
        let h = t.lh(k)
        if t.tokens.indices.contains(k), t.tokens[k].length == 2, let q = Self.quarterNames[h] {
            var f = DateFields()
            f.quarter = q
            f.year = year
            var end = k + 1
            if f.year == nil, let y = t.year(end) {
                f.year = y
                end += 1
            }
            return DateMatch(range: j..<end, meaning: .calendar(f, lean: nil))
        }
        // "the first two quarters of 1990", "the last two quarters": a half
        if h == Self.last || L.ordinals[h] == 1, t.lh(k + 1) == Self.two, t.lh(k + 2) == Self.quarters, hasThe,
            yearsBack == 0
        {
            var f = DateFields()
            f.half = h == Self.last ? 2 : 1
            f.year = year
            if year == nil, t.lh(k + 3) == Self.of, let y = t.year(k + 4) {
                f.year = y
                return DateMatch(range: j..<k + 5, meaning: .calendar(f, lean: nil))
            }
            return DateMatch(range: j..<k + 3, meaning: .calendar(f, lean: nil))
        }
        if h == Self.last, t.lh(k + 1) == Self.half, hasThe {  // "the last half of 1989"
            var f = DateFields()
            f.half = 2
            if t.lh(k + 2) == Self.of, let y = t.year(k + 3) {
                f.year = y
                return DateMatch(range: j..<k + 4, meaning: .calendar(f, lean: nil))
            }
            if t.lh(k + 2) == Self.of, let d = decadeAfterOf(k + 3) {
                return DateMatch(range: j..<d.range.upperBound, meaning: d.meaning)
            }
            return DateMatch(range: j..<k + 2, meaning: .calendar(f, lean: nil))
        }
        if let q = L.ordinals[h] ?? fiscalOrdinal(k), !t.tokens[k].has(.hasDigit) || q <= 4 {
            let noun = t.lh(k + 1)
            guard noun == Self.quarter && q <= 4 || noun == Self.half && q <= 2 else { return nil }
            var f = DateFields()
            if noun == Self.quarter { f.quarter = q } else { f.half = q }
            // "the year-ago third quarter": that quarter a year before the latest one
            guard yearsBack == 0 else {
                guard year == nil else { return nil }
                return DateMatch(range: j..<k + 2, meaning: .yearsBefore(.calendar(f, lean: nil), years: yearsBack))
            }
            f.year = year
            var end = k + 2
            // "the first half of the 1980s": a part of a decade is dated by the decade
            if year == nil, noun == Self.half, t.lh(end) == Self.of, let d = decadeAfterOf(end + 1) {
                return DateMatch(range: j..<d.range.upperBound, meaning: d.meaning)
            }
            if year == nil, t.lh(end) == Self.of {
                if let y = t.year(end + 1) {
                    f.year = y
                    end += 2
                } else if let s = L.shifters[t.lh(end + 1)], t.lh(end + 2) == Self.year {
                    return DateMatch(range: j..<end + 3, meaning: .shiftedCalendar(f, years: s))
                }
            } else if year == nil, let y = t.year(end) {
                f.year = y
                end += 1
            }
            return DateMatch(range: j..<end, meaning: .calendar(f, lean: nil))
        }
        // "the latest fiscal year", "the latest year": the last year completed
        if latest, year == nil, h == Self.year {
            return DateMatch(range: j..<k + 1, meaning: .shift(.year, by: -1, time: DateFields()))
        }
        // "the corresponding period last year", "the quarter a year ago"
        let yearAgo = h == Self.quarter || h == Self.period ? yearAgoPhrase(at: k + 1) : nil
        if h == Self.quarter || h == Self.period && (latest || yearsBack > 0 || year != nil || yearAgo != nil) {
            guard hasThe || latest || yearsBack > 0 || year != nil || yearAgo != nil else { return nil }
            // "the quarter" of a duration ("for the quarter") is still the quarter under discussion
            return DateMatch(
                range: j..<(yearAgo ?? k + 1),
                meaning: .quarterInContext(
                    yearsBack: yearsBack + (yearAgo == nil ? 0 : 1), year: year, saysQuarter: h == Self.quarter))
        }
        // "the year-earlier nine months": the same accounting period a year back is as long
        if yearsBack > 0, let c = t.count(k), (4...11).contains(c.value), t.lh(c.next) == Self.months {
            return DateMatch(range: j..<c.next + 1, meaning: .periodOfMonths(c.value))
        }
        if yearsBack > 0 {
            return DateMatch(
                range: j..<k, meaning: .quarterInContext(yearsBack: yearsBack, year: nil, saysQuarter: false))
        }
        return nil
    }

    /// A decade after "of" at `k`: "the 1980s", "the '80s".
    func decadeAfterOf(_ k: Int) -> DateMatch? {
        guard t.lh(k) == Self.the else { return nil }
        let d = k + 1 < t.count && t.tokens[k + 1].kind == .quote ? k + 2 : k + 1
        guard d < t.count, let m = numeric(at: d, hasThe: true), case .calendar(let f, _) = m.meaning, f.decade != nil
        else { return nil }
        return m
    }

    /// The end of "last year", "a year ago" or "a year earlier" starting at `k`, which put the
    /// period before it a year back.
    func yearAgoPhrase(at k: Int) -> Int? {
        if t.lh(k) == Self.last && t.lh(k + 1) == Self.year && t.lh(k + 2) != Self.possessive { return k + 2 }
        if t.lh(k) == Self.a && t.lh(k + 1) == Self.year && (t.lh(k + 2) == Self.ago || t.lh(k + 2) == Self.earlier) {
            return k + 3
        }
        return nil
    }

    /// The ordinal of a hyphenated "fiscal-first" at `k`, as in "the fiscal-first quarter".
    func fiscalOrdinal(_ k: Int) -> Int? {
        guard t.has(k, .hasHyphen) else { return nil }
        let parts = t.hyphenParts(k)
        guard parts.count == 2, t.lowerHash(parts[0]) == Self.fiscal else { return nil }
        return L.ordinals[t.lowerHash(parts[1])]
    }
}
