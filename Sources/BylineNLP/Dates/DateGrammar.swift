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
    private typealias L = DateLexicon
    private static let the = L.h("the"), of = L.h("of"), ago = L.h("ago"), earlier = L.h("earlier"),
        later = L.h("later"), before = L.h("before"), after = L.h("after"), now = L.h("now"), right = L.h("right"),
        these = L.h("these"), days = L.h("days"), near = L.h("near"), future = L.h("future"), fiscal = L.h("fiscal"),
        year = L.h("year"), recent = L.h("recent"), high = L.h("high"), this = L.h("this"), past = L.h("past"),
        yearEnd = L.h("year-end"), end = L.h("end"), quarter = L.h("quarter"), half = L.h("half"),
        period = L.h("period"),
        yearAgo = L.h("year-ago"), yearEarlier = L.h("year-earlier"), latest = L.h("latest"),
        comparable = L.h("comparable"),
        noon = L.h("noon"), midnight = L.h("midnight"), midday = L.h("midday"), inWord = L.h("in"),
        am = L.h("a.m."), pm = L.h("p.m."), amShort = L.h("am"), pmShort = L.h("pm"), am2 = L.h("a.m"),
        pm2 = L.h("p.m"), oclock = L.h("o'clock"),
        two = L.h("two"), thousand = L.h("thousand"), and = L.h("and"),
        possessive = L.h("'s"), weekend = L.h("weekend"), term = L.h("term"), short = L.h("short"),
        several = L.h("several"), few = L.h("few"), some = L.h("some"), many = L.h("many"),
        a = L.h("a"), thanksgiving = L.h("thanksgiving"), christmas = L.h("christmas"), easter = L.h("easter"),
        halloween = L.h("halloween"), new = L.h("new"), day = L.h("day"), eve = L.h("eve"),
        election = L.h("election"), sunday = L.h("sunday"), at = L.h("at"), fall = L.h("fall"), dash = L.h("-"),
        tonight = L.h("tonight"), last = L.h("last"), next = L.h("next"), current = L.h("current"),
        following = L.h("following"), previous = L.h("previous"), coming = L.h("coming"), than = L.h("than"),
        on = L.h("on"), full = L.h("full"), that = L.h("that"), same = L.h("same"), or = L.h("or"), so = L.h("so"),
        corresponding = L.h("corresponding"), week = L.h("week"), ahead = L.h("ahead"), months = L.h("months"),
        then = L.h("then"),
        ended = L.h("ended"), ending = L.h("ending"), quarters = L.h("quarters"), an = L.h("an"), hours = L.h("hours"),
        asWord = L.h("as"), isWord = L.h("is"), it = L.h("it"), today = L.h("today")
    private static let quarterNames = [L.h("q1"): 1, L.h("q2"): 2, L.h("q3"): 3, L.h("q4"): 4]
    /// Words before a possessive weekday that look forward to its event ("before Sunday's vote").
    private static let anticipation = L.set(["upcoming", "coming", "before", "awaiting", "await", "awaited", "until"])
    /// Words that end an amount of money or a per-share figure.
    private static let amountWords = L.set([
        "million", "billion", "trillion", "share", "cents", "pence", "francs", "marks", "guilders", "yen", "dollars",
        "pounds", "euros",
    ])
    /// Currency signs written before a figure.
    private static let currencySigns = L.set(["$", "c$", "us$", "a$", "#", "£", "€", "¥"])
    /// Prefixes of hyphenated dates: "mid-1990s", "late-November", "post-1959".
    private static let datePrefixes = L.set(["mid", "early", "late", "pre", "post"])

    /// Words that frame a date without changing its value: "the end of 1990", "the middle of October".
    private static let frames = L.set(["end", "beginning", "middle", "start", "rest", "close", "turn"])
    /// Words before a date that narrow it: "early 1990", "late yesterday", "earlier this month".
    private static let narrowers = L.set(["early", "late", "mid", "earlier", "later"])
    /// Plural units: "past/last/next" before these, or a count, make a duration, not a date.
    private static let pluralUnits = L.set([
        "days", "weeks", "months", "years", "quarters", "decades", "centuries", "weekends",
    ])
    private static let timeZones = L.set([
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "kst",
        "jst", "sgt", "hkt", "ist", "aest", "z",
    ])
    /// Capitalised words after a weekday that make it part of a name ("Sunday Times").
    private static let nameTails = L.set([
        "times", "telegraph", "mirror", "express", "post", "herald", "mail", "independent", "observer", "tribune",
        "agreement", "accord", "prayers", "club", "school", "night", "league", "football", "people", "service", "sport",
    ])
    /// Month names short enough to look like abbreviations.
    private static let shortFullMonths = L.set(["may", "june", "july"])
    /// Capitalised words that make a weekday part of a name ("Good Friday", "Black Monday").
    private static let nameHeads = L.set([
        "good", "black", "bloody", "holy", "ash", "palm", "maundy", "super", "cyber", "man", "girl", "blue", "easter",
        "whit", "low", "shrove", "giving", "small", "plough", "mothering",
    ])
    /// Words before a number that make it anything but a year.
    private static let quantityWords = L.set([
        "than", "nearly", "almost", "approximately", "over", "under", "only", "just", "some", "about", "around",
        "least", "most", "top", "no.",
    ])

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
        return DateMatch(
            range: (Self.keepsArticle(m.meaning) ? i : m.range.lowerBound)..<m.range.upperBound, meaning: m.meaning)
    }

    /// The second day of "April 24 and 25": a day number after "and" or "or" that ends the
    /// phrase, in the month and year of the date `m` before it.
    func followingDay(after m: DateMatch) -> DateMatch? {
        guard case .calendar(var f, let lean) = m.meaning, f.month != nil, f.day != nil, f.hour == nil else {
            return nil
        }
        let k = m.range.upperBound
        guard t.lh(k) == Self.and || t.lh(k) == Self.or, let d = t.dayOfMonth(k + 1),
            k + 2 >= t.count || t.tokens[k + 2].kind != .word && t.tokens[k + 2].kind != .number
        else { return nil }
        f.day = d
        f.weekday = nil
        return DateMatch(range: k + 1..<k + 2, meaning: .calendar(f, lean: lean))
    }

    /// Whether the expression at `i` is the last day of the quarter just named: "the third
    /// quarter ended Sept. 30", "the fiscal first quarter ending Dec. 31".
    func endsQuarter(at i: Int) -> Bool {
        (t.lh(i - 1) == Self.ended || t.lh(i - 1) == Self.ending) && t.lh(i - 2) == Self.quarter
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
    private static func namesADay(_ meaning: DateMeaning) -> Bool {
        switch meaning {
        case .calendar(let f, _): return f.day != nil && f.hour == nil
        case .weekday(_, _, let time): return !time.weekend && time.hour == nil && time.part == nil
        case .reportedWeekday, .holiday: return true
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
        case .holiday, .reportedWeekday:
            return false
        default:
            return true
        }
    }

    /// The expression proper, after any "the" and narrowing word.
    private func core(at j: Int, hasThe: Bool, framed: Bool) -> DateMatch? {
        guard j < t.count else { return nil }
        let h = t.lh(j)
        if let time = clockTime(at: j) { return withDate(after: time) }
        if let m = quarterExpression(at: j, hasThe: hasThe) { return m }
        if let m = numeric(at: j, hasThe: hasThe || framed) { return m }
        if t.has(j, .hasHyphen), let m = hyphenated(at: j) { return m }
        if let m = monthExpression(at: j, introduced: hasThe || framed) { return m }
        if L.weekdays[h] != nil, let m = weekdayExpression(at: j, shift: nil, time: DateFields()) { return m }
        if let m = dayWord(at: j) { return m }
        if let m = reference(at: j, hasThe: hasThe) { return m }
        if let m = anaphoric(at: j, hasThe: hasThe) { return m }
        if let m = shifted(at: j, hasThe: hasThe) { return m }
        if hasThe, let m = periodOfMonths(at: j) { return m }
        if let m = counted(at: j) { return m }
        if let m = spokenYear(at: j) { return m }
        if let m = holiday(at: j) { return m }
        if let season = L.seasons[h] {
            // "the winter of 1994", "the winter of nineteen ninety-four"
            var f = DateFields()
            f.season = season
            if t.lh(j + 1) == Self.of, let y = yearAt(j + 2) {
                f.year = y.year
                return DateMatch(range: j..<y.next, meaning: .calendar(f, lean: nil))
            }
            if (hasThe || framed) && h != Self.fall {
                return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
            }
        }
        // "year-end", "year end", "year's end"
        if h == Self.yearEnd { return DateMatch(range: j..<j + 1, meaning: .shift(.year, by: 0, time: DateFields())) }
        if h == Self.year {
            let k = t.lh(j + 1) == Self.possessive ? j + 2 : j + 1
            if t.lh(k) == Self.end {
                return DateMatch(range: j..<k + 1, meaning: .shift(.year, by: 0, time: DateFields()))
            }
        }
        // "the year", "the full year", "the fiscal year": the year being reported on
        if hasThe, h == Self.year || (h == Self.full || h == Self.fiscal) && t.lh(j + 1) == Self.year {
            let k = h == Self.year ? j : j + 1
            if let y = t.year(k + 1) {
                return DateMatch(range: j..<k + 2, meaning: .calendar(DateFields(year: y), lean: nil))
            }
            let next = t.lh(k + 1)
            if next != Self.possessive && next != Self.before && next != Self.after && next != Self.earlier
                && next != Self.later && !t.has(k, .capitalized)
            {
                return DateMatch(range: j..<k + 1, meaning: .shift(.year, by: 0, time: DateFields()))
            }
        }
        // "mid-afternoon yesterday", "late morning Friday": a part of day before its day
        if let part = L.partsOfDay[h] {
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
            if framed, !hasThe, t.lh(j + 1) != Self.of, t.lh(j + 1) != Self.hours {
                return DateMatch(range: j..<j + 1, meaning: .referenceUnit(.day, by: 0, time: time))
            }
        }
        // "today is the eighth day of the blockade", "it's the second day of the offensive"
        if hasThe, let n = L.ordinals[h], n <= 31, !t.has(j, .hasDigit), t.lh(j + 1) == Self.day,
            t.lh(j - 2) == Self.isWord || t.lh(j - 2) == Self.possessive,
            t.lh(j - 3) == Self.it || t.lh(j - 3) == Self.today
        {
            return DateMatch(range: j..<j + 2, meaning: .shift(.day, by: 0, time: DateFields()))
        }
        // "the day before last Tuesday's hearing", "the day after Christmas"
        if hasThe, h == Self.day, t.lh(j + 1) == Self.before || t.lh(j + 1) == Self.after,
            let m = match(at: j + 2), Self.namesADay(m.meaning)
        {
            return DateMatch(
                range: j..<m.range.upperBound, meaning: .dayOffset(m.meaning, days: t.lh(j + 1) == Self.before ? -1 : 1)
            )
        }
        // "the week of March 6": the ISO week holding that day
        if hasThe, h == Self.week, t.lh(j + 1) == Self.of, let m = monthExpression(at: j + 2, introduced: true),
            case .calendar(let f, let lean) = m.meaning, f.day != nil
        {
            return DateMatch(range: j..<m.range.upperBound, meaning: .weekOf(.calendar(f, lean: lean)))
        }
        if hasThe, h == Self.weekend {
            var f = DateFields()
            f.weekend = true
            return DateMatch(range: j..<j + 1, meaning: .weekday(6, shift: nil, time: f))
        }
        if hasThe, let d = L.decadeWords[h] {
            var f = DateFields()
            f.decade = 190 + d
            return DateMatch(range: j..<j + 1, meaning: .calendar(f, lean: nil))
        }
        if framed, hasThe, h == Self.year || L.units[h] == .month || L.units[h] == .week {
            return DateMatch(range: j..<j + 1, meaning: .shift(L.units[h]!, by: 0, time: DateFields()))
        }
        return nil
    }

    // MARK: numbers

    /// Years, decades, numeric dates ("2022-01-11", "1/11/2022") and day-first dates ("11 January 2022").
    private func numeric(at j: Int, hasThe: Bool) -> DateMatch? {
        let tok = t.tokens[j]
        guard tok.has(.hasDigit) else { return nil }
        // "11 January 2022", "13th of January"
        if let d = t.dayOfMonth(j) {
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
    private func isYear(_ j: Int, _ y: Int, introduced: Bool) -> Bool {
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
        if y < 1800 || y > 2100 { return introduced || L.dateIntroducers.contains(prev) && prev != Self.dash }
        return true
    }

    /// "1/11/2022" month first, unless the first number cannot be a month; "2022/01/11" year first.
    private func slashDate(_ j: Int, _ p: DateTokens.Pieces) -> DateMatch? {
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
    private func hyphenated(at j: Int) -> DateMatch? {
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

    // MARK: months and weekdays

    /// "Jan 13", "January 13, 2022", "January 2022", "Jan. 13 2022", "March" (when clearly a month).
    private func monthExpression(at j: Int, introduced: Bool) -> DateMatch? {
        guard let m = L.months[t.lh(j)], t.isCapitalized(j) else { return nil }
        let tok = t.tokens[j]
        let abbreviated = tok.has(.hasPeriod) || tok.length <= 4 && !Self.shortFullMonths.contains(t.lh(j))
        var f = DateFields(month: m)
        var end = j + 1
        // "March eighth": a day written as an ordinal word
        let spelledDay =
            t.isWord(end) && !t.has(end, .capitalized) && !t.has(end, .hasDigit) ? L.ordinals[t.lh(end)] : nil
        if let d = t.dayOfMonth(end) ?? spelledDay, t.year(end) == nil {
            f.day = d
            end += 1
            if let y = t.year(end) {
                f.year = y
                end += 1
            } else if t.isPunct(end, ","), let y = t.year(end + 1) {
                f.year = y
                end += 2
            }
            return DateMatch(range: j..<end, meaning: .calendar(f, lean: f.year == nil ? opensNarrative(j, end) : nil))
        }
        if let y = yearAt(end) {
            f.year = y.year
            return DateMatch(range: j..<y.next, meaning: .calendar(f, lean: nil))
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
        // "June last year", "January this year"
        if t.lh(j + 1) == Self.this || t.lh(j + 1) == Self.last || t.lh(j + 1) == Self.next, t.lh(j + 2) == Self.year {
            let shift = L.shifters[t.lh(j + 1)]!
            return DateMatch(range: j..<j + 3, meaning: .shiftedCalendar(f, years: shift))
        }
        return DateMatch(range: j..<end, meaning: .calendar(f, lean: opensNarrative(j, end)))
    }

    /// `.notAhead` for a month that opens its sentence as a time frame, "In January, ...": news
    /// text uses it to narrate what has happened, unless the clause is in the future tense.
    private func opensNarrative(_ j: Int, _ end: Int) -> Lean? {
        t.lh(j - 1) == Self.inWord && t.startsSentence(j - 1) && t.isPunct(end, ",") ? .notAhead : nil
    }

    /// "Friday", "Friday morning", "Thursday (Jan 13)", "Friday, Oct. 23, 1998", "Monday's".
    private func weekdayExpression(at j: Int, shift: Int?, time: DateFields) -> DateMatch? {
        guard let w = L.weekdays[t.lh(j)], t.isCapitalized(j) else { return nil }
        // "Good Friday", "Sunday Times": part of a name
        if shift == nil, t.isCapitalized(j - 1), Self.nameHeads.contains(t.lh(j - 1)) { return nil }
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

    // MARK: words for days, the present, past and future

    /// "today", "yesterday", "tomorrow", "tonight", with a part of day ("yesterday morning").
    private func dayWord(at j: Int) -> DateMatch? {
        guard let n = L.dayWords[t.lh(j)] else { return nil }
        // "USA Today", "VOA Today": a capitalised day word inside a name
        if t.has(j, .capitalized), !t.startsSentence(j), t.isWord(j - 1), t.isCapitalized(j - 1),
            !t.startsSentence(j - 1)
        {
            return nil
        }
        var f = DateFields()
        var end = j + 1
        if t.lh(j) == Self.tonight {
            f.part = .NI
        } else if let part = L.partsOfDay[t.lh(end)] {
            f.part = part
            end += 1
        }
        return DateMatch(range: j..<end, meaning: .shift(.day, by: n, time: f))
    }

    /// "now", "right now", "currently", "recently", "these days", "the future", "the near future", "the past".
    private func reference(at j: Int, hasThe: Bool) -> DateMatch? {
        let h = t.lh(j)
        if h == Self.right && t.lh(j + 1) == Self.now {
            return DateMatch(range: j..<j + 2, meaning: .reference("PRESENT_REF"))
        }
        if h == Self.these && t.lh(j + 1) == Self.days {
            return DateMatch(range: j..<j + 2, meaning: .reference("PRESENT_REF"))
        }
        if let r = L.references[h], !hasThe {
            // "current" and "recent" before a unit are shifts or durations ("the current quarter", "recent months")
            let next = t.lh(j + 1)
            if next == Self.fiscal || L.units[next] != nil && L.units[next] != .day && !Self.pluralUnits.contains(next)
            {
                return nil
            }
            if Self.pluralUnits.contains(next) && r == "PAST_REF" {
                return DateMatch(range: j..<j + 2, meaning: .reference(r))
            }
            // the adjective "recent" alone ("recent talks") rarely dates anything
            if h == Self.recent { return nil }
            // "now" as a discourse marker before a comma at a sentence start still refers to the present in news text
            return DateMatch(range: j..<j + 1, meaning: .reference(r))
        }
        guard hasThe else { return nil }
        if h == Self.near, t.lh(j + 1) == Self.future || t.lh(j + 1) == Self.term {
            return DateMatch(range: j..<j + 2, meaning: .reference("FUTURE_REF"))
        }
        if h == Self.short, t.lh(j + 1) == Self.term {
            return DateMatch(range: j..<j + 2, meaning: .reference("FUTURE_REF"))
        }
        if let r = L.theReferences[h], !t.has(j, .capitalized) || t.startsSentence(j - 1) {
            // "the past three months" is a duration
            let next = t.lh(j + 1)
            if t.count(j + 1) != nil || next == Self.few || next == Self.several || L.units[next] != nil { return nil }
            return DateMatch(range: j..<j + 1, meaning: .reference(r))
        }
        return nil
    }

    // MARK: relative expressions

    /// "last week", "next month", "this year", "the past year", "last Friday", "this summer",
    /// "last November", "this morning", "last night", "coming months", "the current fiscal year".
    private func shifted(at j: Int, hasThe: Bool) -> DateMatch? {
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
    private func isAmount(_ k: Int) -> Bool {
        guard k >= 0, k < t.count else { return false }
        return t.tokens[k].kind == .number && k > 0 && Self.currencySigns.contains(t.lh(k - 1))
            || Self.amountWords.contains(t.lh(k))
    }

    /// Whether an amount of money starts at token `k`: "$1.55 billion", "C$2.3 million".
    private func isAmountStart(_ k: Int) -> Bool { Self.currencySigns.contains(t.lh(k)) }

    /// Days, weeks, months and years of the date last mentioned: "that year", "that morning",
    /// "the same day", "the next day", "the following year", "the previous week".
    private func anaphoric(at j: Int, hasThe: Bool) -> DateMatch? {
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
    private func lean(_ f: DateFields, _ n: Int) -> DateMeaning {
        n == 0 ? .shiftedCalendar(f, years: 0) : .calendar(f, lean: n < 0 ? .pastStrict : .futureStrict)
    }

    /// "the nine months", "the first six months", "the latest nine months" (after "the"): an
    /// accounting period of several quarters, which the year-ago figures after it compare with.
    private func periodOfMonths(at j: Int) -> DateMatch? {
        var k = j
        if t.lh(k) == Self.latest || L.ordinals[t.lh(k)] == 1 { k += 1 }
        guard let c = t.count(k), (4...11).contains(c.value), t.lh(c.next) == Self.months,
            t.lh(c.next + 1) != Self.ago, t.lh(c.next + 1) != Self.earlier, t.lh(c.next + 1) != Self.later
        else { return nil }
        return DateMatch(range: j..<c.next + 1, meaning: .periodOfMonths)
    }

    /// "two days ago", "a year earlier", "five years ago", "several years ago", "a decade ago".
    private func counted(at j: Int) -> DateMatch? {
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
            return DateMatch(
                range: j..<k + 2, meaning: .fromReference(unit, by: dir == Self.earlier ? -n : n, quarterOnly: false))
        }
        return nil
    }

    // MARK: quarters and halves

    /// "the third quarter", "the fiscal first quarter", "Q3", "the first half of 1990",
    /// "the 1988 third quarter", "the quarter", "the latest quarter", "the year-ago period".
    private func quarterExpression(at j: Int, hasThe: Bool) -> DateMatch? {
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
            guard yearsBack == 0 else { return nil }
            var f = DateFields()
            if noun == Self.quarter { f.quarter = q } else { f.half = q }
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
        if yearsBack > 0 {
            return DateMatch(
                range: j..<k, meaning: .quarterInContext(yearsBack: yearsBack, year: nil, saysQuarter: false))
        }
        return nil
    }

    /// A decade after "of" at `k`: "the 1980s", "the '80s".
    private func decadeAfterOf(_ k: Int) -> DateMatch? {
        guard t.lh(k) == Self.the else { return nil }
        let d = k + 1 < t.count && t.tokens[k + 1].kind == .quote ? k + 2 : k + 1
        guard d < t.count, let m = numeric(at: d, hasThe: true), case .calendar(let f, _) = m.meaning, f.decade != nil
        else { return nil }
        return m
    }

    /// The end of "last year", "a year ago" or "a year earlier" starting at `k`, which put the
    /// period before it a year back.
    private func yearAgoPhrase(at k: Int) -> Int? {
        if t.lh(k) == Self.last && t.lh(k + 1) == Self.year && t.lh(k + 2) != Self.possessive { return k + 2 }
        if t.lh(k) == Self.a && t.lh(k + 1) == Self.year && (t.lh(k + 2) == Self.ago || t.lh(k + 2) == Self.earlier) {
            return k + 3
        }
        return nil
    }

    /// The ordinal of a hyphenated "fiscal-first" at `k`, as in "the fiscal-first quarter".
    private func fiscalOrdinal(_ k: Int) -> Int? {
        guard t.has(k, .hasHyphen) else { return nil }
        let parts = t.hyphenParts(k)
        guard parts.count == 2, t.lowerHash(parts[0]) == Self.fiscal else { return nil }
        return L.ordinals[t.lowerHash(parts[1])]
    }

    // MARK: spoken years and holidays

    /// "nineteen ninety-seven", "nineteen ninety", "the year two thousand", "two thousand and one".
    private func spokenYear(at j: Int) -> DateMatch? {
        var k = j
        if t.lh(k) == Self.year { k += 1 }
        if t.lh(k) == Self.two && t.lh(k + 1) == Self.thousand {
            var end = k + 2
            var y = 2000
            if t.lh(end) == Self.and, let c = t.count(end + 1), c.value < 100 {
                y += c.value
                end = c.next
            } else if let c = t.count(end), c.value < 100, t.lh(end) != Self.a {
                y += c.value
                end = c.next
            }
            guard k > j || y > 2000 else { return nil }
            return DateMatch(range: j..<end, meaning: .calendar(DateFields(year: y), lean: nil))
        }
        guard let hundreds = L.numberWords[t.lh(k)], (11...20).contains(hundreds), let rest = t.count(k + 1),
            rest.value >= 10, rest.value < 100, t.lh(k + 1) != Self.a
        else { return nil }
        return DateMatch(
            range: j..<rest.next, meaning: .calendar(DateFields(year: hundreds * 100 + rest.value), lean: nil))
    }

    /// A year at token `k`, in figures or spoken ("nineteen ninety-four"), and the token after it.
    private func yearAt(_ k: Int) -> (year: Int, next: Int)? {
        if let y = t.year(k) { return (y, k + 1) }
        guard t.isWord(k), let m = spokenYear(at: k), case .calendar(let f, _) = m.meaning, let y = f.year else {
            return nil
        }
        return (y, m.range.upperBound)
    }

    /// "Thanksgiving", "Christmas Day", "Christmas Eve", "Easter", "New Year's Day", "Election Day", "Halloween".
    private func holiday(at j: Int) -> DateMatch? {
        guard t.isCapitalized(j) else { return nil }
        let h = t.lh(j)
        var end = j + 1
        let found: Holiday
        if h == Self.thanksgiving {
            found = .nthWeekday(month: 11, weekday: 4, nth: 4)
        } else if h == Self.christmas {
            if t.lh(end) == Self.eve {
                found = .fixed(month: 12, day: 24)
                end += 1
            } else {
                found = .fixed(month: 12, day: 25)
            }
        } else if h == Self.easter {
            found = .easter
            if t.lh(end) == Self.sunday { end += 1 }
        } else if h == Self.halloween {
            found = .fixed(month: 10, day: 31)
        } else if h == Self.new, t.lh(j + 1) == Self.year, t.lh(j + 2) == Self.possessive,
            t.lh(j + 3) == Self.day || t.lh(j + 3) == Self.eve
        {
            found = t.lh(j + 3) == Self.eve ? .fixed(month: 12, day: 31) : .fixed(month: 1, day: 1)
            end = j + 4
            return DateMatch(range: j..<end, meaning: .holiday(found))
        } else if h == Self.election, t.lh(j + 1) == Self.day, t.isCapitalized(j + 1) {
            found = .electionDay
        } else {
            return nil
        }
        if t.lh(end) == Self.day && h != Self.election { end += 1 }
        if h == Self.election { end = j + 2 }
        // "Easter week", "Thanksgiving week"
        if t.lh(end) == Self.week { return DateMatch(range: j..<end + 1, meaning: .weekOf(.holiday(found))) }
        return DateMatch(range: j..<end, meaning: .holiday(found))
    }

    // MARK: times of day

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
            guard let hh = t.integer(in: p[0]), hh.digits <= 2 else { return nil }
            hour = hh.value
            if p.count == 2 {
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
    private func withDate(after time: (range: Range<Int>, fields: DateFields)) -> DateMatch {
        var k = time.range.upperBound
        // "10:35 a.m. (0735 GMT) Friday": the day after the time in another zone is the time's
        // day too, and stays an expression of its own
        if t.isPunct(k, "("), let close = (k + 2...k + 4).first(where: { t.isPunct($0, ")") }),
            L.weekdays[t.lh(close + 1)] != nil, let m = weekdayExpression(at: close + 1, shift: nil, time: time.fields)
        {
            return DateMatch(range: time.range, meaning: m.meaning)
        }
        if t.isPunct(k, ",") { k += 1 }
        if t.lh(k) == Self.on { k += 1 }
        if L.weekdays[t.lh(k)] != nil, let m = weekdayExpression(at: k, shift: nil, time: time.fields) {
            return DateMatch(range: time.range.lowerBound..<m.range.upperBound, meaning: m.meaning)
        }
        if let m = monthExpression(at: k, introduced: true), case .calendar(var f, let lean) = m.meaning, f.day != nil {
            f.hour = time.fields.hour
            f.minute = time.fields.minute
            return DateMatch(range: time.range.lowerBound..<m.range.upperBound, meaning: .calendar(f, lean: lean))
        }
        if let n = L.dayWords[t.lh(k)] {
            return DateMatch(range: time.range.lowerBound..<k + 1, meaning: .shift(.day, by: n, time: time.fields))
        }
        return DateMatch(range: time.range, meaning: .referenceUnit(.day, by: 0, time: time.fields))
    }
}
