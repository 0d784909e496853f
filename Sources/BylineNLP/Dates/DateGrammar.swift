/// One date expression found in the tokens: its token range and what it says.
struct DateMatch: Sendable, Hashable {
    var range: Range<Int>
    var meaning: DateMeaning
}

/// The rules that find date and time expressions, tried at one token at a time. Each rule reads
/// tokens by their lowercase hashes and returns the longest expression it recognises there, or
/// nil; the order of the checks keeps false friends ("may" the verb, "Friday" in a name, bare
/// numbers, money, scores) out.
struct DateGrammar {
    let t: DateTokens
    typealias L = DateLexicon

    init(_ doc: Document) { t = DateTokens(doc) }

    /// The expression starting at token `i`, if any.
    func match(at i: Int) -> DateMatch? {
        var j = i
        let hasThe = t.lh(j) == Self.the
        if hasThe { j += 1 }
        // "the then current price", "the then-current price": the present of a past time; the
        // article belongs to the noun
        if t.lh(j) == Self.then && t.lh(j + 1) == Self.current {
            return DateMatch(range: j..<j + 2, meaning: .reference("PAST_REF"))
        }
        if t.has(j, .hasHyphen), case let p = t.hyphenParts(j), p.count == 2, t.lowerHash(p[0]) == Self.then,
            t.lowerHash(p[1]) == Self.current
        {
            return DateMatch(range: j..<j + 1, meaning: .reference("PAST_REF"))
        }
        // "the end of 1990", "the beginning of October", "the rest of the year"
        if hasThe, Self.frames.contains(t.lh(j)), t.lh(j + 1) == Self.of {
            let inner = t.lh(j + 2) == Self.the ? j + 3 : j + 2
            if let m = core(at: inner, hasThe: inner == j + 3, framed: true) {
                return DateMatch(range: i..<m.range.upperBound, meaning: m.meaning)
            }
            return nil
        }
        if Self.narrowers.contains(t.lh(j)), let m = core(at: j + 1, hasThe: false, framed: true) {
            return DateMatch(range: i..<m.range.upperBound, meaning: m.meaning)
        }
        guard let m = core(at: j, hasThe: hasThe, framed: false) else { return nil }
        // "the 24-hour strike": a length written as one hyphenated modifier leaves "the" to its noun
        var keeps = Self.keepsArticle(m.meaning)
        if case .duration = m.meaning, m.range.count == 1, t.has(m.range.lowerBound, .hasHyphen) { keeps = false }
        return DateMatch(range: (keeps && hasThe ? i : m.range.lowerBound)..<m.range.upperBound, meaning: m.meaning)
    }

    /// The second day of "April 24 and 25", "June 3-9", "Dec. 1 to 3, 2021": a day number after
    /// "and" or "or", or a later day after a dash, "to", "through" or "until", in the month and year
    /// of the date `m` before it, where the phrase ends; a year written after it is taken along and
    /// belongs to both days (`yearForFirst`).
    func followingDay(after m: DateMatch) -> (day: DateMatch, yearForFirst: Int?)? {
        guard case .calendar(var f, let lean) = m.meaning, f.month != nil, let first = f.day, f.hour == nil else {
            return nil
        }
        let k = m.range.upperBound
        let dash = t.isPunct(k, "-") || t.isPunct(k, "–")
        let isRange = dash || Self.rangeLinks.contains(t.lh(k))
        guard t.lh(k) == Self.and || t.lh(k) == Self.or || isRange, let d = t.dayOfMonth(k + 1), !isRange || d > first
        else { return nil }
        var end = k + 2
        var yearForFirst: Int?
        if f.year == nil, case let y = t.isPunct(end, ",") ? end + 1 : end, let year = t.year(y) {
            f.year = year
            yearForFirst = year
            end = y + 1
        }
        // a dash joins days even before a noun ("the Jan 5-7 talks"); a word joins them only where
        // the phrase ends or a year follows ("from June 3 to 9 percent" is an amount)
        let ends = yearForFirst != nil || end >= t.count || t.tokens[end].kind != .word && t.tokens[end].kind != .number
        guard
            ends
                || dash && t.tokens[end].kind == .word && t.lh(end) != Self.percent
                    && !Self.amountWords.contains(t.lh(end))
        else { return nil }
        f.day = d
        f.weekday = nil
        return (DateMatch(range: k + 1..<end, meaning: .calendar(f, lean: lean)), yearForFirst)
    }

    /// `m` with the year a range gave both its days ("Dec. 1-3, 2021").
    static func withYear(_ year: Int?, _ m: DateMatch) -> DateMatch {
        guard let year, case .calendar(var f, let lean) = m.meaning else { return m }
        f.year = year
        return DateMatch(range: m.range, meaning: .calendar(f, lean: lean))
    }

    /// The first day of "1 and 2 October", "between 3 and 9 June", "from 12 to 14 March": a day
    /// number before "and", "or", "to" or a dash, in the month and year of the day-first date `m`
    /// after it, and earlier than its day.
    func precedingDay(before m: DateMatch) -> DateMatch? {
        guard case .calendar(var f, let lean) = m.meaning, let day = f.day, f.month != nil, f.hour == nil else {
            return nil
        }
        let k = m.range.lowerBound
        let link = t.lh(k - 1)
        guard t.dayOfMonth(k) == day, t.integer(k) != nil,
            link == Self.and || link == Self.or || link == L.to || t.isPunct(k - 1, "-") || t.isPunct(k - 1, "–"),
            t.integer(k - 2) != nil, let first = t.dayOfMonth(k - 2), first < day,
            // "from $5 to 7 June's level": an amount, not a day
            !Self.currencySigns.contains(t.lh(k - 3))
        else { return nil }
        f.day = first
        f.weekday = nil
        return DateMatch(range: k - 2..<k - 1, meaning: .calendar(f, lean: lean))
    }

    /// Whether the expression at `i` is the last day of the quarter just named: "the third
    /// quarter ended Sept. 30", "the fiscal first quarter ending Dec. 31".
    func endsQuarter(at i: Int) -> Bool {
        (t.lh(i - 1) == Self.ended || t.lh(i - 1) == Self.ending) && t.lh(i - 2) == Self.quarter
    }

    /// `meaning` with a year-less date after "ended" put before publication: a period that
    /// ended on a day ("the year ended March 31", "the quarter ended Oct. 31") is reported after
    /// that day, so the day is the last one of its name already past.
    func pastEnd(_ meaning: DateMeaning, at i: Int) -> DateMeaning {
        guard t.lh(i - 1) == Self.ended, case .calendar(let f, nil) = meaning, f.year == nil, f.day != nil else {
            return meaning
        }
        return .calendar(f, lean: .pastStrict)
    }

    /// The elided "last" of "this year as last", "more this year than last": last year.
    func elidedLastYear(after m: DateMatch) -> DateMatch? {
        guard case .shift(.year, 0, _) = m.meaning else { return nil }
        let k = m.range.upperBound
        guard t.lh(k) == Self.asWord || t.lh(k) == Self.than, t.lh(k + 1) == Self.last,
            k + 2 >= t.count || !t.isWord(k + 2) && t.tokens[k + 2].kind != .number
        else { return nil }
        return DateMatch(range: k + 1..<k + 2, meaning: .shift(.year, by: -1, time: DateFields()))
    }

    /// Whether `meaning` is a single day, which "the day before" can move from.
    static func namesADay(_ meaning: DateMeaning) -> Bool {
        switch meaning {
        case .calendar(let f, _): return f.day != nil && f.hour == nil
        case .weekday(_, _, let time): return !time.weekend && time.hour == nil && time.part == nil
        case .reportedWeekday, .holiday, .dayOfMonth: return true
        case .shift(let unit, _, let time): return unit == .day && time.hour == nil && time.part == nil
        default: return false
        }
    }

    /// Whether "the" belongs to the expression, as in "the 1990s", "the third quarter", "the
    /// future"; a day, month or year used as a modifier leaves it out ("the 1959 film", "the
    /// Nov. 27 vote", "the Saturday rally").
    private static func keepsArticle(_ meaning: DateMeaning) -> Bool {
        switch meaning {
        case .calendar(let f, _):
            return f.decade != nil || f.century != nil || f.quarter != nil || f.half != nil || f.season != nil
        case .weekday(_, let shift, let time):
            return shift != nil || time.weekend
        // "the weekly meeting", "the daily paper": the article is the noun's
        case .holiday, .reportedWeekday, .recurrence:
            return false
        default:
            return true
        }
    }

    /// The expression proper, after any "the" and narrowing word: the first rule that finds one.
    private func core(at j: Int, hasThe: Bool, framed: Bool) -> DateMatch? {
        guard j < t.count else { return nil }
        let site = DateSite(token: j, hasThe: hasThe, framed: framed)
        // By index: iterating the array copied each rule out, retaining and releasing its name
        // and closure for every rule at every candidate token.
        let rules = Self.rules
        for k in rules.indices {
            if let m = rules[k].find(self, site) { return m }
        }
        return nil
    }
}
