import Testing

@testable import BylineNLP

/// Expression -> TIMEX3 value tables for a fixed publication date, Friday 14 January 2022.
@Suite struct DateValueTests {
    static let published = CalendarDate(year: 2022, month: 1, day: 14)

    /// The (text, value) of every date found in `text`.
    static func dates(_ text: String, published: CalendarDate? = published) -> [(String, String?)] {
        DateRecognizer.standard.recognize(Document(text), anchor: published).map { ($0.text, $0.value) }
    }

    /// The value of the single date expected in `text`, checking its extent too.
    static func check(
        _ text: String, _ expression: String, _ value: String?, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = dates(text)
        #expect(found.count == 1, "\(text): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.0 == expression, "\(text): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.1 == value, "\(text): \(found)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("The launch came on Jan 11, 2022, officials said.", "Jan 11, 2022", "2022-01-11"),
        ("It was signed on 11 January 2022 in Geneva.", "11 January 2022", "2022-01-11"),
        ("The filing is dated 2022-01-11.", "2022-01-11", "2022-01-11"),
        ("The form was stamped 1/11/2022 by the clerk.", "1/11/2022", "2022-01-11"),
        ("The form was stamped 25/12/2021 by the clerk.", "25/12/2021", "2021-12-25"),
        ("He was born on March 5, 1946, in Ohio.", "March 5, 1946", "1946-03-05"),
        ("Talks resumed on Sept. 27, 1989.", "Sept. 27, 1989", "1989-09-27"),
    ])
    func fullDates(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    @Test(arguments: [
        ("The test took place on Jan 13.", "Jan 13", "2022-01-13"),
        ("The deadline falls on Feb. 20.", "Feb. 20", "2022-02-20"),
        ("The vote is on March eighth.", "March eighth", "2022-03-08"),
        ("Sales collapsed in December.", "December", "2021-12"),
        ("The vote was held in May.", "May", "2021-05"),
        ("The company was founded in 2022.", "2022", "2022"),
        ("Prices soared in the 1990s.", "the 1990s", "199"),
        ("Music of the '80s is back.", "'80s", "198"),
        ("The plant opens in mid-2021.", "mid-2021", "2021"),
        ("It closed in January 2021.", "January 2021", "2021-01"),
        ("Profit rose in the third quarter.", "the third quarter", "2021-Q3"),
        ("Output fell in the first half of 2020.", "the first half of 2020", "2020-H1"),
        ("Revenue in Q3 2021 was flat.", "Q3 2021", "2021-Q3"),
        ("It hardly rained this summer.", "this summer", "2022-SU"),
        ("It snowed a lot last winter.", "last winter", "2021-WI"),
        ("They met at Christmas.", "Christmas", "2021-12-25"),
        ("Pilgrims will gather in Easter week.", "Easter week", "2022-W15"),
        ("The world changed in the 20th century.", "the 20th century", "19"),
        ("That was nineteen ninety-seven.", "nineteen ninety-seven", "1997"),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("Oil fell that low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("It froze in the winter of 1994.", "the winter of 1994", "1994-WI"),
        ("A hearing is set for the week of March 7.", "the week of March 7", "2022-W10"),
        ("Profit rose in the fiscal-first quarter.", "the fiscal-first quarter", "2022-Q1"),
        ("Demand should hold through the first two quarters of 2023.", "the first two quarters of 2023", "2023-H1"),
        ("Sales were flat in the last half of the '80s.", "the last half of the '80s", "198"),
        ("Sales soared in the first half of the 1990s.", "the first half of the 1990s", "199"),
        ("The firm is selling itself under a June agreement with holders.", "June", "2021-06"),
    ])
    func partialDates(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    @Test(arguments: [
        ("Officials said on Wednesday that talks failed.", "Wednesday", "2022-01-12"),
        ("The agency reported it early Friday.", "early Friday", "2022-01-14"),
        ("He arrived last Tuesday.", "last Tuesday", "2022-01-11"),
        ("He will arrive on Tuesday.", "Tuesday", "2022-01-18"),
        ("The team is set to leave on Thursday.", "Thursday", "2022-01-20"),
        ("The summit opens next Friday.", "next Friday", "2022-01-21"),
        ("The father could arrive as early as Tuesday.", "Tuesday", "2022-01-18"),
        ("He said on Thursday (Jan 13) that talks failed.", "Thursday (Jan 13)", "2022-01-13"),
        ("She spoke on Monday, Jan. 10, in Seoul.", "Monday, Jan. 10", "2022-01-10"),
        ("The strike began on Monday's early shift.", "Monday's", "2022-01-10"),
    ])
    func weekdays(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    @Test(arguments: [
        ("Markets rallied today.", "today", "2022-01-14"),
        ("Markets fell yesterday.", "yesterday", "2022-01-13"),
        ("Markets open tomorrow.", "tomorrow", "2022-01-15"),
        ("The talks ended last week.", "last week", "2022-W01"),
        ("The talks resume next month.", "next month", "2022-02"),
        ("Sales grew last year.", "last year", "2021"),
        ("Sales grew earlier this year.", "earlier this year", "2022"),
        ("He left two days ago.", "two days ago", "2022-01-12"),
        ("He left three weeks ago.", "three weeks ago", "2021-W51"),
        ("Then, a week or so ago, the general moved.", "a week or so ago", "2022-W01"),
        ("The plant shut five years ago.", "five years ago", "2017"),
        ("Crowds are expected this weekend.", "this weekend", "2022-W02-WE"),
        ("Things are different now.", "now", "PRESENT_REF"),
        ("He is currently abroad.", "currently", "PRESENT_REF"),
        ("She recently moved.", "recently", "PAST_REF"),
        ("The council may soon raise parking fees.", "soon", "FUTURE_REF"),
        ("The bakery soon will open a second shop.", "soon", "FUTURE_REF"),
        ("The club hopes its members to soon number a thousand.", "soon", "FUTURE_REF"),
        ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
        ("Fishermen worry about the future of the harbour in the future.", "the future", "FUTURE_REF"),
        ("The concert was postponed to a later date.", "a later date", "FUTURE_REF"),
        ("Talks on fishing rights will resume at a later stage.", "a later stage", "FUTURE_REF"),
        ("The bridge flooded twice, most recently last March.", "last March", "2021-03"),
        ("Holders could buy shares at the then current price.", "then current", "PAST_REF"),
        ("Holders could buy shares at the then-current price.", "then-current", "PAST_REF"),
        ("The storm hit last night.", "last night", "2022-01-13TNI"),
        ("Rain is forecast for this morning.", "this morning", "2022-01-14TMO"),
        ("Profit fell, compared with a year earlier.", "a year earlier", "2021"),
        ("Sales should double by the end of the year.", "the end of the year", "2022"),
        ("Emissions will halve by the end of the decade.", "the end of the decade", "202"),
    ])
    func relativeExpressions(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    @Test func theEndOfYearsInThePluralIsNoYear() {
        let found = Self.dates("Rebuilding began at the end of the years of war.")
        #expect(!found.contains { $0.1 == "2022" || $0.1 == "202" }, "\(found)")
    }

    @Test(arguments: [
        ("The launch was at 9am local time.", "9am", "2022-01-14T09:00"),
        ("The ship docked at 10.30pm.", "10.30pm", "2022-01-14T22:30"),
        ("Trading halted at 14:00 GMT.", "14:00 GMT", "2022-01-14T14:00"),
        ("The blast was heard at 10:35 a.m. in the capital.", "10:35 a.m.", "2022-01-14T10:35"),
        ("The rally was held on Friday afternoon.", "Friday afternoon", "2022-01-14TAF"),
        ("Polls closed at 9 p.m. Wednesday.", "9 p.m. Wednesday", "2022-01-12T21:00"),
        ("They met at noon yesterday.", "noon yesterday", "2022-01-13T12:00"),
        ("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "2022-01-13TAF"),
        ("The rain stopped late morning Wednesday.", "late morning Wednesday", "2022-01-12TMO"),
        ("By mid afternoon, officials were saying the road was open.", "mid afternoon", "2022-01-14TAF"),
        ("The polls closed at 2010 GMT.", "2010 GMT", "2022-01-14T20:10"),
        ("Counting began at 0730 BST on Friday.", "0730 BST on Friday", "2022-01-14T07:30"),
        ("The ceasefire starts at midnight on 1 February.", "midnight on 1 February", "2022-02-01T24:00"),
        ("The talks resume at noon on March 3.", "noon on March 3", "2022-03-03T12:00"),
    ])
    func times(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    /// The same time in another zone, in brackets, does not part a time from its day.
    @Test func aTimeInAnotherZoneKeepsTheDay() {
        #expect(
            Self.dates("Polls shut at 9pm local time (1400 GMT) on Monday.").map { "\($0.0) \($0.1 ?? "nil")" } == [
                "9pm 2022-01-10T21:00", "Monday 2022-01-10",
            ])
    }

    /// A holiday a few days ahead is the coming one even in a past-tense clause, as a month is.
    @Test func aHolidayDaysAheadIsTheComingOne() {
        let found = Self.dates(
            "Crowds sang as Easter week began.", published: CalendarDate(year: 2000, month: 4, day: 18))
        #expect(found.map(\.1) == ["2000-W16"])
    }

    @Test func aTimeTakesTheDayAfterItsOtherZone() {
        let found = Self.dates("The blast came at 10:35 a.m. (0735 GMT) Wednesday, officials said.")
        #expect(found.map(\.0) == ["10:35 a.m.", "Wednesday"])
        #expect(found.map(\.1) == ["2022-01-12T10:35", "2022-01-12"])
    }

    @Test func quarterUnderDiscussionCarriesThrough() {
        let found = Self.dates(
            "Profit rose in the third quarter of 2021. In the year-ago quarter, it fell. The quarter was hard.")
        #expect(found.map(\.1) == ["2021-Q3", "2020-Q3", "2021-Q3"])
    }

    /// A named quarter a year back is one expression, dated a year before that quarter's latest
    /// occurrence, and the quarter under discussion stays the reported one.
    @Test(arguments: [
        (
            "Profit rose in the fourth quarter. In the year-ago fourth quarter, it fell. The quarter was strong.",
            ["2021-Q4", "2020-Q4", "2021-Q4"]
        ),
        ("Sales fell from the year-earlier second half.", ["2020-H2"]),
    ])
    func namedQuarterAYearBack(text: String, values: [String]) {
        #expect(Self.dates(text).map(\.1) == values, "\(text): \(Self.dates(text))")
    }

    /// The period a report is about is the latest finished one it names, not a passing mention
    /// of an earlier or unfinished one.
    @Test(arguments: [
        (
            "Profit rose in the third quarter. After a flat second quarter, sales recovered. In the year-earlier period, profit fell.",
            ["2021-Q3", "2021-Q2", "2020-Q3"]
        ),
        (
            "Profit rose in the fourth quarter. It expects a first-quarter charge. The quarter was strong.",
            ["2021-Q4", "2022-Q1", "2021-Q4"]
        ),
    ])
    func quarterUnderDiscussionIsTheReportedOne(text: String, values: [String]) {
        #expect(Self.dates(text).map(\.1) == values)
    }

    /// After a period of several quarters ("the nine months"), year-ago figures are the year's
    /// until a quarter is named again; the period itself is a duration of that many months.
    @Test(arguments: [
        (
            "Profit rose in the third quarter. For the nine months, net fell from a year earlier.",
            ["2021-Q3", "P9M", "2020"]
        ),
        (
            "Profit rose in the third quarter. In the first nine months, net fell from $3 million in the 2020 period. The year-ago results were restated.",
            ["2021-Q3", "P9M", "2020", "2020"]
        ),
        (
            "Profit rose in the third quarter. In the latest nine months, sales rose. In the year-ago quarter, sales fell.",
            ["2021-Q3", "P9M", "2020-Q3"]
        ),
        (
            "Profit rose in the third quarter. For the nine months, net fell. In the fourth quarter, sales rose from a year earlier.",
            ["2021-Q3", "P9M", "2021-Q4", "2020-Q4"]
        ),
        // a quarter not yet ended is no period reported on, but its year still dates the figures
        (
            "Sales rose in the first quarter. For the nine months, net fell from a year earlier.",
            ["2022-Q1", "P9M", "2021"]
        ),
    ])
    func yearAgoAfterSeveralQuartersIsAYear(text: String, values: [String]) {
        #expect(Self.dates(text).map(\.1) == values, "\(text): \(Self.dates(text))")
    }

    /// The day a quarter ended dates that quarter; the quarter stays what "a year earlier" means.
    @Test func theDayAQuarterEndedLeavesTheQuarterUnderDiscussion() {
        let found = Self.dates("Net rose in the third quarter ended Sept. 30, from $3 million a year earlier.")
        #expect(found.map(\.1) == ["2021-Q3", "2021-09-30", "2020-Q3"])
    }

    /// A period that "ended" on a day is reported after it: the day is the last one already past,
    /// even a few weeks before that day comes round again; "ending" can look ahead.
    @Test func aDayAPeriodEndedIsPast() {
        #expect(Self.dates("Its lease ended Feb. 28.").map(\.1) == ["2021-02-28"])
        #expect(Self.dates("Its lease ends Feb. 28.").map(\.1) == ["2022-02-28"])
        #expect(Self.dates("Profit for the year ended March 31 doubled.").map(\.1) == ["P1Y", "2021-03-31"])
        #expect(Self.dates("It expects a loss for the year ending March 31.").map(\.1) == ["P1Y", "2022-03-31"])
    }

    /// A month or a day with its year in words or after a comma is one expression in that year.
    @Test(arguments: [
        ("The pair were arrested in January of last year.", "January of last year", "2021-01"),
        ("The plant opened on March 20 last year.", "March 20 last year", "2021-03-20"),
        ("The strike began on December 22, last year.", "December 22, last year", "2021-12-22"),
        ("He was detained in March, 2018, officials said.", "March, 2018", "2018-03"),
        ("A vote is planned for June of next year.", "June of next year", "2023-06"),
    ])
    func monthsWithTheirYear(text: String, expression: String, value: String) {
        Self.check(text, expression, value)
    }

    /// "that day" and "the previous day" go back to the last day mentioned, past a year mentioned
    /// in between.
    @Test func thatDaySkipsAYearMentionedSince() {
        let found = Self.dates(
            "Ministers met on Tuesday to plan a line built by 2030. Earlier that day, a deal was signed.")
        #expect(found.map(\.1) == ["2022-01-11", "2030", "2022-01-11"])
    }

    /// "the eighth day" of something that is going on now is today.
    @Test func theNthDayOfSomethingGoingOnIsToday() {
        #expect(Self.dates("Today is the eighth day of the strike.").map(\.1) == ["2022-01-14", "2022-01-14"])
        #expect(Self.dates("It's the second day of the offensive.").map(\.0) == ["the second day"])
        #expect(Self.dates("The first day of the trial was calm.").isEmpty)
    }

    /// A figure "last year" in an earnings report compares with the year-ago quarter, like one
    /// "a year ago"; without a quarter under discussion it is last year.
    @Test(arguments: [
        (
            "Profit rose in the third quarter. Earnings were $5 million, compared with $3 million last year.",
            ["2021-Q3", "2020-Q3"]
        ),
        ("Profit rose in the third quarter, up from last year's $3 million.", ["2021-Q3", "2020-Q3"]),
        ("Sales were $2 million last year.", ["2021"]),
        ("Profit rose in the third quarter. The firm was founded last year.", ["2021-Q3", "2021"]),
        ("Sales rose 8% in the latest fiscal year.", ["2021"]),
        ("It will pay twice as much this year as last.", ["2022", "2021"]),
    ])
    func aFigureLastYear(text: String, values: [String]) {
        #expect(Self.dates(text).map(\.1) == values, "\(text): \(Self.dates(text))")
    }

    @Test func aYearEarlierFollowsTheDateLastMentioned() {
        let found = Self.dates("The fund closed on Sept. 30, 2021, up from a year earlier.")
        #expect(found.map(\.1) == ["2021-09-30", "2020-09-30"])
    }

    /// Four figures before a time zone are a time even where a year would fit, but the same time
    /// given again in another zone is not a second expression.
    @Test func fourFiguresBeforeAZoneAreAClockTime() {
        #expect(Self.dates("The result came in 2010 GMT figures.").map(\.1) == ["2022-01-14T20:10"])
        #expect(Self.dates("It went off at 10:35 a.m. (0735 GMT).").map(\.0) == ["10:35 a.m."])
        #expect(Self.dates("The law passed in 2010.").map(\.1) == ["2010"])
    }

    @Test func valuesNeedingAnAnchorAreNilWithoutOne() {
        let found = Self.dates("On Jan 11, 2022, and on Wednesday, markets fell; now they rise.", published: nil)
        #expect(found.map(\.1) == ["2022-01-11", nil, "PRESENT_REF"])
    }
}
