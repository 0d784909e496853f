import BylineNLP
import Testing

/// TIMEX3 values read as words, the way screens and tables show them.
@Suite struct DateWordsTests {
    @Test(arguments: [
        ("PRESENT_REF", "now"), ("PAST_REF", "the past"), ("FUTURE_REF", "the future"),
        ("2022", "2022"), ("199", "the 1990s"), ("19", "the 20th century"), ("20", "the 21st century"),
        ("2022-01", "January 2022"), ("2022-01-14", "14 January 2022"), ("2021-Q3", "the third quarter of 2021"),
        ("2020-H1", "the first half of 2020"), ("2022-SU", "summer 2022"), ("2022-W02", "the week of 10 January 2022"),
        ("2022-W02-WE", "the weekend of 15 January 2022"), ("2022-01-14TMO", "14 January 2022, morning"),
        ("2022-01-14T09:30", "14 January 2022, 09:30"), ("2022-02-01T24:00", "1 February 2022, midnight"),
    ])
    func points(value: String, words: String) {
        #expect(DateWords.words(for: value) == words)
    }

    /// The first day and length of a calendar value, which order a timeline.
    @Test(arguments: [
        ("20", 2000, 1, 1, 36_525), ("199", 1990, 1, 1, 3_652), ("2022", 2022, 1, 1, 365),
        ("2022-H2", 2022, 7, 1, 181), ("2022-Q4", 2022, 10, 1, 91), ("2022-WI", 2022, 12, 1, 91),
        ("2022-SP", 2022, 3, 1, 91), ("2022-03", 2022, 3, 1, 30), ("2022-W01", 2022, 1, 3, 7),
        ("2020-W53-WE", 2021, 1, 2, 2), ("2022-03-07", 2022, 3, 7, 1), ("2022-03-07T09:30", 2022, 3, 7, 0),
    ])
    func starts(value: String, year: Int, month: Int, day: Int, days: Int) {
        let s = DateWords.start(of: value)
        #expect(
            s?.day == CalendarDate(year: year, month: month, day: day) && s?.days == days, "\(String(describing: s))")
    }

    @Test func onlyCalendarValuesHaveAStart() {
        for v in ["P2Y", "XXXX-WXX-1", "PRESENT_REF", "2022-Q5", "2022-13", "12345", ""] {
            #expect(DateWords.start(of: v) == nil, "\(v)")
        }
    }

    @Test(arguments: [
        ("P2Y", "2 years"), ("P1Y", "1 year"), ("PT3H", "3 hours"), ("PT30M", "30 minutes"), ("P3M", "3 months"),
        ("P1Y6M", "1 year 6 months"), ("PXY", "years"), ("P1DE", "1 decade"), ("P2CE", "2 centuries"),
        ("P1WE", "1 weekend"), ("P1.5Y", "1.5 years"), ("P1W", "1 week"),
    ])
    func durations(value: String, words: String) {
        #expect(DateWords.words(for: value) == words)
    }

    @Test(arguments: [
        ("XXXX-WXX-1", "every Monday"), ("XXXX-WXX-7", "every Sunday"), ("XXXX-XX-XX", "every day"),
        ("XXXX-WXX-1TEV", "every Monday evening"), ("XXXX-XX", "every month"),
    ])
    func recurrences(value: String, words: String) {
        #expect(DateWords.words(for: value) == words)
    }

    /// An unresolved date says so; a value of an unknown shape is shown as it is rather than
    /// guessed at.
    @Test func unresolvedAndUnknownValues() {
        #expect(DateWords.words(for: nil) == "date unknown")
        #expect(DateWords.words(for: "") == "date unknown")
        #expect(DateWords.words(for: "this year") == "this year")
        #expect(DateWords.words(for: "P") == "P")
        #expect(DateWords.words(for: "2022-13") == "2022-13")
        #expect(DateWords.words(for: "XXXX-WXX-9") == "XXXX-WXX-9")
    }
}
