import Testing

@testable import BylineNLP

/// The tense cues that decide which way a bare weekday or a year-less date points, for a paper
/// published on Friday 14 January 2022.
@Suite struct DateTenseTests {
    @Test(arguments: [
        // "next to" is a place
        ("The bombs went off next to the embassy on Tuesday.", "Tuesday", "2022-01-11"),
        // an infinitive after the date is a purpose, not a plan
        ("Shares fell 50 cents on Wednesday to close at $20.", "Wednesday", "2022-01-12"),
        // the reporting clause after a quotation does not set the tense inside it
        (
            "\"The convoy will reach the border on Thursday morning,\" officials said.", "Thursday morning",
            "2022-01-20TMO"
        ),
        // an infinitive after a past act is its purpose; after an intention it is a plan
        ("The rivals extended their offers to buy the firm on Thursday.", "Thursday", "2022-01-13"),
        ("The rivals are set to buy the firm on Thursday.", "Thursday", "2022-01-20"),
        // "had" puts the intention in the past
        ("The offer had been due to expire on Thursday.", "Thursday", "2022-01-13"),
        ("The talks were postponed until Tuesday.", "Tuesday", "2022-01-18"),
        // a deadline at a clock time lies ahead
        ("Officials gave the family until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2022-01-18T09:00"),
        // an order looks ahead like an intention
        ("The judge ordered him to leave the country by Thursday.", "Thursday", "2022-01-20"),
        // "due to" before a noun phrase gives a cause; before a verb, a plan
        ("Due to the strike on Tuesday, the city's trains and buses stopped.", "Tuesday", "2022-01-11"),
        ("The ship is due to arrive on Thursday.", "Thursday", "2022-01-20"),
        // an event named by its day has happened, whatever the tense around it
        ("Lawyers will appeal Wednesday's ruling.", "Wednesday's", "2022-01-12"),
        ("Lawyers will appeal Wednesday night's ruling.", "Wednesday night's", "2022-01-12TNI"),
        // unless the words before look forward to it
        ("Parties campaigned hard ahead of Sunday's election.", "Sunday's", "2022-01-16"),
        // "according to" and "prior to" are prepositions, not infinitives that look ahead
        ("The singer has died, according to police on Wednesday.", "Wednesday", "2022-01-12"),
        ("Prior to talks on Tuesday, prices fell sharply.", "Tuesday", "2022-01-11"),
        // the present tense of a timetable looks ahead; its past does not
        ("The rail strike starts on Tuesday.", "Tuesday", "2022-01-18"),
        ("Voting closes on Wednesday evening.", "Wednesday evening", "2022-01-19TEV"),
        ("The rail strike started on Tuesday.", "Tuesday", "2022-01-11"),
        // so does the present tense of an appointment; its past and a stative present do not
        ("The two ministers meet separately Monday with the envoy.", "Monday", "2022-01-17"),
        ("The prime minister visits Lisbon on Wednesday.", "Wednesday", "2022-01-19"),
        ("The two ministers met separately Monday with the envoy.", "Monday", "2022-01-10"),
        ("The fund holds 12% of the shares after buying more on Monday.", "Monday", "2022-01-10"),
        // "since" a month: the latest one begun by publication
        ("The regulator has received 900 complaints since March.", "March", "2021-03"),
        // an arrangement in the present passive lies ahead; in the past, or without "for", not
        ("The hearing is set for Tuesday.", "Tuesday", "2022-01-18"),
        ("Talks are planned for Wednesday in Geneva.", "Wednesday", "2022-01-19"),
        ("The vote, which was set for Tuesday, was delayed.", "Tuesday", "2022-01-11"),
        ("He is told on Monday that he lost.", "Monday", "2022-01-10"),
        // a passive that is no arrangement, or not in the present, does not look ahead
        ("A man is wanted for Saturday's shooting.", "Saturday's", "2022-01-08"),
        ("The minister has been asked for comment on Monday.", "Monday", "2022-01-10"),
    ])
    func weekdays(text: String, expression: String, value: String) {
        DateValueTests.check(text, expression, value)
    }

    @Test(arguments: [
        // the midnight that began the day of publication, written as 24:00 of the day before
        ("The ban took effect at midnight.", "midnight", "2022-01-13T24:00"),
        ("The ban takes effect at midnight.", "midnight", "2022-01-14T24:00"),
        ("The ban will end at midnight.", "midnight", "2022-01-14T24:00"),
        // the article of "the weekly meeting" is the meeting's
        ("The weekly meeting was cancelled.", "weekly", "P1W"),
    ])
    func midnightAndFrequencies(text: String, expression: String, value: String) {
        DateValueTests.check(text, expression, value)
    }

    @Test(arguments: [
        // a date something falls due on lies ahead
        ("The dividend is payable July 1.", "July 1", "2022-07-01"),
        // a participle after "be" leaves the tense to "will"
        ("The prize will be paid in full on July 1.", "July 1", "2022-07-01"),
        // an "-ed" word after a determiner is an adjective, not a past verb
        ("Holders will get the reduced payout on July 1.", "July 1", "2022-07-01"),
        ("Holders got the payout on July 1.", "July 1", "2021-07-01"),
        // a month opening its sentence ("In February, ...") narrates the past unless the clause looks ahead
        ("In February, the firm cut 300 jobs.", "February", "2021-02"),
        ("In February, the firm will cut 300 jobs.", "February", "2022-02"),
        // an "-ed" word before "by" is a passive participle, not the verb of the clause
        ("The airline will add flights by July in markets untouched by the crisis.", "July", "2022-07"),
    ])
    func monthDays(text: String, expression: String, value: String) {
        DateValueTests.check(text, expression, value)
    }

    /// Quarters and halves are reported once begun; a clause looking ahead to one whose last
    /// occurrence ended a season before publication means the coming one, but results reported
    /// weeks after a quarter are still that quarter's.
    @Test func quartersAhead() {
        func value(_ text: String, _ year: Int, _ month: Int) -> String? {
            Pipeline().annotate(text, published: CalendarDate(year: year, month: month, day: 10)).entities
                .first { $0.type == .date }?.value
        }
        #expect(value("The merger will close in the third quarter.", 2022, 1) == "2022-Q3")
        #expect(value("Sales in the third quarter rose 5%.", 2022, 1) == "2021-Q3")
        #expect(value("The company will report a loss for the fourth quarter.", 2022, 1) == "2021-Q4")
        #expect(value("The plant will reopen in the second half.", 2022, 5) == "2022-H2")
        #expect(value("The plant closed in the second half.", 2022, 5) == "2021-H2")
    }
}
