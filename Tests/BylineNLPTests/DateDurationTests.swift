import Testing

@testable import BylineNLP

/// Lengths of time (TIMEX3 DURATION) and recurring times (SET), with their types.
@Suite struct DateDurationTests {
    static let published = CalendarDate(year: 2022, month: 1, day: 14)

    /// (text, value, type) of every expression found in `text`.
    static func timexes(_ text: String) -> [(String, String?, String)] {
        DateRecognizer.standard.timexes(in: Document(text), anchor: published).map {
            ($0.mention.text, $0.mention.value, $0.type)
        }
    }

    static func check(
        _ text: String, _ expression: String, _ value: String, _ type: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = timexes(text)
        #expect(found.count == 1, "\(text): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.0 == expression, "\(text): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.1 == value, "\(text): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.2 == type, "\(text): \(found)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("He served for two years in the army.", "two years", "P2Y"),
        ("The meeting lasted 3 hours.", "3 hours", "PT3H"),
        ("Talks went on for 45 minutes.", "45 minutes", "PT45M"),
        // "a couple of" is two; "more" and "additional" leave the count as it is
        ("The road will be shut for a couple of weeks.", "a couple of weeks", "P2W"),
        ("Prices may climb over the next couple of years.", "the next couple of years", "P2Y"),
        ("The lease runs for 20 more years.", "20 more years", "P20Y"),
        ("The team stays for two more weeks.", "two more weeks", "P2W"),
        ("The loan was extended for an additional year.", "an additional year", "P1Y"),
        // a half is written in the next smaller unit
        ("The ferry crossing takes 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("The family camped there for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The siege lasted two and a half days.", "two and a half days", "P2DT12H"),
        ("The speech ran an hour and a half.", "an hour and a half", "PT1H30M"),
        ("The song lasts a minute and a half.", "a minute and a half", "PT1M30S"),
        ("Prices rose over the past three months.", "the past three months", "P3M"),
        ("The plan covers the next 18 months.", "the next 18 months", "P18M"),
        ("The strike lasted several weeks.", "several weeks", "PXW"),
        // an accounting period of several quarters
        // a bare plural unit after "for" or "within": the count is left unsaid
        ("Fans have queued for weeks.", "weeks", "PXW"),
        ("Talks could collapse within days.", "days", "PXD"),
        ("The inquiry should report within a year.", "a year", "P1Y"),
        ("For the nine months, net income rose 12%.", "the nine months", "P9M"),
        ("Sales fell in the first six months.", "the first six months", "P6M"),
        ("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "P9M"),
        ("It will take a few days.", "a few days", "PXD"),
        ("The lowest level in two decades.", "two decades", "P20Y"),
        ("Rates have not been this low for a decade.", "a decade", "P10Y"),
        ("They signed a two-year contract.", "two-year", "P2Y"),
        // the article belongs to the noun a hyphenated length describes
        ("The 48-hour walkout ended.", "48-hour", "PT48H"),
        // "-long" after a unit: one of it, or an unsaid number of them
        ("Talks resumed after a day-long break.", "day-long", "P1D"),
        ("The decades-long dispute was settled.", "decades-long", "PXY"),
        ("The deal was done in less than an hour.", "an hour", "PT1H"),
        ("She sat in parliament for twenty three years.", "twenty three years", "P23Y"),
        // quarters keep their own unit
        ("The bank lost money over the past two quarters.", "the past two quarters", "P2Q"),
        ("Margins shrank for several quarters.", "several quarters", "PXQ"),
        ("The firm came back after three quarters of losses.", "three quarters", "P3Q"),
        // "recent weeks" and "recent months" are a stretch of time up to publication
        ("Fuel prices have climbed in recent weeks.", "recent weeks", "PXW"),
        ("The mayor has travelled less in recent months.", "recent months", "PXM"),
    ])
    func durations(text: String, expression: String, value: String) {
        Self.check(text, expression, value, "DURATION")
    }

    @Test(arguments: [
        ("The committee meets every week.", "every week", "P1W"),
        ("Flights leave each Monday.", "each Monday", "XXXX-WXX-1"),
        ("The market opens every Sunday morning.", "every Sunday morning", "XXXX-WXX-7TMO"),
        ("Orangemen march each July.", "each July", "XXXX-07"),
        ("The census is held every ten years.", "every ten years", "P10Y"),
        // adverbs and adjectives of frequency
        ("Supporters have rallied almost daily since the verdict.", "daily", "P1D"),
        ("She gave her weekly radio address from the farm.", "weekly", "P1W"),
        ("Most of the staff are paid hourly.", "hourly", "PT1H"),
    ])
    func recurrences(text: String, expression: String, value: String) {
        Self.check(text, expression, value, "SET")
    }

    /// A frequency word naming a newspaper or measuring a quantity per unit is no recurring time.
    @Test(arguments: [
        "The party daily Pravda printed the letter in full.",
        "Turnover was a third of the average daily volume.",
    ])
    func frequencyWordsThatAreNotSets(text: String) {
        #expect(Self.timexes(text).isEmpty, "\(text): \(Self.timexes(text))")
    }

    /// Ages, rates, titles and distances in time from an event are not lengths of time.
    @Test(arguments: [
        "Mr. Smith, 52 years old, will retire.",
        "The bonds pay $1.76 a year in dividends.",
        "Four flights a week serve the route.",
        "He spoke on '60 Minutes' last night.",
        // a share of something, not a length of time
        "The island buys three-quarters of its grain abroad.",
        "Farmers lost more than a quarter of the harvest.",
        "Three quarters of the voters stayed at home.",
    ])
    func notDurations(text: String) {
        #expect(!Self.timexes(text).contains { $0.2 == "DURATION" }, "\(text): \(Self.timexes(text))")
    }

    /// Dates keep their DATE type, times their TIME type.
    @Test func datesAndTimesKeepTheirTypes() {
        #expect(Self.timexes("It rained on Jan 13 at 9am.").map(\.2) == ["DATE", "TIME"])
        #expect(Self.timexes("Three days ago it rained.").map(\.2) == ["DATE"])
    }

    /// The present, the past and the future are dates: the T of PRESENT_REF is no time of day.
    @Test func referencesAreDates() {
        #expect(Self.timexes("Prices are now falling.").map(\.2) == ["DATE"])
        #expect(Self.timexes("The firm recently moved.").map(\.2) == ["DATE"])
        #expect(Self.timexes("Nobody knows the future.").map(\.2) == ["DATE"])
        #expect(Self.timexes("The vote closes tomorrow morning.").map(\.2) == ["TIME"])
    }

    /// A count after "in" is a date ahead when the clause looks ahead, a length of time otherwise.
    @Test(arguments: [
        ("The bonds will be repaid in three years.", "three years", "2025", "DATE"),
        ("The new line would open in 6 months, the operator said.", "6 months", "2022-07", "DATE"),
        ("She will return to the court in two weeks.", "two weeks", "2022-W04", "DATE"),
        ("The board will decide in 10 days.", "10 days", "2022-01-24", "DATE"),
        ("He wrote four novels in two years.", "two years", "P2Y", "DURATION"),
        ("The team scored twice in 5 minutes.", "5 minutes", "PT5M", "DURATION"),
    ])
    func countAfterIn(text: String, expression: String, value: String, type: String) {
        Self.check(text, expression, value, type)
    }

    /// Without a publication date the date ahead stays unknown; it is still a date.
    @Test func countAfterInWithoutPublicationDate() {
        let found = DateRecognizer.standard.timexes(
            in: Document("The loan will be repaid in three years."), anchor: nil)
        #expect(found.map(\.mention.text) == ["three years"])
        #expect(found.map(\.mention.value) == [nil])
        #expect(found.map(\.type) == ["DATE"])
    }

    /// "will one day" is some time ahead, not a day long; "for one day" is still a day.
    @Test func oneDayAfterAModal() {
        Self.check("Engineers believe the car could one day fly.", "one day", "FUTURE_REF", "DATE")
        Self.check("The museum closed for one day.", "one day", "P1D", "DURATION")
    }

    /// "The year ended March 31" spans two calendar years; a plain "the year" is still a date.
    @Test func yearEndedOnADayIsADuration() {
        #expect(
            Self.timexes("Profit for the year ended March 31 doubled.").map { "\($0.0) \($0.1 ?? "nil") \($0.2)" } == [
                "the year P1Y DURATION", "March 31 2021-03-31 DATE",
            ])
        #expect(
            Self.timexes("It expects a loss in the fiscal year ending June 30.").map { "\($0.0) \($0.2)" } == [
                "the fiscal year DURATION", "June 30 DATE",
            ])
        #expect(Self.timexes("Sales for the year rose 5%.").map(\.1) == ["2022"])
    }
}
