import Testing

@testable import BylineNLP

/// Ranges of days ("June 3-9", "Dec. 1 to 3, 2021") and a day of the month named by its ordinal
/// alone ("on the 14th"), published Friday 14 January 2022.
@Suite struct DateRangeTests {
    static func dates(_ text: String) -> [String] {
        DateValueTests.dates(text).map { "\($0.0)=\($0.1 ?? "nil")" }
    }

    @Test(arguments: [
        // a range written as one token is dated by its first day
        ("The book fair runs June 3-9 at the old market.", ["June 3-9=2021-06-03"]),
        ("The ferry stopped Dec. 1-3, 2021 for repairs.", ["Dec. 1-3, 2021=2021-12-01"]),
        ("Roadworks will close the bridge 3-9 June.", ["3-9 June=2022-06-03"]),
        // written apart, both days are dates, and a year after the second belongs to both
        ("Hearings ran from May 4 to 8, 2021 in the capital.", ["May 4=2021-05-04", "8, 2021=2021-05-08"]),
        ("The Jan 5 – 7 talks ended without a deal.", ["Jan 5=2022-01-05", "7=2022-01-07"]),
        ("Voting is open March 1 through 3.", ["March 1=2022-03-01", "3=2022-03-03"]),
        // an amount after the second number is not a day
        ("Turnout rose on Jan 10 to 12 percent.", ["Jan 10=2022-01-10"]),
        // a later day is needed after "to"
        ("Prices fell on Jan 12 to 3 dollars.", ["Jan 12=2022-01-12"]),
    ])
    func ranges(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("The council votes on the 20th.", ["the 20th=2022-01-20"]),
        ("Payments were made by the 3rd, the bank said.", ["the 3rd=2022-01-03"]),
        ("The ferry sailed on the 28th when the storm passed.", ["the 28th=2021-12-28"]),
        ("She arrives on the 2nd at the airport.", ["the 2nd=2022-01-02"]),
    ])
    func dayOfTheMonth(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected, "\(text)")
    }

    @Test func partOfTheDayUnderDiscussion() {
        #expect(
            Self.dates("The market opened on Wednesday. Buyers came back in the afternoon.") == [
                "Wednesday=2022-01-12", "the afternoon=2022-01-12TAF",
            ])
        #expect(Self.dates("Shelling went on during the night.") == ["the night=2022-01-14TNI"])
        // "the morning of" names another day; "the morning hours" is not a point
        #expect(Self.dates("He was seen in the morning of his arrest.").isEmpty)
    }

    @Test func pastSpanningSeveralUnits() {
        #expect(Self.dates("Tension has grown in recent weeks and months.") == ["recent weeks and months=PAST_REF"])
        #expect(Self.dates("Crime fell in recent years.") == ["recent years=PAST_REF"])
    }

    @Test(arguments: [
        "The chapel dates from the 14th century.",
        "Her office is on the 3rd floor of the tower.",
        "He finished the 14th of 20 riders.",
        "It was the 21st anniversary of the merger.",
        "The 2nd battalion moved north.",
    ])
    func ordinalsThatAreNotDays(text: String) {
        #expect(!Self.dates(text).contains { $0.hasPrefix("the ") && !$0.contains("century") }, "\(text)")
    }
}
