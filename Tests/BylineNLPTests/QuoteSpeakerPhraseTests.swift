import Testing

@testable import BylineNLP

/// Finding the phrase a cue points at: long appositions, asides, relative pronouns, describing
/// words before an inverted name, and the subject of a participle or a coordinated verb.
@Suite struct QuoteSpeakerPhraseTests {
    func speaker(_ text: String, _ names: [(String, EntityType, String)] = [], quote fragment: String) -> Speaker? {
        QuoteTesting.quote(QuoteTesting.quotes(text, names), containing: fragment)?.speaker
    }

    @Test func aNameOpeningTheClauseKeepsALongApposition() {
        let text =
            "“It has the virtue of being responsible,” Leonard Burman, director of the Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan."
        let s = speaker(
            text,
            [("Leonard Burman", .person, "Leonard Burman"), ("Tax Policy Center", .organization, "Tax Policy Center")],
            quote: "virtue")
        #expect(s?.name == "Leonard Burman")
        #expect(s?.mention?.text == "Leonard Burman")
    }

    @Test func anAppositionAfterABracketedAsideOrAnAbbreviation() {
        let jordan = speaker(
            "“They would get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.",
            quote: "get them")
        #expect(jordan?.name == "Jim Jordan")
        let mcconnell = speaker(
            "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
            [("Mitch McConnell", .person, "Mitch McConnell")], quote: "veto")
        #expect(mcconnell?.name == "Mitch McConnell")
    }

    @Test func aPossessiveApostropheInsideAnApposition() {
        let text = "“We beat the goal,” Jeff Weaver, Sanders’ campaign manager, said in a statement."
        #expect(
            speaker(
                text, [("Jeff Weaver", .person, "Jeff Weaver"), ("Sanders", .person, "Bernie Sanders")], quote: "goal")?
                .name == "Jeff Weaver")
    }

    @Test func aLeadingCueWhoseSubjectOpensALongSentence() {
        let text =
            "Rucker Culpepper, who runs the group's outreach to the families of military veterans, said, \"Trump has been disrespecting veterans.\""
        #expect(
            speaker(text, [("Rucker Culpepper", .person, "Rucker Culpepper")], quote: "disrespecting")?.name
                == "Rucker Culpepper")
        let dashes =
            "John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me, \"We're a content provider.\""
        #expect(
            speaker(
                dashes, [("John Dickey", .person, "John Dickey"), ("Ora Media", .organization, "Ora Media")],
                quote: "provider")?.name == "John Dickey")
    }

    @Test func whatFollowsToldIsTheListener() {
        let text =
            "“It matters,” the director, who spoke on condition of anonymity because the talks were private, secret and still going on, told The Huffington Post."
        let s = speaker(text, [("The Huffington Post", .organization, "The Huffington Post")], quote: "matters")
        #expect(s?.name != "The Huffington Post")
    }

    @Test func aClauseAfterTheQuoteIsNotItsAttribution() {
        let text =
            "The spot shows Trump saying during the debate, “That makes me smart,” when Clinton blasted him for it."
        let s = speaker(
            text, [("Trump", .person, "Donald Trump"), ("Clinton", .person, "Hillary Clinton")], quote: "smart")
        #expect(s?.name == "Donald Trump")
    }

    @Test func aParticipleSkipsACueInARelativeClause() {
        let text =
            "Trump was defensive about an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”"
        #expect(speaker(text, [("Trump", .person, "Donald Trump")], quote: "good job")?.name == "Donald Trump")
    }

    @Test func aParticipleAfterALongOpeningAdverbial() {
        let text =
            "During a national security speech earlier in the day, Trump attacked Clinton for her votes, saying, \"She's trigger-happy.\""
        #expect(
            speaker(
                text, [("Trump", .person, "Donald Trump"), ("Clinton", .person, "Hillary Clinton")], quote: "trigger")?
                .name == "Donald Trump")
        let later = "Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”"
        #expect(
            speaker(
                later, [("Trump", .person, "Donald Trump"), ("Reuters", .organization, "Reuters")], quote: "amazing")?
                .name == "Donald Trump")
    }

    @Test func theSubjectAfterAQuotationOpeningTheSentence() {
        let text = "“We are in and out of the field fast,” Braynard is quoted as saying."
        #expect(speaker(text, quote: "field")?.mention?.text == "Braynard")
    }

    @Test func aRelativePronounStandsForItsAntecedent() {
        let text =
            "Guests included Stevie Wonder, who joked of the museum, ''I haven't seen it yet, but I'm going to.''"
        let s = speaker(text, [("Stevie Wonder", .person, "Stevie Wonder")], quote: "seen it")
        #expect(s?.name == "Stevie Wonder")
        #expect(s?.mention?.text == "who")
    }

    @Test func asSomeonePutIt() {
        let quotes = QuoteTesting.quotes(
            "As Steven Rosenthal, a tax lawyer, recently put it, ''Did Trump lower his taxes legally?''")
        #expect(quotes.first?.speaker?.name == "Steven Rosenthal")
        #expect(quotes.first?.cue?.text == "put")
    }

    @Test func describingWordsBeforeAnInvertedName() {
        let text = "“They are 100 percent wrong,” said 9/11 widow Terry Strada."
        let s = speaker(text, [("Terry Strada", .person, "Terry Strada")], quote: "wrong")
        #expect(s?.name == "Terry Strada")
        #expect(s?.mention?.text == "Terry Strada")
    }

    @Test func aNamedSubjectBeforeAColon() {
        let text =
            "With Democratic leaders worried about turnout among young black voters, President Obama is rolling out a message: \"It's about me.\""
        #expect(speaker(text, quote: "about me")?.mention?.text == "President Obama")
        let dated =
            "On July 6, 2015, Sanders made the following comment:\n\n“For young people, the rate is 51 percent.”"
        #expect(speaker(dated, [("Sanders", .person, "Bernie Sanders")], quote: "51 percent")?.name == "Bernie Sanders")
    }

    @Test func aSingleCapitalisedWordBeforeAColonIsNoSpeaker() {
        let text = "Pollsters are happy. Signs of trouble came early:\n\n“Data collected by our firm confirms it.”"
        #expect(speaker(text, quote: "Data collected")?.name == nil)
    }

    @Test func aCoordinatedCueSharesTheSubject() {
        let text =
            "Rakeyia Scott walks closer. She then urges her husband to come out and repeatedly says, \"Don't you do it.\""
        let s = speaker(text, [("Rakeyia Scott", .person, "Rakeyia Scott")], quote: "Don't you")
        #expect(s?.mention?.text == "She")
        #expect(s?.name == "Rakeyia Scott")
    }

    @Test func aRetortWithBack() {
        let quotes = QuoteTesting.quotes(
            "“Jeb wants to be a tough guy tonight,” Trump shot back.", [("Trump", .person, "Donald Trump")])
        #expect(quotes.first?.speaker?.name == "Donald Trump")
        #expect(quotes.first?.cue?.text == "shot")
    }

    @Test func phrasalCuesNeedTheirParticle() {
        let names = [("Trump", EntityType.person, "Donald Trump"), ("Kelly", .person, "Megyn Kelly")]
        let text =
            "Kelly asked about the feud.\n\n“You know, it happens, right?” Trump went on. “But you have to get over it and fight back.”"
        let quotes = QuoteTesting.quotes(text, names)
        #expect(QuoteTesting.quote(quotes, containing: "it happens")?.speaker?.name == "Donald Trump")
        #expect(QuoteTesting.quote(quotes, containing: "it happens")?.cue?.text == "went")
        // "went on to" is no cue of its own (its "say" may be).
        #expect(
            !QuoteTesting.quotes("“We won,” and Trump went on to win the state easily.", names).contains {
                $0.cue?.text == "went"
            })
    }

    @Test func participleCuesOfCommonSpeechVerbs() {
        let quotes = QuoteTesting.quotes(
            "Protesters marched through the city center while chanting, \"Hands up, don't shoot us now.\"")
        #expect(quotes.first?.cue?.text == "chanting")
        #expect(quotes.first?.speaker?.mention?.text == "Protesters")
    }

    @Test func aNounLikeCueRightAfterAQuotation() {
        let text = "“There are invertebrates that have shown more spine,” reads an editorial in the newspaper."
        #expect(speaker(text, quote: "invertebrates")?.mention?.text == "an editorial")
    }

    @Test func anIngWordAfterADeterminerModifiesTheNoun() {
        #expect(
            speaker("“It was very nice,” the gambling tycoon told Reuters.", quote: "nice")?.mention?.text
                == "the gambling tycoon")
    }

    @Test func theSubjectOfTheVerbsLeadingToTheCue() {
        let went =
            "Claudia Tenney spoke at length. She went on to say:\n\n\"Incredibly, none of them will come out and support Trump.\""
        #expect(
            speaker(went, [("Claudia Tenney", .person, "Claudia Tenney")], quote: "Incredibly")?.mention?.text == "She")
        let began =
            "Tom Black left the room. When he returned he began by saying, “I don’t think that jail is necessary here.”"
        let s = speaker(began, [("Tom Black", .person, "Tom Black")], quote: "jail")
        #expect(s?.mention?.text == "he")
        #expect(s?.name == "Tom Black")
    }

    @Test func aNameAloneBeforeAColonCreditsTheQuote() {
        let text =
            "TURNOUT WAS HIGH IN IOWA - Michael P. McDonald: “At long last the nomination contests have finally started.”"
        #expect(
            speaker(text, [("Michael P. McDonald", .person, "Michael P. McDonald")], quote: "At long last")?.name
                == "Michael P. McDonald")
        let headline = "Kasich: ‘We are going to go all the way to Cleveland.’\n\nKasich spoke on Tuesday."
        #expect(speaker(headline, [("Kasich", .person, "John Kasich")], quote: "Cleveland")?.name == "John Kasich")
        // What comes "from" a name is theirs.
        let from = "Advice from Maria Olsen: ‘Never sign what you have not read.’\n\nOlsen retired in May."
        #expect(speaker(from, [("Maria Olsen", .person, "Maria Olsen")], quote: "Never sign")?.name == "Maria Olsen")
        // An object before the colon is not the speaker.
        let object = "Trump went after his rival Jeb Bush: “He is a very low-energy person and everybody knows it.”"
        #expect(
            speaker(
                object, [("Trump", .person, "Donald Trump"), ("Jeb Bush", .person, "Jeb Bush")], quote: "low-energy")?
                .name != "Jeb Bush")
    }

    @Test func aColonMayEndALongIntroductionAfterTheCue() {
        let text =
            "In a release, the committee said about its inclusion of the group in the latest draft of its long platform for the coming years and decades:\n\n\"The platform goes further than before.\""
        #expect(speaker(text, quote: "goes further")?.mention?.text == "the committee")
    }

    @Test func aDeterminerBeforeARecognisedName() {
        let text =
            "As if addressing him directly, the Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”"
        let s = speaker(
            text, [("Illinois Board of Elections", .organization, "Illinois Board of Elections")],
            quote: "Further discussion")
        #expect(s?.mention?.text == "the Illinois Board of Elections")
        #expect(s?.name == "Illinois Board of Elections")
    }

    @Test func subjectsAfterAConjunctionOrSeveralOpeners() {
        let and = "Bush called him robotic.\n\nAnd Mr. Christie gloated: ''I told you he wouldn't be ready.''"
        #expect(speaker(and, [("Christie", .person, "Chris Christie")], quote: "told you")?.name == "Chris Christie")
        let openers =
            "On Thursday, after remaining neutral throughout the primary, Warren appeared on television and endorsed Clinton, saying, “I think a fighter in the lead is exactly what this country needs.”"
        #expect(
            speaker(
                openers, [("Warren", .person, "Elizabeth Warren"), ("Clinton", .person, "Hillary Clinton")],
                quote: "fighter")?.name == "Elizabeth Warren")
    }

    @Test func describingWordsBeforeTheSubjectsName() {
        let text =
            "In response, Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected by the horrible attacks.”"
        #expect(speaker(text, [("Donald Trump", .person, "Donald Trump")], quote: "prayers")?.name == "Donald Trump")
    }

    @Test func aRelativeWhichStandsForADocument() {
        let text =
            "His release linked to the wire service report, which notes, “More than half the people who met her gave money to the foundation.”"
        #expect(speaker(text, quote: "More than half")?.mention?.text == "which")
    }

    @Test func aSurnameTheArticleGivesInFullIsANameBeforeAColon() {
        let text = "Trump: 'We are going to win so much.'\n\nDonald Trump was magnanimous on Tuesday night."
        let s = speaker(text, [("Donald Trump", .person, "Donald Trump")], quote: "win so much")
        #expect(s?.mention?.text == "Trump")
        #expect(s?.name == "Donald Trump")
        #expect(speaker("Update: 'We are going to win so much.'", quote: "win so much") == nil)
    }
}
