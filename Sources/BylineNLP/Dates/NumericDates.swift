/// Rules for dates written in figures: years, decades, centuries, numeric and hyphenated dates.
extension DateGrammar {
    /// Years, decades, numeric dates ("2022-01-11", "1/11/2022") and day-first dates ("11 January 2022").
    func numeric(at j: Int, hasThe: Bool) -> DateMatch? {
        guard j < t.count else { return nil }
        let tok = t.tokens[j]
        guard tok.has(.hasDigit) else { return nil }
        // "11 January 2022", "13th of January", "3-9 June" (dated by its first day)
        if let d = t.dayOfMonth(j) ?? t.dayRangeStart(j) {
            var k = j + 1
            if t.lh(k) == Self.of { k += 1 }
            if let m = L.months[t.lh(k)], t.isCapitalized(k) {
                var f = DateFields(month: m, day: d)
                var end = k + 1
                if let y = t.year(end) {
                    f.year = y
                    end += 1
                } else if t.isPunct(end, ","), let y = t.year(end + 1) {
                    f.year = y
                    end += 2
                }
                return DateMatch(range: j..<end, meaning: .calendar(f, lean: nil))
            }
        }
        if tok.kind == .number {
            let slashes = t.pieces(j) { $0 == 0x2F }
            if slashes.count == 3 { return slashDate(j, slashes) }
            if let y = t.year(j), isYear(j, y, introduced: hasThe) {
                var end = j + 1
                if t.lh(end) == Self.possessive { end += 1 }
                return DateMatch(range: j..<end, meaning: .calendar(DateFields(year: y), lean: nil))
            }
            return nil
        }
        // "1990s", "80s" (after an apostrophe)
        let r = tok.range
        if tok.length >= 3, t.scalars[r.upperBound - 1] == "s", let n = t.integer(in: r.lowerBound..<r.upperBound - 1),
            n.value % 10 == 0
        {
            var f = DateFields()
            if n.digits == 4 {
                f.decade = n.value / 10
            } else if n.digits == 2, hasThe || j > 0 && t.tokens[j - 1].kind == .quote {
                f.decade = 190 + n.value / 10
            }  // "the '80s", not "in his 30s"
            else {
                return nil
            }
            return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        // "20th century"
        if let c = L.ordinals[t.lh(j)], L.units[t.lh(j + 1)] == .century {
            var f = DateFields()
            f.century = c - 1
            return DateMatch(range: j..<j + 2, meaning: .calendar(f, lean: nil))
        }
        return nil
    }

    /// Whether a four-digit number is a year here rather than a quantity, money, a score or a code.
    func isYear(_ j: Int, _ y: Int, introduced: Bool) -> Bool {
        let prev = t.lh(j - 1)
        let next = t.lh(j + 1)
        if L.numberBlockers.contains(prev) || L.numberBlockers.contains(next) { return false }
        if Self.quantityWords.contains(prev) && !introduced { return false }
        // "Orion 1980", "Windows 95": a number after a name is part of it
        if t.isWord(j - 1), t.isCapitalized(j - 1), !t.startsSentence(j - 1), L.months[prev] == nil,
            L.weekdays[prev] == nil,
            !L.dateIntroducers.contains(prev), !t.has(j - 1, .allCaps)
        {
            return false
        }
        if t.tokens.indices.contains(j + 1), t.tokens[j + 1].kind == .number { return false }
        if j > 0, t.tokens[j - 1].kind == .number { return false }
        // "(1930 UTC)": a 24-hour clock in another zone, never a year
        if Self.timeZones.contains(next), t.isCapitalized(j + 1) { return false }
        // a year long past or far ahead needs a word that says it is one ("in 1066"): "the 1000
        // megawatt cable" is a quantity
        if y < 1800 || y > 2100 { return L.dateIntroducers.contains(prev) && prev != Self.dash }
        return true
    }

    /// "1/11/2022" month first, unless the first number cannot be a month; "2022/01/11" year first.
    func slashDate(_ j: Int, _ p: DateTokens.Pieces) -> DateMatch? {
        guard let a = t.integer(in: p[0]), let b = t.integer(in: p[1]), let c = t.integer(in: p[2]) else { return nil }
        var f: DateFields
        if a.digits == 4 {
            f = DateFields(year: a.value, month: b.value, day: c.value)
        } else {
            let y = c.digits == 2 ? (c.value < 50 ? 2000 + c.value : 1900 + c.value) : c.value
            guard c.digits == 2 || c.digits == 4 else { return nil }
            f =
                a.value > 12
                ? DateFields(year: y, month: b.value, day: a.value) : DateFields(year: y, month: a.value, day: b.value)
        }
        guard f.date != nil else { return nil }
        return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
    }

    /// Hyphenated words: "2022-01-11", "third-quarter", "mid-1990s", "mid-2021", "late-November", "year-ago".
    func hyphenated(at j: Int) -> DateMatch? {
        let parts = t.hyphenParts(j)
        guard parts.count >= 2 else { return nil }
        let first = t.lowerHash(parts[0])
        let second = t.lowerHash(parts[1])
        if parts.count == 3, let y = t.integer(in: parts[0]), y.digits == 4, let m = t.integer(in: parts[1]),
            let d = t.integer(in: parts[2])
        {
            let f = DateFields(year: y.value, month: m.value, day: d.value)
            return f.date == nil ? nil : DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        guard parts.count == 2 else { return nil }
        if let q = L.ordinals[first], q <= 4, second == Self.quarter || (second == Self.half && q <= 2) {
            var f = DateFields()
            if second == Self.quarter { f.quarter = q } else { f.half = q }
            return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        if t.lh(j) == Self.yearAgo || t.lh(j) == Self.yearEarlier {
            let noun = t.lh(j + 1) == Self.quarter || t.lh(j + 1) == Self.period
            return DateMatch(
                range: j..<(noun ? j + 2 : j + 1),
                meaning: .quarterInContext(yearsBack: 1, year: nil, saysQuarter: t.lh(j + 1) == Self.quarter))
        }
        guard Self.datePrefixes.contains(first) else { return nil }
        if let m = L.months[second], parts[1].count >= 3 {
            return DateMatch(range: j..<j + 1, meaning: .calendar(DateFields(month: m), lean: nil))
        }
        let r = parts[1]
        if let y = t.integer(in: r), y.digits == 4 {
            return DateMatch(range: j..<j + 1, meaning: .calendar(DateFields(year: y.value), lean: nil))
        }
        if r.count >= 3, t.scalars[r.upperBound - 1] == "s", let n = t.integer(in: r.lowerBound..<r.upperBound - 1),
            n.digits == 4
        {
            var f = DateFields()
            f.decade = n.value / 10
            return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        return nil
    }
}
