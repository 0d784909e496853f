import Testing

@testable import BylineNLP

/// Words and numbers that look like dates but are not.
@Suite struct DateFalseFriendsTests {
    static func found(_ text: String) -> [String] {
        DateRecognizer.standard.recognize(Document(text), anchor: CalendarDate(year: 2022, month: 1, day: 14)).map(
            \.text)
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
        "Refugees want to go home as soon as the fighting stops.",
        "The minister resigned soon after the vote.",
        "The driver was soon released by the police.",
        "Prices soon became a worry for the bakers.",
        "The story ran in USA Today.",
        "You are listening to VOA Today.",
        "The town marked a quarter century of its festival.",
        "She ran the quarter mile in record time.",
        "The 1000 megawatt cable runs under the sea.",
        "The story was first reported by the Baltimore Sun.",
        "",
    ])
    func notDates(text: String) {
        #expect(Self.found(text).isEmpty, "\(text): \(Self.found(text))")
    }

    /// A 24-hour clock in another zone after a clock time repeats that time: neither a year nor a
    /// second expression.
    @Test func aTimeInAnotherZoneIsNotAYear() {
        #expect(Self.found("The ferry sank at 8:30 p.m. BST (1930 UTC) on Friday.") == ["8:30 p.m. BST", "Friday"])
        #expect(Self.found("The rally began at 10:15 a.m. local time (1615 UTC).") == ["10:15 a.m."])
        #expect(Self.found("Polls closed at 1800 GMT.") == ["1800 GMT"])
    }

    /// "today" and "tomorrow" as an era name no day; the same words before an event, or after
    /// "as of", still do.
    @Test func theTimesWeLiveInAreNoDay() {
        for text in [
            "In today's world, few people write letters by hand.",
            "Critics say today's youth read fewer newspapers.",
            "Many of today's phones outlast the contracts they are sold with.",
            "The school wants to train the engineers of tomorrow.",
        ] {
            #expect(Self.found(text).isEmpty, "\(text): \(Self.found(text))")
        }
        #expect(Self.found("Today's vote was postponed.") == ["Today"])
        #expect(Self.found("The ferry strike ends before tomorrow's meeting.") == ["tomorrow"])
        #expect(Self.found("The new fares apply as of today.") == ["today"])
        #expect(Self.found("None of today's flights left on time.") == ["today"])
    }

    @Test func monthsNextToDaysAndYearsAreDates() {
        #expect(Self.found("It may rain on May 5.") == ["May 5"])
        #expect(Self.found("They will march in March 2022.") == ["March 2022"])
        #expect(Self.found("Polls opened in May.") == ["May"])
    }

    @Test func oddInputDoesNotCrash() {
        let texts = [
            "Jan", "Thursday (", "on 99/99/9999", "at 25:99", "Feb 30, 2022", "the", "0000-00-00",
            "\u{0}\u{7}Friday\u{1b}", "mid-", "'", "Q9 2022", "80s are back", "the", "a", "Friday", "2022-13-45",
            "the year", "that", "9am", "noon", "last", "the end of", "nineteen", "two thousand", "'80s",
            String(repeating: "Jan 1 ", count: 2000),
        ]
        for t in texts { _ = Self.found(t) }
        #expect(
            Self.found("Feb 30, 2022").isEmpty
                || DateRecognizer.standard.recognize(Document("Feb 30, 2022"), anchor: nil).allSatisfy {
                    $0.value == nil
                })
    }

    /// Random runs of date words, numbers and punctuation: nothing may crash, spans must slice the
    /// text exactly, and no two mentions may overlap.
    @Test func randomDateSoupIsHandled() {
        let words = [
            "the", "a", "last", "next", "this", "Friday", "(", ")", ",", "-", "'", "Jan", "Jan.", "13", "2022",
            "1990s", "80s", "9am", "10:30", "p.m.", "of", "quarter", "third", "year", "ago", "two", "days",
            "early", "mid-2021", "now", "May", "March", "that", "day", "the end", "12/31/1999", "Q3", "noon",
            "nineteen", "ninety-seven", "year-ago", "\n\n", "week", "weekend", "Christmas", "31", "0", "99999",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(seed % 40) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += words[Int(seed >> 33) % words.count] + (seed & 1 == 0 ? " " : "")
            }
            let doc = Document(text)
            let found = DateRecognizer.standard.recognize(doc, anchor: CalendarDate(year: 2022, month: 1, day: 14))
            for (k, m) in found.enumerated() {
                #expect(doc.string(m.start, m.end) == m.text)
                if k > 0 { #expect(found[k - 1].end <= m.start) }
            }
            _ = DateRecognizer.standard.inferPublicationDate(doc)
        }
    }
}
