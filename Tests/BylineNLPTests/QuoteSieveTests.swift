import Testing

@testable import BylineNLP

/// Each sieve on a case of its own; the result records which sieve decided.
@Suite struct QuoteSieveTests {
    let park = [("Mr Park", EntityType.person, "Park Min-jun"), ("Park Min-jun", .person, "Park Min-jun")]

    @Test func splitQuoteIsOneQuoteByOneSpeaker() {
        let text = "Park Min-jun spoke in Seoul.\n\n\"We are ready,\" he said, \"to talk.\""
        let quotes = QuoteTesting.quotes(text, park).filter { $0.kind == .direct }
        #expect(quotes.count == 1)
        #expect(quotes.first?.span.text == "\"We are ready,\" he said, \"to talk.\"")
        #expect(quotes.first?.speaker?.name == "Park Min-jun")
        #expect(quotes.first?.speaker?.mention?.text == "he")
        #expect(quotes.first?.sieve == .split)
        #expect(quotes.first?.cue?.text == "said")
    }

    @Test func trailingCueWithTheSpeakerBeforeOrAfterIt() {
        let before = QuoteTesting.quotes("“It is dangerous,” Mr Park said.", park)
        #expect(before.first?.speaker?.name == "Park Min-jun")
        #expect(before.first?.speaker?.mention?.text == "Mr Park")
        #expect(before.first?.sieve == .trailingCue)
        let inverted = QuoteTesting.quotes("“It is dangerous,” said Mr Park.", park)
        #expect(inverted.first?.speaker?.mention?.text == "Mr Park")
        #expect(inverted.first?.cue?.text == "said")
    }

    @Test func trailingCueSkipsAnApposition() {
        let text = "“It works,” Jean Lee, an analyst with the Wilson Centre, said on Friday."
        let quotes = QuoteTesting.quotes(
            text, [("Jean Lee", .person, "Jean Lee"), ("Wilson Centre", .organization, "Wilson Centre")])
        #expect(quotes.first?.speaker?.name == "Jean Lee")
        #expect(quotes.first?.sieve == .trailingCue)
    }

    @Test func aSentenceAfterAFullStopQuoteIntroducesTheNextQuote() {
        let names = [("Ms. Alawee", EntityType.person, "Nadia Alawee"), ("Mr. Zahed", .person, "Omar Zahed")]
        let text =
            "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack was the work of terrorists.''"
        let quotes = QuoteTesting.quotes(text, names)
        #expect(QuoteTesting.quote(quotes, containing: "not terrorists")?.speaker?.name == "Nadia Alawee")
        #expect(QuoteTesting.quote(quotes, containing: "The attack")?.speaker?.name == "Omar Zahed")
        let question = QuoteTesting.quotes(
            "Kay answered Mills with, “Why now? Was that on my way?” Mills then writes back, “You look cute today.”",
            [("Kay", .person, "Ann Kay"), ("Mills", .person, "Cheryl Mills")])
        #expect(QuoteTesting.quote(question, containing: "Why now")?.speaker?.name == "Ann Kay")
        // A short attribution after a full stop still counts, also inverted with an apposition.
        #expect(QuoteTesting.quotes("“We will win.” Ms. Alawee said.", names).first?.speaker?.name == "Nadia Alawee")
        #expect(
            QuoteTesting.quotes("“We will win.” said Ms. Alawee, a teacher.", names).first?.speaker?.name
                == "Nadia Alawee")
    }

    @Test func leadingCueBeforeAColon() {
        let text = "Mr Park told reporters on Monday: “We will not wait forever.”"
        let quotes = QuoteTesting.quotes(text, park)
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker?.name == "Park Min-jun")
        #expect(quotes.first?.sieve == .leadingCue)
        #expect(quotes.first?.cue?.text == "told")
    }

    @Test func sentenceCueAfterAConditionalQuote() {
        let text = "If “the US adopts such a stance, we will respond”, the spokesman said in comments carried by KCNA."
        let quotes = QuoteTesting.quotes(text)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker?.mention?.text == "the spokesman")
        #expect(quotes.first?.sieve == .trailingCue, "\(quotes.first?.sieve?.rawValue ?? "none")")
    }

    @Test func sentenceCueForAFragmentInReportedSpeech() {
        let text = "The weapon was a “new-type missile” built for defence, the ministry said in a statement."
        let quotes = QuoteTesting.quotes(text)
        let partial = quotes.first { $0.kind == .partial }
        #expect(partial?.span.text == "“new-type missile”")
        #expect(partial?.speaker?.mention?.text == "the ministry")
        #expect(partial?.sieve == .sentenceCue)
    }

    @Test func continuationParagraphsBelongToThePreviousSpeaker() {
        let text =
            "“The first point is simple,” Mr Park said.\n\n“The second point is harder.”\n\n“And a third.”\n\nThe meeting ended."
        let quotes = QuoteTesting.quotes(text, park)
        #expect(quotes.count == 3)
        #expect(quotes.map { $0.speaker?.name } == ["Park Min-jun", "Park Min-jun", "Park Min-jun"])
        #expect(quotes.dropFirst().allSatisfy { $0.sieve == .continuation })
    }

    @Test func continuationStopsAtAnotherCue() {
        let text = "“One,” Mr Park said. Ms Kay said she disagreed.\n\n“Two.”"
        let quotes = QuoteTesting.quotes(text, park + [("Ms Kay", .person, "Ann Kay")])
        #expect(QuoteTesting.quote(quotes, containing: "Two")?.sieve != .continuation)
    }

    @Test func continuationSurvivesCuesInThePreviousAttributionSentence() {
        let text = "“One,” said Ann Kay, who recalled the day and added a date. “Two.”\n\n“Three.”"
        let quotes = QuoteTesting.quotes(text, [("Ann Kay", .person, "Ann Kay")]).filter { $0.kind == .direct }
        #expect(quotes.map { $0.speaker?.name } == ["Ann Kay", "Ann Kay", "Ann Kay"])
        #expect(QuoteTesting.quote(quotes, containing: "Two")?.sieve == .continuation)
    }

    @Test func continuationAfterAFragmentWithItsOwnCue() {
        let text = "Ann Kay said the plan failed because “nobody read it,” she said. “We tried.”"
        let quotes = QuoteTesting.quotes(text, [("Ann Kay", .person, "Ann Kay")])
        let tried = QuoteTesting.quote(quotes, containing: "We tried")
        #expect(tried?.sieve == .continuation)
        #expect(tried?.speaker?.name == "Ann Kay")
    }

    @Test func creditLineAfterTheQuote() {
        let text =
            "Readers wrote in.\n\n“We can build a wall around him.” ― Steve Quinlan\n“He scares me.”― Ana Ruiz, 27, Phoenix.\n\nThe list ends.\n\n“This is not the list you were looking for today.” ― the end of the list"
        let quotes = QuoteTesting.quotes(text).filter { $0.kind == .direct }
        #expect(quotes.count == 3)
        #expect(quotes.map { $0.speaker?.name } == ["Steve Quinlan", "Ana Ruiz", nil])
        #expect(quotes.first?.sieve == .creditLine)
        #expect(quotes.first?.cue == nil)
    }

    @Test func precedingSentenceSpeakerWhenAnotherCueBlocksContinuation() {
        let text =
            "“We had problems,” Obama said after the meeting. He suggested no retaliation. “Our goal is not to duplicate it.”"
        let quotes = QuoteTesting.quotes(text, [("Obama", .person, "Barack Obama")]).filter { $0.kind == .direct }
        let goal = QuoteTesting.quote(quotes, containing: "Our goal")
        #expect(goal?.sieve == .precedingSentence)
        #expect(goal?.speaker?.mention?.text == "He")
        #expect(goal?.speaker?.name == "Barack Obama")
    }

    @Test func precedingSentenceAcrossAParagraphOnlyAfterABareAttribution() {
        let names = [("Ann Kay", EntityType.person, "Ann Kay")]
        let bare = QuoteTesting.quotes(
            "Obama spoke on Monday. Ann Kay said on Tuesday.\n\n\"We will not give up on this fight for the people of this state.\"",
            names)
        #expect(bare.first { $0.kind == .direct }?.speaker?.name == "Ann Kay")
        #expect(bare.first { $0.kind == .direct }?.sieve == .precedingSentence)
        let reported = QuoteTesting.quotes(
            "Ann Kay said the vote would be close.\n\n\"We will not give up on this fight for the people of this state.\"",
            names)
        #expect(reported.first { $0.kind == .direct }?.speaker == nil)
    }

    @Test func aClauseEndingInADocumentNounIntroducesTheQuote() {
        let text =
            "Immediately after the attacks, Trump issued a statement, \"Last night, our nation was attacked by a radical terrorist.\""
        let quotes = QuoteTesting.quotes(text, [("Trump", .person, "Donald Trump")])
        #expect(quotes.first { $0.kind == .direct }?.speaker?.name == "Donald Trump")
        #expect(quotes.first { $0.kind == .direct }?.sieve == .leadingCue)
    }

    @Test func precedingSentenceTakesOnlyANameOrPronoun() {
        let text = "The study said wages fell. “It is the worst year.”"
        let quotes = QuoteTesting.quotes(text)
        #expect(QuoteTesting.quote(quotes, containing: "worst")?.speaker == nil)
    }

    @Test func aShortOrTitleLikeQuoteNobodySaysIsAFragment() {
        let text =
            "He left.\n\n“Who cares?”\n\n‘EUROPEANS ASK IF VIOLENCE IS BECOMING A FACT OF LIFE’\n\n“We will never stop fighting for the families of this city and this state,” the mayor said."
        let quotes = QuoteTesting.quotes(text)
        // With no cue and no speaker, they are terms, not quotes: left out.
        #expect(QuoteTesting.quote(quotes, containing: "Who cares") == nil)
        #expect(QuoteTesting.quote(quotes, containing: "EUROPEANS") == nil)
        #expect(QuoteTesting.quote(quotes, containing: "never stop")?.kind == .direct)
        let long = QuoteTesting.quotes(
            "It was late.\n\n“We have been waiting for this decision for a very long time and it finally came today.”")
        #expect(long.first?.kind == .direct)
        #expect(long.first?.speaker == nil)
    }

    @Test func anUnattributedQuoteHasNoSpeaker() {
        let quotes = QuoteTesting.quotes("The sign read nothing. “Welcome to the show.”")
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.sieve == nil)
    }
}
