import Testing

@testable import BylineNLP

/// Steps of whole units from another day ("two weeks later", "ten days before the shooting"):
/// a date only when the text dates what is counted from, otherwise a length of time, never a day
/// counted from the publication date (Friday 14 January 2022).
@Suite struct DateStepTests {
    static func found(_ text: String) -> [(String, String?, String)] {
        DateDurationTests.timexes(text)
    }

    static func check(
        _ text: String, _ expected: [(String, String?, String)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let got = found(text)
        #expect(got.count == expected.count, "\(text): \(got)", sourceLocation: sourceLocation)
        for (g, e) in zip(got, expected) {
            #expect(g.0 == e.0 && g.1 == e.1 && g.2 == e.2, "\(text): \(got)", sourceLocation: sourceLocation)
        }
    }

    @Test func aStepFromAnUndatedEventIsALength() {
        Self.check(
            "The gunman opened fire at the school. Ten days earlier, he had bought the rifle.",
            [("Ten days earlier", "P10D", "DURATION")])
        Self.check(
            "The dam burst without warning. Two weeks later, the valley was still flooded.",
            [("Two weeks later", "P2W", "DURATION")])
        Self.check(
            "The mayor said the bridge reopened three months after the storm.",
            [("three months", "P3M", "DURATION")])
    }

    @Test func aStepFromADatedDayIsThatDayMoved() {
        Self.check(
            "The plant closed on May 4, 2020. Two weeks later, workers marched on the town hall.",
            [("May 4, 2020", "2020-05-04", "DATE"), ("Two weeks later", "2020-05-18", "DATE")])
        Self.check(
            "The band formed in 2015. Two years later, it toured Japan.",
            [("2015", "2015", "DATE"), ("Two years later", "2017", "DATE")])
    }

    /// A step counted in weeks or days from a bare year has no day to land on.
    @Test func aStepFinerThanTheDateCountedFromIsALength() {
        Self.check(
            "The shop opened in 2019. Three weeks later, it was robbed.",
            [("2019", "2019", "DATE"), ("Three weeks later", "P3W", "DURATION")])
        // the year is what the step counts from, not the older day before it
        Self.check(
            "The mill shut on May 4, 2020. It had been built in 1911. Three weeks later, it burned.",
            [("May 4, 2020", "2020-05-04", "DATE"), ("1911", "1911", "DATE"), ("Three weeks later", "P3W", "DURATION")])
    }

    /// Told in the past tense, a step that would land after publication counts from something else.
    @Test func aPastStepPastPublicationIsALength() {
        Self.check(
            "Talks failed on Thursday. The firm was founded by two sisters. Five years later, it went public.",
            [("Thursday", "2022-01-13", "DATE"), ("Five years later", "P5Y", "DURATION")])
    }

    /// "a year earlier" compares figures with the year before publication, as in earnings reports.
    @Test func aYearEarlierStillComparesWithTheYearBeforePublication() {
        Self.check("Profit fell, compared with a year earlier.", [("a year earlier", "2021", "DATE")])
    }

    /// A clock time on a day counted from an event has no date; after a comma the count is an
    /// aside on the day already given.
    @Test func aTimeOnACountedDayIsUnresolved() {
        Self.check(
            "A jogger saw the van at 6 a.m. ten days before the shooting.",
            [("6 a.m.", nil, "TIME"), ("ten days", "P10D", "DURATION")])
        Self.check(
            "A jogger saw the van on Dec. 3 at 6 a.m., ten days before the shooting.",
            [
                ("Dec. 3", "2021-12-03", "DATE"), ("6 a.m.", "2021-12-03T06:00", "TIME"),
                ("ten days", "P10D", "DURATION"),
            ])
    }
}
