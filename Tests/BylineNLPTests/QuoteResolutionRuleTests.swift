import Testing

@testable import BylineNLP

/// Who "he" and "she" stand for: gender from given names, names cut short, names a headline ran
/// together, and sentences that already speak of the person wanted.
@Suite struct QuoteResolutionRuleTests {
    @Test func censusGivenNamesGiveAGender() {
        // Neither "Wendell" nor "Marisol" is in the hand-written list; the census lists know both.
        let text =
            "Marisol Quintero praised Wendell Harrow, a 40-year-old welder.\n\n“We owe him a great deal,” she said."
        let quotes = QuoteTesting.quotes(
            text, [("Marisol Quintero", .person, "Marisol Quintero"), ("Wendell Harrow", .person, "Wendell Harrow")])
        #expect(quotes.first?.speaker?.name == "Marisol Quintero")
    }

    @Test func aLoneSurnameThatIsAlsoAGivenNameShowsNoGender() {
        // "Clinton" is a man's given name in the census, but alone it is Hillary Clinton's surname.
        let text =
            "Hillary Clinton and Bill Clinton arrived. Clinton thanked the crowd.\n\n“It is good to be home,” she said."
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Hillary Clinton", .person, "Hillary Clinton"), ("Bill Clinton", .person, "Bill Clinton"),
                ("Clinton thanked", .person, "Hillary Clinton"),
            ])
        #expect(quotes.first?.speaker?.name == "Hillary Clinton")
    }

    @Test func aShortNameTakesTheLongerFormOfIt() {
        let text =
            "Aung San Suu Kyi arrived on Monday. Suu Kyi met the president. Suu Kyi spoke later.\n\n“We are ready,” she said."
        let quotes = QuoteTesting.quotes(
            text, [("Aung San Suu Kyi", .person, "Aung San Suu Kyi"), ("Suu Kyi", .person, "Suu Kyi")])
        #expect(quotes.first?.speaker?.name == "Aung San Suu Kyi")
    }

    @Test func aLoneFirstWordOfOneFullNameIsThatName() {
        let text = "Secretary General Ban Ki-moon spoke first. Ban condemned the test.\n\n“It must stop,” he said."
        let quotes = QuoteTesting.quotes(
            text, [("Ban Ki-moon", .person, "Ban Ki-moon"), ("Ban condemned", .person, "Ban")])
        #expect(quotes.first?.speaker?.name == "Ban Ki-moon")
    }

    @Test func aHeadlineRunTogetherNameYieldsTheMentionedPerson() {
        let text =
            "Ann Roe Slams Tom Fry Over Plan.\n\nAt a rally on Monday, Fry attacked the plan.\n\n“It is a mistake,” he said."
        let merged = "Ann Roe Slams Tom Fry"
        let found = QuoteTesting.mentions(text, [(merged, .person, merged), ("Fry", .person, merged)])
        let mentions = found.filter { m in
            !found.contains { $0.start <= m.start && $0.end >= m.end && $0.end - $0.start > m.end - m.start }
        }
        let quotes = QuoteAttributor.standard.attribute(Document(text), entities: mentions)
        #expect(quotes.first?.speaker?.name == "Tom Fry")
    }

    @Test func aSentenceAlreadySayingSheIsNotAboutSomeoneItNamesInPassing() {
        let text = """
            “We will keep going,” Lynch said.

            She has met Mayor Bill Dane and his wife, Councillor Ruth Dane, over the budget.

            “People do not say that to me,” she said.
            """
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Lynch", .person, "Loretta Lynch"), ("Bill Dane", .person, "Bill Dane"),
                ("Ruth Dane", .person, "Ruth Dane"),
            ])
        #expect(QuoteTesting.quote(quotes, containing: "People do not")?.speaker?.name == "Loretta Lynch")
    }

    @Test func aWellKnownPersonNamedBySurnameOnlyGetsTheFullName() {
        let text = "Mr. Obama spoke at the museum on Saturday.\n\n“This is a place for everyone,” he said."
        let quotes = QuoteTesting.quotes(text, [("Mr. Obama", .person, "Obama")])
        #expect(quotes.first?.speaker?.name == "Barack Obama")
    }

    @Test func aCommonSurnameIsNotTakenForAWellKnownPerson() {
        let text = "Mr. Smith spoke at the museum on Saturday.\n\n“This is a place for everyone,” he said."
        let quotes = QuoteTesting.quotes(text, [("Mr. Smith", .person, "Smith")])
        #expect(quotes.first?.speaker?.name == "Smith")
    }

    @Test func aWellKnownFullNameGivesItsGender() {
        // "Obama" shows no gender in the text; the full name "Barack Obama" does, so "she" skips him.
        let text = "Dana Wilde wrote about Obama in her column.\n\nWilde then met Obama.\n\n“It went well,” she said."
        let quotes = QuoteTesting.quotes(
            text,
            [("Dana Wilde", .person, "Dana Wilde"), ("Wilde", .person, "Dana Wilde"), ("Obama", .person, "Obama")])
        #expect(quotes.first?.speaker?.name == "Dana Wilde")
    }

    @Test func aSurnameTheRecogniserMissedStillComesFirstInItsSentence() {
        // "Kell" is no recognised name here, only the surname of "Norma Kell"; it is the subject, and
        // the president named later in its sentence is not.
        let text = """
            Retired general Norma Kell spoke out this week.

            In an interview on the radio, Kell made it clear she thought President Rosa Vane had failed the army.

            “It was hard to serve,” she told the host.
            """
        let quotes = QuoteTesting.quotes(
            text, [("Norma Kell", .person, "Norma Kell"), ("Rosa Vane", .person, "Rosa Vane")])
        #expect(QuoteTesting.quote(quotes, containing: "hard to serve")?.speaker?.name == "Norma Kell")
    }

    @Test func aSurnameMisspeltByOneLetterIsTheNamedPerson() {
        let text = """
            Marla Pennick, a nurse, joined the campaign in June.

            Later Penick said the office had closed.

            “Nobody told us why,” she said.
            """
        let quotes = QuoteTesting.quotes(
            text, [("Marla Pennick", .person, "Marla Pennick"), ("Penick", .person, "Penick")])
        #expect(quotes.first?.speaker?.name == "Marla Pennick")
    }

    @Test func aShortSurnameOneLetterOffIsSomeoneElse() {
        let one = ["Hale", "Hall"].map { Array($0.unicodeScalars) }
        #expect(SpeakerResolver.oneEditApart(one[0], one[1]))
        let text = "Tom Hale arrived first.\n\nLater Hall said the doors were shut.\n\n“It was late,” he said."
        let quotes = QuoteTesting.quotes(text, [("Tom Hale", .person, "Tom Hale"), ("Hall", .person, "Hall")])
        #expect(quotes.first?.speaker?.name == "Hall")
    }

    @Test func aNameGivenWithANicknameIsTheFullNameOfTheNicknamedForm() {
        let text = """
            Rep. Daniel J. "Danny" Ortiz opened his yard to voters on Monday. Danny Ortiz thanked them.

            “It has been a long road,” he said.
            """
        let quotes = QuoteTesting.quotes(text, [("Danny Ortiz", .person, "Danny Ortiz"), ("Ortiz", .person, "Ortiz")])
        #expect(quotes.first?.speaker?.name == "Daniel J. Ortiz")
    }

    @Test func aNameBeforeARoleAndAnotherNameOnlyModifiesIt() {
        let text = """
            Senator Rob Hanley blocked the bill again on Tuesday.

            Hanley spokesman Greg Voss would not say when the vote would come.

            “There is nothing new to announce,” he said.
            """
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Rob Hanley", .person, "Rob Hanley"), ("Hanley", .person, "Rob Hanley"),
                ("Greg Voss", .person, "Greg Voss"),
            ])
        #expect(quotes.first?.speaker?.name == "Greg Voss")
        // "and" joins two people; neither modifies the other.
        let joined = """
            Karen Voss spoke at noon.

            At the diner, Voss and husband Greg thanked the staff. She says, “We will be back.”
            """
        let second = QuoteTesting.quotes(
            joined, [("Karen Voss", .person, "Karen Voss"), ("Voss", .person, "Karen Voss"), ("Greg", .person, "Greg")])
        #expect(second.first?.speaker?.name == "Karen Voss")
    }
}
