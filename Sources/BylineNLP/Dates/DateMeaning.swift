/// What a date expression says before it is pinned to the calendar. The grammar produces these;
/// `DateResolver` turns them into TIMEX3 values with the publication date, the tense around the
/// expression and the date last mentioned.
enum DateMeaning: Sendable, Hashable {
    /// Calendar fields as written; a missing year is chosen near the publication date by tense
    /// ("Jan 13", "March", "the third quarter", "this summer" come without one).
    case calendar(DateFields, lean: Lean?)
    /// The ISO week holding a day: "the week of March 6", "Easter week".
    indirect case weekOf(DateMeaning)
    /// A quarter or half of the publication year shifted by whole years ("next year's first quarter").
    case shiftedCalendar(DateFields, years: Int)
    /// A weekday, bare (tense decides) or with "last" (-1), "this" (0), "next" (+1), with an
    /// optional part of day or time.
    case weekday(Int, shift: Int?, time: DateFields)
    /// The day before (-1) or after (+1) a day: "the day before last Tuesday's hearing".
    indirect case dayOffset(DateMeaning, days: Int)
    /// A quarter or half whole years before the one named ("the year-ago third quarter" is the
    /// third quarter a year before the latest one): a comparison, which leaves the period under
    /// discussion as it was.
    indirect case yearsBefore(DateMeaning, years: Int)
    /// A weekday naming an event ("Wednesday's ruling"): the latest such day on or before
    /// publication, whatever the tense around it ("will appeal Wednesday's ruling").
    case reportedWeekday(Int, time: DateFields)
    /// A weekday counted from the day last mentioned (the publication date when none was):
    /// "the previous Friday" (-1), "the following Monday" (+1).
    case referenceWeekday(Int, shift: Int, time: DateFields)
    /// Whole units away from the publication date: "yesterday" (day, -1), "last week" (week, -1),
    /// "this year" (year, 0), "two years ago" (year, -2); `time` adds a part of day or clock time.
    case shift(DateUnit, by: Int, time: DateFields)
    /// Whole units away from the date last mentioned ("a year earlier"); from the publication
    /// date when nothing was mentioned. With `quarterOnly`, the last date counts only if it is a
    /// quarter or half ("a year ago" in an earnings report means the year-ago quarter).
    case fromReference(DateUnit, by: Int, quarterOnly: Bool)
    /// Whole units after (or before) the date last mentioned: "two weeks later", "a day earlier".
    /// Without a mentioned date that fine, the length of time `length` (P2W): what is counted from
    /// is then an event the text does not date ("ten days earlier, he had bought the rifle", "in
    /// 2019 ... three weeks later"), never the publication day nor a day mentioned before the
    /// coarser date.
    case fromMention(DateUnit, by: Int, length: String)
    /// The day, week, month, quarter or year of the date last mentioned, moved by whole units:
    /// "that year" (year, 0), "the next morning" (day, +1, morning); of the publication date when
    /// nothing was mentioned.
    case referenceUnit(DateUnit, by: Int, time: DateFields)
    /// The quarter under discussion ("the quarter", "the latest quarter"), shifted by years
    /// ("the year-ago quarter") or put in a given year ("the 1988 quarter"); without one, the
    /// last completed quarter (or the given year). `saysQuarter` when the word is "quarter", not
    /// "period" or "results".
    case quarterInContext(yearsBack: Int, year: Int?, saysQuarter: Bool)
    /// A clock time on a day counted from an event ("at 6 a.m. ten days before the shooting"):
    /// no value, since that day is neither the one last mentioned nor the publication day.
    case timeOnCountedDay
    /// PRESENT_REF, PAST_REF or FUTURE_REF.
    case reference(String)
    /// A length of time, by its TIMEX3 value: "two years" P2Y, "three hours" PT3H.
    case duration(String)
    /// A count of whole units after "in" ("in five years", "in three weeks"): in a clause that
    /// looks ahead ("would be redeemed in five years") the date that far from the publication
    /// date; otherwise the length of time `length` ("wrote two letters in two weeks").
    case ahead(DateUnit, by: Int, length: String)
    /// A recurring time, by its TIMEX3 value: "every week" P1W, "each Monday" XXXX-WXX-1.
    case recurrence(String)
    /// An accounting period of several quarters ("the nine months", "the first six months"), by
    /// its number of months: a duration (P9M), not a date; the year-ago figures after it ("up
    /// from $5 million a year earlier", "the year-ago period") are that year's, not a quarter's.
    case periodOfMonths(Int)
    /// The day a quarter just named ended ("the quarter ended Sept. 30"): dated as written, but
    /// the quarter stays what later expressions refer back to ("up from a year earlier").
    indirect case periodEnd(DateMeaning)
    /// A quarter named without a year and the day it ended ("the fourth quarter ended Sept. 30,
    /// 1988"): the quarter of that day's year. Companies number quarters by their own fiscal
    /// year, so the day, not the publication date, says which year's quarter it was.
    indirect case endedOn(DateMeaning, day: DateMeaning)
    /// A day of the month named by its ordinal alone ("on the 14th"): that day of the publication
    /// month, or of the month before or after when it is nearer by tense.
    case dayOfMonth(Int)
    /// A fixed day every year (Christmas), or a rule for one (Thanksgiving); the year is chosen
    /// like a month-day's.
    case holiday(Holiday)
}

/// Which way a year-less date leans from the publication date when the words say so.
enum Lean: Sendable, Hashable {
    /// "last November": the latest one before the current month (or season).
    case pastStrict
    /// "next spring": the first one after the current month (or season).
    case futureStrict
    /// "In January, ..." opening a sentence: the latest one begun by publication, unless the
    /// clause is in the future tense.
    case notAhead
}

/// Holidays news text names without a date.
enum Holiday: Sendable, Hashable {
    case fixed(month: Int, day: Int)
    /// The `nth` given weekday of a month (Thanksgiving: the fourth Thursday of November).
    case nthWeekday(month: Int, weekday: Int, nth: Int)
    /// US election day: the Tuesday after the first Monday of November.
    case electionDay
    case easter

    func date(in year: Int) -> CalendarDate {
        switch self {
        case .fixed(let m, let d):
            return CalendarDate(year: year, month: m, day: min(d, CalendarDate.daysIn(month: m, year: year)))
        case .nthWeekday(let m, let w, let n):
            let first = CalendarDate(year: year, month: m, day: 1)
            return first.adding(days: (w - first.weekday + 7) % 7 + 7 * (n - 1))
        case .electionDay:
            let first = CalendarDate(year: year, month: 11, day: 1)
            return first.adding(days: (1 - first.weekday + 7) % 7 + 1)
        case .easter:
            // Anonymous Gregorian computus.
            let a = year % 19
            let b = year / 100
            let c = year % 100
            let d = b / 4
            let e = b % 4
            let f = (b + 8) / 25
            let g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30
            let i = c / 4
            let k = c % 4
            let l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31
            let day = (h + l - 7 * m + 114) % 31 + 1
            return CalendarDate(year: year, month: month, day: day)
        }
    }
}
