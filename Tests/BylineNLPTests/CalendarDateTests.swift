import Testing

@testable import BylineNLP

@Suite struct CalendarDateTests {
    @Test func weekdaysAndArithmetic() {
        let d = CalendarDate(year: 2022, month: 1, day: 14)
        #expect(d.weekday == 5)  // Friday
        #expect(d.adding(days: -2).description == "2022-01-12")
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(CalendarDate(year: 2024, month: 2, day: 28).adding(days: 1).description == "2024-02-29")
        #expect(d.isoWeek.week == 2)
        #expect(CalendarDate(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
        #expect(CalendarDate(iso: "2022-02-30") == nil)
    }
}
