import Testing

@testable import BylineNLP

/// Role descriptions, pronouns and reported speech resolve to the person the article means.
@Suite struct QuoteSpeakerRoleTests {
    func speaker(_ text: String, _ names: [(String, EntityType, String)], quote fragment: String) -> String? {
        QuoteTesting.quote(QuoteTesting.quotes(text, names), containing: fragment)?.speaker?.name
    }

    /// A document noun at the very start of the text ("A report said") looks back for "according
    /// to" before the first token; that must answer, not trap, and the quote is still found.
    @Test(arguments: [
        "A report said: \"The plan failed badly.\"",
        "Headline\n\nA letter said: \"We will not pay the fine this year.\"",
    ])
    func aDocumentAtTheStartOfTheTextIsLookedBehindSafely(text: String) {
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.filter { $0.kind == .direct }.count == 1)
    }

    @Test func aRoleNamesThePersonIntroducedInIt() {
        let midfielder =
            "Jon Bell, the club's midfielder, was left out on Saturday. The manager gave no reason.\n\nThe midfielder added on the radio: \"I will be back.\""
        #expect(
            speaker(midfielder, [("Jon Bell", .person, "Jon Bell")], quote: "I will be back") == "Jon Bell")
        let scot =
            "Andy Murray, a 31-year-old Scot, lost in four sets. \"My hip hurts every day,\" the 31-year-old Scot said."
        #expect(speaker(scot, [("Andy Murray", .person, "Andy Murray")], quote: "hip") == "Andy Murray")
        let before = "Spokeswoman Mary Poole spoke after the vote. \"We are pleased,\" the spokeswoman said."
        #expect(speaker(before, [("Mary Poole", .person, "Mary Poole")], quote: "pleased") == "Mary Poole")
    }

    @Test func aCountAfterOfClosesTheDescription() {
        let text = """
            Nadia Brook met the board on Monday. Asked why the plan left out fathers, the 41-year-old mother \
            of three replied, "It was written for the parent who gave birth."
            """
        let quote = QuoteTesting.quote(
            QuoteTesting.quotes(text, [("Nadia Brook", .person, "Nadia Brook")]), containing: "written for")
        #expect(quote?.speaker?.mention?.text == "the 41-year-old mother of three")
        #expect(quote?.speaker?.name == "Nadia Brook")
    }

    @Test func aRoleNobodyWasGivenStaysADescription() {
        let text = "The ministry gave no figures. \"The talks are over,\" the spokeswoman said."
        #expect(speaker(text, [], quote: "talks") == "spokeswoman")
    }

    @Test func aPronounFollowsTheLastSpeakerPastAnOrganisation() {
        let text =
            "\"We will build it,\" said Tom Reed. Acme Holdings will pay for the bridge, and the council agreed.\n\n\"It is a good day,\" he added."
        let names: [(String, EntityType, String)] = [
            ("Tom Reed", .person, "Tom Reed"), ("Acme Holdings", .organization, "Acme Holdings"),
        ]
        #expect(speaker(text, names, quote: "good day") == "Tom Reed")
    }

    @Test func aPronounChainsThroughEarlierPronouns() {
        let text =
            "Donald Trump is raising questions about his microphone.\n\nHe notes that the Commission on Presidential Debates announced a problem.\n\nHe says, \"It was a hell of a lot more difficult.\""
        #expect(speaker(text, [("Donald Trump", .person, "Donald Trump")], quote: "difficult") == "Donald Trump")
    }

    @Test func inReportedSpeechTheReporterSpeaksNotThePersonAttacked() {
        let text =
            "Tom Reed attacked the government on Monday. Mr Smith has failed to tackle these problems, he claimed."
        let names: [(String, EntityType, String)] = [
            ("Tom Reed", .person, "Tom Reed"), ("Smith", .person, "John Smith"),
        ]
        let quotes = QuoteTesting.quotes(text, names)
        let reported = quotes.first { $0.kind == .indirect && $0.span.text.contains("failed") }
        #expect(reported?.speaker?.name == "Tom Reed")
    }

    @Test func aHeadlineVerbRunIntoANameIsNotPartOfIt() {
        #expect(SpeakerResolver.trimmedName("Obama Says") == "Obama")
        #expect(SpeakerResolver.trimmedName("Chris Christie Calls Hillary Clinton") == "Chris Christie")
        #expect(SpeakerResolver.trimmedName("Donald Trump’s “self-centered") == "Donald Trump")
        #expect(SpeakerResolver.trimmedName("Jean Lee") == "Jean Lee")
        #expect(SpeakerResolver.trimmedName("NBC’s Dante Chinni") == "Dante Chinni")
    }
}

/// A speaker is a person, an organisation or a role the article gives, never any noun phrase
/// a cue happens to follow.
@Suite struct QuoteSpeakerNoiseTests {
    @Test(arguments: [
        "According to a whistle-blower complaint, the president may have misused his office.",
        "He later returned to Rhodesia, which within a few years thereafter declared independence from Britain.",
        "Specifically, \"we will not pay for the wall,\" the letter ended.",
    ])
    func noSpeakerIsANonPerson(_ text: String) {
        let names = Set(QuoteTesting.quotes(text).compactMap { $0.speaker?.name })
        for noise in ["whistle-blower complaint", "years thereafter", "Specifically", "office"] {
            #expect(!names.contains(noise), "\(names)")
        }
    }

    @Test func aRoleTheArticleGivesSpeaks() {
        let text = "\"The talks are over,\" a spokesman for the ministry said on Tuesday."
        #expect(QuoteTesting.quotes(text).first?.speaker?.name.contains("spokesman") == true)
    }

    @Test func aRoleWhoseHeadBeginsWithSIsStillOnePerson() {
        // "strategist", "singer", "surgeon" begin with "s" but are no plurals: an epithet for the subject.
        let text = """
            Nora Quill on Monday urged Paul Denny to withdraw from the race.

            “That was a disgrace,” the former campaign strategist said in an interview.
            """
        let names: [(String, EntityType, String)] = [
            ("Nora Quill", .person, "Nora Quill"), ("Paul Denny", .person, "Paul Denny"),
        ]
        #expect(
            QuoteTesting.quote(QuoteTesting.quotes(text, names), containing: "disgrace")?.speaker?.name == "Nora Quill")
        let possessor = text.replacingOccurrences(of: "the former", with: "Denny's former")
        let quotes = QuoteTesting.quotes(possessor, names + [("Denny", .person, "Paul Denny")])
        #expect(QuoteTesting.quote(quotes, containing: "disgrace")?.speaker?.name == "Nora Quill")
    }

    @Test func aDefinitePluralDescriptionSpeaksAsAGroup() {
        let text = """
            Thousands gathered outside the arena on Saturday night.

            "Open the doors!" the attendees chanted as the queue grew.
            """
        let quote = QuoteTesting.quote(QuoteTesting.quotes(text), containing: "Open the doors")
        #expect(quote?.speaker?.name == "attendees")
        #expect(quote?.speaker?.mention?.text == "the attendees")
    }
}
