import Testing

@testable import BylineNLP

/// Expressions resolved against a date the text mentioned before them rather than the
/// publication date (Friday 14 January 2022).
@Suite struct DateReferenceTests {
    static func found(_ text: String) -> [(String, String?)] { DateValueTests.dates(text) }

    @Test(arguments: [
        (
            "Stocks closed higher on Thursday, up 4% from the previous Thursday.",
            [("Thursday", "2022-01-13"), ("the previous Thursday", "2022-01-06")]
        ),
        (
            "The court met on Jan. 3 and ruled the following Monday.",
            [("Jan. 3", "2022-01-03"), ("the following Monday", "2022-01-10")]
        ),
        (
            "Profit rose in the third quarter. Sales for last year's quarter were flat.",
            [("the third quarter", "2021-Q3"), ("last year's quarter", "2020-Q3")]
        ),
        (
            "Profit rose in the third quarter, up from the corresponding period last year.",
            [("the third quarter", "2021-Q3"), ("the corresponding period last year", "2020-Q3")]
        ),
        (
            "Profit rose in the third quarter. For the nine months, the bakery said on Friday, it made $9 million, up from $7 million a year earlier.",
            [
                ("the third quarter", "2021-Q3"), ("the nine months", "P9M"), ("Friday", "2022-01-14"),
                ("a year earlier", "2020"),
            ]
        ),
        (
            "The bakery lost money in the third quarter. This quarter's loss includes a fire.",
            [("the third quarter", "2021-Q3"), ("This quarter", "2021-Q3")]
        ),
        (
            "Profit rose in the third quarter. For the quarter a year ago, it lost money.",
            [("the third quarter", "2021-Q3"), ("the quarter a year ago", "2020-Q3")]
        ),
        ("They met the day before last Tuesday's hearing.", [("the day before last Tuesday's", "2022-01-10")]),
        ("Shops reopened the day after Christmas.", [("the day after Christmas", "2021-12-26")]),
    ])
    func countedFromTheDateBefore(text: String, expected: [(String, String)]) {
        let found = Self.found(text)
        #expect(found.map(\.0) == expected.map(\.0), "\(text): \(found)")
        #expect(found.map(\.1) == expected.map(\.1), "\(text): \(found)")
    }

    /// A company's quarters follow its fiscal year, so the day a quarter ended gives its year.
    @Test func aQuarterTakesTheYearOfTheDayItEnded() {
        let written = Self.found(
            "The mill lost $2 million in the fourth quarter ended June 30, 2020. Costs for that quarter rose.")
        #expect(written.map(\.1) == ["2020-Q4", "2020-06-30", "2020-Q4"], "\(written)")
        let undated = DateValueTests.dates("Sales fell in the fourth quarter ended June 30, 2020.", published: nil)
        #expect(undated.map(\.1) == ["2020-Q4", "2020-06-30"], "\(undated)")
        // a day without a year after "ended" is the last one already past
        let yearless = Self.found("The chain earned $4 million in its second quarter ended Jan. 31.")
        #expect(yearless.map(\.1) == ["2021-Q2", "2021-01-31"], "\(yearless)")
        // a quarter "ending" on a day still to come is this year's
        let ahead = Self.found("The chain expects a profit in the second quarter ending March 31.")
        #expect(ahead.map(\.1) == ["2022-Q2", "2022-03-31"], "\(ahead)")
    }

    @Test func aPartOfDayWithoutADayFallsOnTheDayLastMentioned() {
        #expect(
            Self.found("The shelling began on Wednesday. By late afternoon, roads were shut.").map(\.1)
                == ["2022-01-12", "2022-01-12TAF"])
        // the day of "the early morning hours of Thursday" comes after it
        #expect(Self.found("He died in the early morning hours of Thursday.").map(\.0) == ["Thursday"])
    }

    @Test func aTimeWithoutADayFallsOnTheDayLastMentioned() {
        #expect(
            Self.found("The blast came on Wednesday. It was heard at 9 p.m. across town.").map(\.1)
                == ["2022-01-12", "2022-01-12T21:00"])
        #expect(Self.found("It was heard at 9 p.m. across town.").map(\.1) == ["2022-01-14T21:00"])
    }

    /// The second day of "April 24 and 25" takes the month of the first; a number that goes on
    /// into a noun phrase is a count.
    @Test func aSecondDayTakesTheMonthBeforeIt() {
        #expect(Self.found("The summit will be held on April 24 and 25.").map(\.1) == ["2022-04-24", "2022-04-25"])
        #expect(Self.found("On April 24 and 25 people were hurt.").map(\.0) == ["April 24"])
    }

    /// The first day of "between 2 and 6 March" takes the month of the day after it; an amount
    /// before "to" is no day.
    @Test func aFirstDayTakesTheMonthAfterIt() {
        #expect(
            Self.found("The poll was taken between 2 and 6 March.").map { "\($0.0) \($0.1 ?? "nil")" } == [
                "2 2022-03-02", "6 March 2022-03-06",
            ])
        #expect(Self.found("Hearings run from 10 to 12 May.").map(\.1) == ["2022-05-10", "2022-05-12"])
        #expect(Self.found("Fares rose from $5 to 9 May's level.").map(\.0) == ["9 May"])
        #expect(Self.found("Scores of 8 and 7 June were the best.").map(\.0) == ["7 June"])
    }

    /// A capital "On" after a clock time opens the next sentence: its date is not the time's day.
    @Test func aClockTimeStopsBeforeTheNextSentence() {
        #expect(
            Self.found("Figures are due at 8:30 a.m. On June 3, 2021, they were late.").map {
                "\($0.0) \($0.1 ?? "nil")"
            }
                == ["8:30 a.m. 2022-01-14T08:30", "June 3, 2021 2021-06-03"])
    }
}
