/// Rules for dates named by a month or a weekday.
extension DateGrammar {
    /// "Jan 13", "January 13, 2022", "January 2022", "Jan. 13 2022", "June 3-9", "March" (when clearly a month).
    func monthExpression(at j: Int, introduced: Bool) -> DateMatch? {
        guard let m = L.months[t.lh(j)], t.isCapitalized(j) else { return nil }
        let tok = t.tokens[j]
        let abbreviated = tok.has(.hasPeriod) || tok.length <= 4 && !Self.shortFullMonths.contains(t.lh(j))
        var f = DateFields(month: m)
        var end = j + 1
        // "March eighth": a day written as an ordinal word
        let spelledDay =
            t.isWord(end) && !t.has(end, .capitalized) && !t.has(end, .hasDigit) ? L.ordinals[t.lh(end)] : nil
        // "June 3-9": a range of days in one token, dated by its first day
        if let d = t.dayOfMonth(end) ?? spelledDay ?? t.dayRangeStart(end), t.year(end) == nil {
            f.day = d
            end += 1
            if let y = t.year(end) {
                f.year = y
                end += 1
            } else if t.isPunct(end, ","), let y = t.year(end + 1) {
                f.year = y
                end += 2
            } else if let r = relativeYear(at: end) {
                return DateMatch(range: j..<r.next, meaning: .shiftedCalendar(f, years: r.shift))
            }
            return DateMatch(range: j..<end, meaning: .calendar(f, lean: f.year == nil ? opensNarrative(j, end) : nil))
        }
        // "January 2022", "January of 2022", "January, 2022"
        let k = t.lh(end) == Self.of || t.isPunct(end, ",") ? end + 1 : end
        if let y = k == end ? yearAt(end) : t.year(k).map({ ($0, k + 1) }) {
            f.year = y.0
            return DateMatch(range: j..<y.1, meaning: .calendar(f, lean: nil))
        }
        if abbreviated { return nil }
        // A month name standing alone: rule out names ("Theresa May", "August Wilson") and verbs.
        let ambiguous = L.ambiguousMonths.contains(t.lh(j))
        let prev = t.lh(j - 1)
        // "a June agreement": a month before a noun it dates
        let modifier = (prev == Self.a || prev == Self.an) && t.isWord(j + 1) && !t.isCapitalized(j + 1)
        let introducedHere = introduced || L.dateIntroducers.contains(prev) || modifier
        if t.isCapitalized(j - 1) && !t.startsSentence(j - 1) && !introducedHere { return nil }
        if t.isCapitalized(j + 1) && L.months[t.lh(j + 1)] == nil && !t.startsSentence(j + 1) && ambiguous {
            return nil
        }
        if ambiguous && !introducedHere { return nil }
        // "June last year", "January of this year"
        if let r = relativeYear(at: end) {
            return DateMatch(range: j..<r.next, meaning: .shiftedCalendar(f, years: r.shift))
        }
        // "complaints since January": the latest one begun by publication
        let lean = opensNarrative(j, end) ?? (t.lh(j - 1) == Self.since ? .notAhead : nil)
        return DateMatch(range: j..<end, meaning: .calendar(f, lean: lean))
    }

    /// "last year", "of this year", ", next year" after a month or a day: the year it falls in,
    /// as whole years from the publication year.
    func relativeYear(at k: Int) -> (shift: Int, next: Int)? {
        let i = t.lh(k) == Self.of || t.isPunct(k, ",") ? k + 1 : k
        let h = t.lh(i)
        guard h == Self.this || h == Self.last || h == Self.next, t.lh(i + 1) == Self.year else { return nil }
        return (L.shifters[h]!, i + 2)
    }

    /// `.notAhead` for a month that opens its sentence as a time frame, "In January, ...": news
    /// text uses it to narrate what has happened, unless the clause is in the future tense.
    func opensNarrative(_ j: Int, _ end: Int) -> Lean? {
        t.lh(j - 1) == Self.inWord && t.startsSentence(j - 1) && t.isPunct(end, ",") ? .notAhead : nil
    }

    /// "Friday", "Friday morning", "Thursday (Jan 13)", "Friday, Oct. 23, 1998", "Monday's".
    func weekdayExpression(at j: Int, shift: Int?, time: DateFields) -> DateMatch? {
        guard let w = L.weekdays[t.lh(j)], t.isCapitalized(j) else { return nil }
        // "Good Friday", "Sunday Times": part of a name
        if shift == nil, t.isCapitalized(j - 1), Self.nameHeads.contains(t.lh(j - 1)) { return nil }
        // "the Baltimore Sun.", "Channel Sat.": an abbreviation after a capitalised word ends a name
        if t.has(j, .hasPeriod), t.isWord(j - 1), t.isCapitalized(j - 1), !t.startsSentence(j - 1),
            !L.dateIntroducers.contains(t.lh(j - 1))
        {
            return nil
        }
        if t.isCapitalized(j + 1), Self.nameTails.contains(t.lh(j + 1)),
            !L.partsOfDay.contains(t.lh(j + 1)) || t.has(j + 2, .capitalized)
        {
            return nil
        }
        var end = j + 1
        // an explicit date next to the weekday wins: "Thursday (Jan 13)", "Friday, Oct. 23"
        var k = end
        let paren = t.isPunct(k, "(")
        if paren || t.isPunct(k, ",") { k += 1 }
        if let m = monthExpression(at: k, introduced: true), case .calendar(let f, _) = m.meaning, f.day != nil {
            end = m.range.upperBound
            if paren && t.isPunct(end, ")") { end += 1 }
            var g = f
            g.hour = time.hour
            g.minute = time.minute
            g.part = time.part
            g.weekday = w
            return DateMatch(range: j..<end, meaning: .calendar(g, lean: nil))
        }
        var g = time
        if let part = L.partsOfDay[t.lh(end)] {
            g.part = part
            end += 1
        } else if let c = clockTime(at: end), c.range.lowerBound == end, g.hour == nil {
            g.hour = c.fields.hour
            g.minute = c.fields.minute
            end = c.range.upperBound
        }
        let possessive = t.lh(end) == Self.possessive || L.possessiveWeekdays.contains(t.lh(j))
        if t.lh(end) == Self.possessive { end += 1 }
        // "Wednesday's ruling": news names an event by its day once it has happened, unless the
        // words before look forward to it ("ahead of Sunday's vote", "the upcoming Friday's race")
        let anticipated = Self.anticipation.contains(t.lh(j - 1)) || t.lh(j - 1) == Self.of && t.lh(j - 2) == Self.ahead
        if possessive && shift == nil && !anticipated {
            return DateMatch(range: j..<end, meaning: .reportedWeekday(w, time: g))
        }
        return DateMatch(range: j..<end, meaning: .weekday(w, shift: shift, time: g))
    }
}
