import Testing
@testable import BylineNLP

/// Speaker names: pronouns, descriptions, documents and organisations, and names the recogniser missed.
@Suite struct QuoteSpeakerTests {
    @Test func pronounsTakeTheNearestPersonOfTheirGender() {
        let text = "Jean Lee met Mr Park in Seoul.\n\n“This is a test,” she said. “So is this,” he said."
        let quotes = QuoteTesting.quotes(text, [("Jean Lee", .person, "Jean Lee"), ("Mr Park", .person, "Park Min-jun")])
        #expect(QuoteTesting.quote(quotes, containing: "a test")?.speaker?.name == "Jean Lee")
        #expect(QuoteTesting.quote(quotes, containing: "a test")?.speaker?.mention?.text == "she")
        #expect(QuoteTesting.quote(quotes, containing: "So is this")?.speaker?.name == "Park Min-jun")
    }

    @Test func aTitleAnywhereGivesTheNameItsGender() {
        let text = "Robin Carter and Alex Moore spoke. Later Ms Carter left.\n\n“I am done,” she said."
        let quotes = QuoteTesting.quotes(text, [("Robin Carter", .person, "Robin Carter"), ("Ms Carter", .person, "Robin Carter"),
                                                ("Alex Moore", .person, "Alex Moore")])
        #expect(quotes.first?.speaker?.name == "Robin Carter")
    }

    @Test func descriptionsTakeTheFullestEarlierDescription() {
        let text = "The moves drew accusations from a foreign ministry spokesman in Pyongyang.\n\n“It is a provocation,” the spokesman said."
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.first?.speaker?.name == "foreign ministry spokesman in Pyongyang")
        #expect(quotes.first?.speaker?.mention?.text == "the spokesman")
    }

    @Test func aStatementSpeaksForItsAuthor() {
        let text = "The crisis deepened, the spokesman said in a statement.\n\n“The accusation is a gangster-like logic,” the statement said."
        let quotes = QuoteTesting.quotes(text)
        let direct = quotes.first { $0.kind == .direct }
        #expect(direct?.speaker?.name == "spokesman")
        #expect(direct?.speaker?.mention?.text == "the statement")
    }

    @Test func organisationsSpeak() {
        let kcna = QuoteTesting.quotes("“The launch succeeded,” KCNA said.", [("KCNA", .organization, "Korean Central News Agency")])
        #expect(kcna.first?.speaker?.name == "Korean Central News Agency")
        #expect(kcna.first?.speaker?.type == .organization)
        let paper = QuoteTesting.quotes("“The launch failed,” the newspaper wrote.")
        #expect(paper.first?.speaker?.mention?.text == "the newspaper")
        #expect(paper.first?.speaker?.type == .organization)
    }

    @Test func aNameTheRecogniserMissedIsStillTheSpeaker() {
        let text = "“We are watching closely,” said Oksana Petrenko, a regional official.\n\n“Very closely,” Ms Petrenko added."
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.first?.speaker?.name == "Oksana Petrenko")
        #expect(quotes.last?.speaker?.name == "Oksana Petrenko")
        #expect(quotes.last?.speaker?.mention?.text == "Ms Petrenko")
    }

    @Test func theSpeakerOfAnInvertedTitledNameDropsTheTitle() {
        let quotes = QuoteTesting.quotes("“Go,” said Secretary of State Antony Blinken.")
        #expect(quotes.first?.speaker?.name == "Antony Blinken")
    }
}
