import Testing

@testable import BylineNLP

/// Speaker names: pronouns, descriptions, documents and organisations, and names the recogniser missed.
@Suite struct QuoteSpeakerTests {
    @Test func pronounsTakeTheNearestPersonOfTheirGender() {
        let text = "Jean Lee met Mr Park in Seoul.\n\n“This is a test,” she said. “So is this,” he said."
        let quotes = QuoteTesting.quotes(
            text, [("Jean Lee", .person, "Jean Lee"), ("Mr Park", .person, "Park Min-jun")])
        #expect(QuoteTesting.quote(quotes, containing: "a test")?.speaker?.name == "Jean Lee")
        #expect(QuoteTesting.quote(quotes, containing: "a test")?.speaker?.mention?.text == "she")
        #expect(QuoteTesting.quote(quotes, containing: "So is this")?.speaker?.name == "Park Min-jun")
    }

    @Test func aTitleAnywhereGivesTheNameItsGender() {
        let text = "Robin Carter and Alex Moore spoke. Later Ms Carter left.\n\n“I am done,” she said."
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Robin Carter", .person, "Robin Carter"), ("Ms Carter", .person, "Robin Carter"),
                ("Alex Moore", .person, "Alex Moore"),
            ])
        #expect(quotes.first?.speaker?.name == "Robin Carter")
    }

    @Test func descriptionsTakeTheFullestEarlierDescription() {
        let text =
            "The moves drew accusations from a foreign ministry spokesman in Pyongyang.\n\n“It is a provocation,” the spokesman said."
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.first?.speaker?.name == "foreign ministry spokesman in Pyongyang")
        #expect(quotes.first?.speaker?.mention?.text == "the spokesman")
    }

    @Test func aStatementSpeaksForItsAuthor() {
        let text =
            "The crisis deepened, the spokesman said in a statement.\n\n“The accusation is a gangster-like logic,” the statement said."
        let quotes = QuoteTesting.quotes(text)
        let direct = quotes.first { $0.kind == .direct }
        #expect(direct?.speaker?.name == "spokesman")
        #expect(direct?.speaker?.mention?.text == "the statement")
    }

    @Test func organisationsSpeak() {
        let kcna = QuoteTesting.quotes(
            "“The launch succeeded,” KCNA said.", [("KCNA", .organization, "Korean Central News Agency")])
        #expect(kcna.first?.speaker?.name == "Korean Central News Agency")
        #expect(kcna.first?.speaker?.type == .organization)
        let paper = QuoteTesting.quotes("“The launch failed,” the newspaper wrote.")
        #expect(paper.first?.speaker?.mention?.text == "the newspaper")
        #expect(paper.first?.speaker?.type == .organization)
    }

    @Test func aNameTheRecogniserMissedIsStillTheSpeaker() {
        let text =
            "“We are watching closely,” said Oksana Petrenko, a regional official.\n\n“Very closely,” Ms Petrenko added."
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.first?.speaker?.name == "Oksana Petrenko")
        #expect(quotes.last?.speaker?.name == "Oksana Petrenko")
        #expect(quotes.last?.speaker?.mention?.text == "Ms Petrenko")
    }

    @Test func theSpeakerOfAnInvertedTitledNameDropsTheTitle() {
        let quotes = QuoteTesting.quotes("“Go,” said Secretary of State Antony Blinken.")
        #expect(quotes.first?.speaker?.name == "Antony Blinken")
    }

    @Test func aPronounPrefersTheSubjectOverANearerObject() {
        let text =
            "Hillary Clinton spoke on Tuesday. Later, Clinton criticized police officer Betty Shelby for the shooting.\n\n“It is unbearable,” she said."
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Hillary Clinton", .person, "Hillary Clinton"), ("Clinton", .person, "Hillary Clinton"),
                ("Betty Shelby", .person, "Betty Shelby"),
            ])
        #expect(QuoteTesting.quote(quotes, containing: "unbearable")?.speaker?.name == "Hillary Clinton")
        let ham =
            "Ham made it clear he had misgivings about the military under President Barack Obama.\n\n“It was demoralizing,” he told the host."
        let hamQuotes = QuoteTesting.quotes(
            ham, [("Ham", .person, "Norman Ham"), ("Barack Obama", .person, "Barack Obama")])
        #expect(QuoteTesting.quote(hamQuotes, containing: "demoralizing")?.speaker?.name == "Norman Ham")
    }

    @Test func aLoneSurnameTakesTheGenderAndFullNameOfItsPerson() {
        let text = "Hillary Clinton spoke. Clinton met Tim Kaine in Ohio.\n\n“We are ready,” he said."
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Hillary Clinton", .person, "Hillary Clinton"), ("Clinton", .person, "Clinton"),
                ("Tim Kaine", .person, "Tim Kaine"),
            ])
        #expect(quotes.first { $0.kind == .direct }?.speaker?.name == "Tim Kaine")
        let kyi =
            "Aung San Suu Kyi arrived.\n\nIn Washington, Suu Kyi met officials. “Unity means prosperity,” she said."
        // "Suu Kyi" is also found inside the full name: keep only the mentions no longer one covers.
        let found = QuoteTesting.mentions(
            kyi, [("Aung San Suu Kyi", .person, "Aung San Suu Kyi"), ("Suu Kyi", .person, "Suu Kyi")])
        let mentions = found.filter { m in
            !found.contains { $0.start <= m.start && $0.end >= m.end && $0.end - $0.start > m.end - m.start }
        }
        let kyiQuotes = QuoteAttributor.standard.attribute(Document(kyi), entities: mentions)
        #expect(kyiQuotes.first { $0.kind == .direct }?.speaker?.name == "Aung San Suu Kyi")
    }

    @Test func aNameModifyingTheHeadIsNotTheSpeaker() {
        let names = [
            ("New York", EntityType.place, "New York"), ("Jean Lee", .person, "Jean Lee"),
            ("Wilson Centre", .organization, "Wilson Centre"),
        ]
        let businessman = QuoteTesting.quotes("“We need change,” the New York businessman said.", names)
        #expect(businessman.first?.speaker?.name == "New York businessman")
        #expect(businessman.first?.speaker?.mention?.text == "the New York businessman")
        let lee = QuoteTesting.quotes("“It works,” Jean Lee with the Wilson Centre said.", names)
        #expect(lee.first?.speaker?.name == "Jean Lee")
    }

    @Test func aPronounWithNobodyToStandForIsNoSpeaker() {
        let text = """
            Workers gathered outside the plant in the rain.

            "We will not go back," they said. "Nobody asked us," we said. "I was there," I said.

            "This is the end," he said. "You should go," you said.
            """
        let found = QuoteTesting.quotes(text)
        #expect(found.count == 5, "\(found)")
        #expect(found.allSatisfy { $0.speaker == nil && $0.cue?.text == "said" }, "\(found)")
        // Someone the article named is still found for "he".
        let named = QuoteTesting.quotes(
            "Tom Black runs the plant. \"This is the end,\" he said.", [("Tom Black", .person, "Tom Black")])
        #expect(named.first?.speaker?.name == "Tom Black")
        #expect(named.first?.speaker?.mention?.text == "he")
    }

    @Test func theyIsAGroupOnlyWhenTheTextNamesOne() {
        let names: [(String, EntityType, String)] = [
            ("Ann Ray", .person, "Ann Ray"), ("Bo Lin", .person, "Bo Lin"),
            ("Harbour Board", .organization, "Harbour Board"),
            ("Acme", .organization, "Acme"),
        ]
        let pair = QuoteTesting.quotes(
            "Critics such as Ann Ray, a senator, and Bo Lin want the law changed.\n\n\"It is broken,\" they said.",
            names)
        #expect(pair.first?.speaker?.name == "Ann Ray and Bo Lin")
        #expect(pair.first?.speaker?.type != .person)
        let board = QuoteTesting.quotes(
            "After a long meeting, the Harbour Board issued a statement.\n\n\"We will act,\" they said.", names)
        #expect(board.first?.speaker?.name == "Harbour Board")
        #expect(board.first?.speaker?.type == .organization)
        // Workers of a company the sentence names as an object are not the company.
        let workers = QuoteTesting.quotes(
            "Workers at Acme gathered at the gates.\n\n\"We will not go back,\" they said.", names)
        #expect(workers.first?.speaker == nil, "\(workers)")
        // One person named before "they" is not who "they" are.
        let one = QuoteTesting.quotes("Ann Ray met the strikers.\n\n\"We stay,\" they said.", names)
        #expect(one.first?.speaker == nil, "\(one)")
        // People named inside what "they" report are spoken of, not speaking.
        let spokenOf = QuoteTesting.quotes("Ann Ray and Bo Lin misled the voters, they said.", names)
        #expect(!spokenOf.isEmpty, "\(spokenOf)")
        #expect(!spokenOf.contains { $0.speaker?.name == "Ann Ray and Bo Lin" }, "\(spokenOf)")
    }

    @Test func itIsNotTheServiceSomeoneOwnsAnAccountOn() {
        let names = [("Acme Corp", EntityType.organization, "Acme Corp"), ("Twitter", .organization, "Twitter")]
        let company = QuoteTesting.quotes("Acme Corp will cut 500 jobs. It said the plant would close in May.", names)
        #expect(company.first?.speaker?.name == "Acme Corp")
        #expect(company.first?.speaker?.type == .organization)
        let account = QuoteTesting.quotes(
            "The singer died at home, according to a statement posted to his official Twitter account. "
                + "It also stated he had been ill since 2016.", names)
        #expect(!account.contains { $0.speaker?.name == "Twitter" || $0.speaker?.type == .person }, "\(account)")
        let page = QuoteTesting.quotes(
            "The actor posted the news on her Twitter page. It said the show would end in May.", names)
        #expect(!page.contains { $0.speaker?.name == "Twitter" }, "\(page)")
    }

    @Test func aNameWithMentionsOfBothGendersHasNoGender() {
        // The recogniser merged two people under one name: neither gender may rule the other out.
        let merged = "Chris Christie Calls Hillary Clinton"
        let text =
            "Chris Christie called Hillary Clinton a disgrace. Later, Clinton criticized officer Betty Shelby.\n\n“It is unbearable,” she said."
        let found = QuoteTesting.mentions(
            text,
            [
                ("Chris Christie", .person, merged), ("Hillary Clinton", .person, merged), ("Clinton", .person, merged),
                ("Betty Shelby", .person, "Betty Shelby"),
            ])
        let mentions = found.filter { m in
            !found.contains { $0.start <= m.start && $0.end >= m.end && $0.end - $0.start > m.end - m.start }
        }
        let quotes = QuoteAttributor.standard.attribute(Document(text), entities: mentions)
        // Each mention stands for the part of the merged name that holds it, without the verb.
        #expect(quotes.first { $0.kind == .direct }?.speaker?.name == "Hillary Clinton")
    }
}
