/// Rules for seasons, years, weeks, weekends, decades and parts of a day named by words.
extension DateGrammar {
    /// "the winter of 1994", "the winter of nineteen ninety-four", "the winter".
    func season(at s: DateSite) -> DateMatch? {
        let j = s.token
        let h = t.lh(j)
        guard let season = L.seasons[h] else { return nil }
        var f = DateFields()
        f.season = season
        if t.lh(j + 1) == Self.of, let y = yearAt(j + 2) {
            f.year = y.year
            return DateMatch(range: j..<y.next, meaning: .calendar(f, lean: nil))
        }
        if (s.hasThe || s.framed) && h != Self.fall {
            return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        return nil
    }

    /// "year-end", "year end", "year's end".
    func yearEnd(at j: Int) -> DateMatch? {
        let h = t.lh(j)
        if h == Self.yearEnd { return DateMatch(range: j..<j + 1, meaning: .shift(.year, by: 0, time: DateFields())) }
        if h == Self.year {
            let k = t.lh(j + 1) == Self.possessive ? j + 2 : j + 1
            if t.lh(k) == Self.end {
                return DateMatch(range: j..<k + 1, meaning: .shift(.year, by: 0, time: DateFields()))
            }
        }
        return nil
    }

    /// "the year", "the full year", "the fiscal year": the year being reported on. "The year
    /// ended March 31" is twelve months up to that day, which no calendar year names: a duration.
    func theYear(at s: DateSite) -> DateMatch? {
        let j = s.token
        let h = t.lh(j)
        guard s.hasThe, h == Self.year || (h == Self.full || h == Self.fiscal) && t.lh(j + 1) == Self.year else {
            return nil
        }
        let k = h == Self.year ? j : j + 1
        if let y = t.year(k + 1) {
            return DateMatch(range: j..<k + 2, meaning: .calendar(DateFields(year: y), lean: nil))
        }
        let next = t.lh(k + 1)
        if next == Self.ended || next == Self.ending {
            return DateMatch(range: j..<k + 1, meaning: .duration("P1Y"))
        }
        if next != Self.possessive && next != Self.before && next != Self.after && next != Self.earlier
            && next != Self.later && !t.has(k, .capitalized)
        {
            return DateMatch(range: j..<k + 1, meaning: .shift(.year, by: 0, time: DateFields()))
        }
        return nil
    }

    /// "mid-afternoon yesterday", "late morning Friday": a part of day before its day.
    func partOfDay(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard let part = L.partsOfDay[t.lh(j)] else { return nil }
        var time = DateFields()
        time.part = part
        if let n = L.dayWords[t.lh(j + 1)], t.lh(j + 1) != Self.tonight {
            return DateMatch(range: j..<j + 2, meaning: .shift(.day, by: n, time: time))
        }
        if L.weekdays[t.lh(j + 1)] != nil, let m = weekdayExpression(at: j + 1, shift: nil, time: time),
            case .weekday = m.meaning
        {
            return DateMatch(range: j..<m.range.upperBound, meaning: m.meaning)
        }
        // "by mid afternoon", "late morning": that part of the day under discussion (not
        // "the early morning hours of Thursday", whose day comes after)
        if s.framed, !s.hasThe, t.lh(j + 1) != Self.of, t.lh(j + 1) != Self.hours {
            return DateMatch(range: j..<j + 1, meaning: .referenceUnit(.day, by: 0, time: time))
        }
        // "buyers came back in the afternoon", "during the night": that part of the day under
        // discussion
        if s.hasThe, !s.framed, t.lh(j - 2) == Self.inWord || t.lh(j - 2) == Self.during, t.lh(j + 1) != Self.of,
            t.lh(j + 1) != Self.hours
        {
            return DateMatch(range: j..<j + 1, meaning: .referenceUnit(.day, by: 0, time: time))
        }
        return nil
    }

    /// "today is the eighth day of the blockade", "it's the second day of the offensive".
    func nthDay(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard s.hasThe, let n = L.ordinals[t.lh(j)], n <= 31, !t.has(j, .hasDigit), t.lh(j + 1) == Self.day,
            t.lh(j - 2) == Self.isWord || t.lh(j - 2) == Self.possessive,
            t.lh(j - 3) == Self.it || t.lh(j - 3) == Self.today
        else { return nil }
        return DateMatch(range: j..<j + 2, meaning: .shift(.day, by: 0, time: DateFields()))
    }

    /// "on the 14th", "by the 3rd.": a day of the month named by its ordinal in figures alone,
    /// after a word that introduces a date and before punctuation or a word that ends the phrase
    /// ("the 14th century", "the 3rd floor" and "the 14th of 20" are not dates).
    func dayOfTheMonth(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard s.hasThe, t.has(j, .hasDigit), t.integer(j) == nil, let d = t.dayOfMonth(j),
            Self.dayOfMonthIntroducers.contains(t.lh(j - 2)),
            j + 1 >= t.count || Self.afterDayOfMonth.contains(t.lh(j + 1))
                || t.tokens[j + 1].kind != .word && t.tokens[j + 1].kind != .number
        else { return nil }
        return DateMatch(range: j..<j + 1, meaning: .dayOfMonth(d))
    }

    /// "the day before last Tuesday's hearing", "the day after Christmas".
    func dayBeforeOrAfter(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard s.hasThe, t.lh(j) == Self.day, t.lh(j + 1) == Self.before || t.lh(j + 1) == Self.after,
            let m = match(at: j + 2), Self.namesADay(m.meaning)
        else { return nil }
        return DateMatch(
            range: j..<m.range.upperBound, meaning: .dayOffset(m.meaning, days: t.lh(j + 1) == Self.before ? -1 : 1))
    }

    /// "the week of March 6": the ISO week holding that day.
    func weekOf(at s: DateSite) -> DateMatch? {
        let j = s.token
        guard s.hasThe, t.lh(j) == Self.week, t.lh(j + 1) == Self.of,
            let m = monthExpression(at: j + 2, introduced: true), case .calendar(let f, let lean) = m.meaning,
            f.day != nil
        else { return nil }
        return DateMatch(range: j..<m.range.upperBound, meaning: .weekOf(.calendar(f, lean: lean)))
    }

    /// "the weekend".
    func theWeekend(at s: DateSite) -> DateMatch? {
        guard s.hasThe, t.lh(s.token) == Self.weekend else { return nil }
        var f = DateFields()
        f.weekend = true
        return DateMatch(range: s.token..<s.token + 1, meaning: .weekday(6, shift: nil, time: f))
    }

    /// "the nineties", "the eighties".
    func decadeWord(at s: DateSite) -> DateMatch? {
        guard s.hasThe, let d = L.decadeWords[t.lh(s.token)] else { return nil }
        var f = DateFields()
        f.decade = 190 + d
        return DateMatch(range: s.token..<s.token + 1, meaning: .calendar(f, lean: nil))
    }

    /// "the end of the year", "the middle of the month", "early in the week": the one under
    /// discussion.
    func framedUnit(at s: DateSite) -> DateMatch? {
        let h = t.lh(s.token)
        guard s.framed, s.hasThe, let unit = L.framedUnits[h] else { return nil }
        return DateMatch(range: s.token..<s.token + 1, meaning: .shift(unit, by: 0, time: DateFields()))
    }
}
