import Testing
@testable import BylineNLP

/// Words and numbers that look like dates but are not.
@Suite struct DateFalseFriendsTests {
    static func found(_ text: String) -> [String] {
        DateRecognizer.standard.recognize(Document(text), anchor: CalendarDate(year: 2022, month: 1, day: 14)).map(\.text)
    }

    @Test(arguments: [
        "North Korea may be seeking attention.",
        "May I ask a question?",
        "Protesters march on the capital.",
        "The march drew thousands.",
        "An august body of scholars met.",
        "Theresa May spoke to reporters.",
        "The Good Friday Agreement still holds.",
        "She reads the Sunday Times.",
        "The company sold 2000 shares.",
        "He paid $1999 for the ticket.",
        "Prices rose 2020 percent.",
        "Arsenal won 2-1 against Chelsea.",
        "The score was 3:1 at half time.",
        "He is in his 30s.",
        "They watched High Noon again.",
        "The Orion 1980 venture failed.",
        "Room 1204 was empty.",
        "Call 555 1990 for details.",
        "They spoke on \"This Week\" on television.",
        "The recent talks failed.",
        "",
    ])
    func notDates(text: String) {
        #expect(Self.found(text).isEmpty, "\(text): \(Self.found(text))")
    }

    @Test func monthsNextToDaysAndYearsAreDates() {
        #expect(Self.found("It may rain on May 5.") == ["May 5"])
        #expect(Self.found("They will march in March 2022.") == ["March 2022"])
        #expect(Self.found("Polls opened in May.") == ["May"])
    }

    @Test func oddInputDoesNotCrash() {
        let texts = ["Jan", "Thursday (", "on 99/99/9999", "at 25:99", "Feb 30, 2022", "the", "0000-00-00",
                     "\u{0}\u{7}Friday\u{1b}", "mid-", "'", "Q9 2022", String(repeating: "Jan 1 ", count: 2000)]
        for t in texts { _ = Self.found(t) }
        #expect(Self.found("Feb 30, 2022").isEmpty || DateRecognizer.standard.recognize(Document("Feb 30, 2022"), anchor: nil).allSatisfy { $0.value == nil })
    }
}
