import Testing

@testable import BylineNLP

/// Tagged spans cut back to the name they hold, names cut in two joined, and names an article
/// repeats found where the tagger missed them.
@Suite struct EntityMentionEdgesTests {
    /// The mentions cleanup makes of the marked tagger spans, as texts and types.
    func cleaned(_ marked: String, _ types: [EntityType]) -> [String: EntityType] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let spans = Array(zip(m.tokenSpans(doc, types.count), types))
        var out: [String: EntityType] = [:]
        for found in EntityMentionCleanup.mentions(
            spans, doc, EntityFeatures(doc, gazetteer: .standard), gazetteer: .standard)
        {
            let a = Int(doc.tokens[found.tokens.lowerBound].start)
            out[doc.string(a, Int(doc.tokens[found.tokens.upperBound - 1].end))] = found.type
        }
        return out
    }

    @Test func aNameEndsBeforeALowercaseWordANumberOrADay() {
        #expect(cleaned("The 1️⃣Tarvik newsdesk2️⃣ said so.", [.place]) == ["Tarvik": .place])
        #expect(
            cleaned("Shares of 1️⃣Quorvant Ridge rose2️⃣ 4 percent.", [.organization]) == ["Quorvant Ridge": .organization])
        #expect(cleaned("1️⃣J. Hollis 4-172️⃣ bowled well.", [.person]) == ["J. Hollis": .person])
        #expect(cleaned("Troops entered 1️⃣Veltros Wednesday2️⃣ morning.", [.place]) == ["Veltros": .place])
        // A word with a capital inside is part of the name.
        #expect(cleaned("She sold it on 1️⃣Trade eBay2️⃣ last year.", [.organization]) == ["Trade eBay": .organization])
    }

    @Test func aBuildingOrAShowEndsNoPersonsName() {
        #expect(
            cleaned("Plans to convert 1️⃣Hagia Sophia Museum2️⃣ were made.", [.person]) == [
                "Hagia Sophia Museum": .place
            ])
        #expect(cleaned("She hosted 1️⃣The Doris Day Show2️⃣ on television.", [.person]) == [:])
        // A site word that is also a surname leaves a person a person.
        #expect(cleaned("The film starred 1️⃣Shirley Temple2️⃣ as a child.", [.person]) == ["Shirley Temple": .person])
        #expect(cleaned("Minister 1️⃣Barbara Castle2️⃣ spoke.", [.person]) == ["Barbara Castle": .person])
        // Other types are left alone.
        #expect(
            cleaned("The 1️⃣Tarvik Museum2️⃣ opened.", [.organization]) == ["Tarvik Museum": .organization])
    }

    @Test func aTradeBeforeAGivenNameInACaptionIsATitle() {
        #expect(
            cleaned("1️⃣Actress Denise Crosby2️⃣ is set to appear.", [.organization]) == ["Denise Crosby": .person])
    }

    @Test func aLowercaseWordNoNameHoldsSplitsASpan() {
        #expect(
            cleaned("1️⃣Quorvant Ridge advised Brannock2️⃣ on the sale.", [.organization])
                == ["Quorvant Ridge": .organization, "Brannock": .organization])
        // Words names hold inside them stay.
        #expect(
            cleaned(
                "Talks with 1️⃣Trinidad and Tobago2️⃣ and the 3️⃣Council on Foreign Relations4️⃣ began.",
                [.place, .organization])
                == ["Trinidad and Tobago": .place, "Council on Foreign Relations": .organization])
        #expect(cleaned("A letter from 1️⃣Osama bin Laden2️⃣ was read.", [.person]) == ["Osama bin Laden": .person])
    }

    @Test func aListedCompanyReadAsAPersonIsAnOrganisation() {
        #expect(cleaned("1️⃣KeyCorp2️⃣, contacted by phone, would not comment.", [.person]) == ["KeyCorp": .organization])
        // A name on no list keeps the tagger's type.
        #expect(cleaned("1️⃣Brannock2️⃣, contacted by phone, would not comment.", [.person]) == ["Brannock": .person])
    }

    @Test func namesJoinedByAnAmpersandAreOneOrganisation() {
        #expect(
            cleaned("The buyers hired 1️⃣Hollis2️⃣ & 3️⃣Varga4️⃣ for the deal.", [.person, .person])
                == ["Hollis & Varga": .organization])
        #expect(
            cleaned("Accounts were audited by 1️⃣Hollis2️⃣ & Varga last year.", [.person])
                == ["Hollis & Varga": .organization])
        // An ampersand at a line's end joins nothing.
        #expect(cleaned("Partners: 1️⃣Hollis2️⃣ &\nVarga", [.person]) == ["Hollis": .person])
    }

    @Test func aNameEndsInNoFunctionWordHoweverWritten() {
        #expect(
            cleaned("Grain came from southern 1️⃣Veltros But2️⃣ during the war it stopped.", [.place])
                == ["Veltros": .place])
        #expect(cleaned("A film called 1️⃣Harbour For2️⃣ a King aired.", [.organization]) == ["Harbour": .organization])
        // In capitals it may be a name's own word, and a name of one word is left to the other rules.
        #expect(cleaned("Fans of 1️⃣TARVIK AND QUENBY2️⃣ met.", [.organization]) == ["TARVIK AND QUENBY": .organization])
    }

    @Test func aNameOpensWithNoMonthAndAPersonKeepsADay() {
        #expect(
            cleaned("— 1️⃣Harbour Star, August2️⃣ 15, 2008", [.organization]) == ["Harbour Star": .organization])
        #expect(
            cleaned("In 1️⃣August Quenby Trading Board2️⃣ figures", [.organization])
                == ["Quenby Trading Board": .organization])
        #expect(cleaned("Detective 1️⃣Joe Friday2️⃣ came.", [.person]) == ["Joe Friday": .person])
    }

    @Test func aListOfNamesIsCutAtItsPunctuation() {
        #expect(
            cleaned("Bowling: 1️⃣K. Barrow 87; T. Mordley2️⃣ 2-40.", [.person])
                == ["K. Barrow": .person, "T. Mordley": .person])
        #expect(
            cleaned("Group H: 1️⃣Veltros, Quenby2️⃣ and Tarvik.", [.organization])
                == ["Veltros": .organization, "Quenby": .organization])
    }

    @Test func aSlashWithASpaceSeparatesTwoNames() {
        #expect(
            cleaned("Five years at 1️⃣Brannock / Quenby2️⃣ went fast.", [.organization])
                == ["Brannock": .organization, "Quenby": .organization])
        #expect(cleaned("He saw 1️⃣AC/DC2️⃣ live.", [.organization]) == ["AC/DC": .organization])
    }

    @Test func aPlaceEndingInAnOrganisationWordIsAnOrganisation() {
        #expect(
            cleaned("She asked the 1️⃣Veltros Security Council2️⃣ for help.", [.place])
                == ["Veltros Security Council": .organization])
        #expect(
            cleaned("Oil rose on the 1️⃣Tarvik Mercantile Exchange2️⃣ today.", [.place])
                == ["Tarvik Mercantile Exchange": .organization])
        // Places whose names end in such a word stay places.
        #expect(cleaned("Settlers left the 1️⃣West Bank2️⃣.", [.place]) == ["West Bank": .place])
        #expect(cleaned("They flew to 1️⃣Quenby City2️⃣.", [.place]) == ["Quenby City": .place])
    }

    @Test func aNameTakenOnOverAListedNameTakesTheTypeOfItsEnd() {
        // "People's Republic of Korea" is listed; the tagger read "Democratic People" as an organisation.
        #expect(
            cleaned(
                "It spoke in the name of 1️⃣Democratic People2️⃣'s 3️⃣Republic of Korea4️⃣.", [.organization, .place])
                == ["Democratic People's Republic of Korea": .place])
    }

    @Test func anAcronymInTheTextTakesBackTheFirstWordsOfItsName() {
        #expect(
            cleaned(
                "Envoys of 1️⃣Tarvik Bay2️⃣'s 3️⃣Free Quenby Union4️⃣ met. The 5️⃣TBFQU6️⃣ agreed.",
                [.place, .organization, .organization])
                == ["Tarvik Bay's Free Quenby Union": .organization, "TBFQU": .organization])
    }

    @Test func aLegalFormAfterACommaIsPartOfTheName() {
        #expect(
            cleaned("The counterparty, 1️⃣Brannock2️⃣, Inc., called.", [.person])
                == ["Brannock, Inc.": .organization])
        #expect(
            cleaned("Ask 1️⃣Ellis Tarrow, Jr.2️⃣ today.", [.person]) == ["Ellis Tarrow, Jr.": .person])
    }

    @Test func aPersonCutInTwoIsJoined() {
        #expect(
            cleaned("Coach 1️⃣Alec2️⃣ 3️⃣O'Dunleavy4️⃣ resigned.", [.person, .organization])
                == ["Alec O'Dunleavy": .person])
        // Across a comma they stay two names.
        #expect(
            cleaned("1️⃣Alec2️⃣, 3️⃣Veltros4️⃣ and Tarvik", [.person, .place]) == ["Alec": .person, "Veltros": .place])
    }

    @Test func aParticipleOpeningTheSentenceIsNoPartOfTheName() {
        #expect(cleaned("1️⃣Regarding Tarrow2️⃣'s call, nobody spoke.", [.person]) == ["Tarrow": .person])
        #expect(cleaned("1️⃣Following Veltros2️⃣, we left.", [.person]) == ["Veltros": .person])
        // Listed names that open with such a word keep it.
        #expect(cleaned("1️⃣United States2️⃣ troops left.", [.place]) == ["United States": .place])
    }

    @Test func anAdverbOrConjunctionOpeningTheSentenceIsNoPartOfTheName() {
        #expect(cleaned("1️⃣Meanwhile Brannock2️⃣ cut prices.", [.organization]) == ["Brannock": .organization])
        #expect(cleaned("1️⃣However Tarrow Quist2️⃣ disagreed.", [.person]) == ["Tarrow Quist": .person])
        // Only at the start of a sentence.
        #expect(
            cleaned("Fans of the 1️⃣Meanwhile Brannock2️⃣ band came.", [.organization])
                == ["Meanwhile Brannock": .organization])
    }

    @Test func aGivenNameTakesTheCapitalisedWordAfterItAsItsSurname() {
        #expect(cleaned("Seats went to 1️⃣James2️⃣ To of the party.", [.person]) == ["James To": .person])
        #expect(cleaned("Then 1️⃣Claudia2️⃣ Mo won.", [.person]) == ["Claudia Mo": .person])
        // Not a title, an organisation word or a day; not a word that is no given name.
        #expect(cleaned("They met 1️⃣James2️⃣ Monday.", [.person]) == ["James": .person])
        #expect(cleaned("They met 1️⃣James2️⃣ Senator Lee.", [.person]) == ["James": .person])
        // (An organisation word after a name makes an organisation: "the James Council".)
        #expect(cleaned("The 1️⃣James2️⃣ Council met.", [.person]) == ["James Council": .organization])
        #expect(cleaned("Ask 1️⃣Veltros2️⃣ To.", [.person]) == ["Veltros": .person])
        // A short surname follows a word the tagger took for a person even when no list holds
        // it as a given name; not a short common word or a listed place.
        #expect(cleaned("The veteran 1️⃣Quilla2️⃣ Ho lost her seat.", [.person]) == ["Quilla Ho": .person])
        #expect(cleaned("Researcher 1️⃣Tavo2️⃣ Mu said so.", [.person]) == ["Tavo Mu": .person])
        #expect(cleaned("Ask 1️⃣Tavo2️⃣ Now.", [.person]) == ["Tavo": .person])
        #expect(cleaned("We saw 1️⃣Tavo2️⃣ Oslo.", [.person]) == ["Tavo": .person])
        // A title-case headline capitalises every word.
        #expect(
            cleaned("1️⃣Regina2️⃣ Wins The Vote In Tarvik\n\nRegina Ip won the vote.", [.person])["Regina"] == .person)
    }

    @Test func aSurnameTakesTheHyphenatedGivenNameAfterIt() {
        #expect(cleaned("Then 1️⃣Leung2️⃣ Kwok-hung of LSD won.", [.person]) == ["Leung Kwok-hung": .person])
        // A hyphenated word ending in an English word is no given name.
        #expect(cleaned("Then 1️⃣Tarrow2️⃣ Kwok-based firms won.", [.person]) == ["Tarrow": .person])
        #expect(cleaned("Ask 1️⃣Tarrow2️⃣.\nKwok-hung won.", [.person]) == ["Tarrow": .person])
    }

    @Test func aNameTakesTheCapitalisedWordsUpToAnOrganisationWordAfterIt() {
        #expect(
            cleaned("They flew from the 1️⃣Veltros2️⃣ Space 3️⃣Center4️⃣ on Tuesday.", [.place, .place])
                == ["Veltros Space Center": .place])
        #expect(
            cleaned("We heard the 1️⃣Tarvik2️⃣ Mining Corporation deny it.", [.place])
                == ["Tarvik Mining Corporation": .organization])
        // No more than three words, none opening a sentence or in capitals, and a mention cut
        // across is left alone.
        #expect(
            cleaned("We saw 1️⃣Tarvik2️⃣ Red Green Blue Corporation play.", [.place]) == ["Tarvik": .place])
        #expect(cleaned("We saw 1️⃣Tarvik2️⃣. Corporation men played.", [.place]) == ["Tarvik": .place])
        #expect(cleaned("1️⃣TARVIK2️⃣ BEATS CORPORATION", [.person])["TARVIK"] != nil)
        #expect(
            cleaned("We saw 1️⃣Tarvik2️⃣ 3️⃣Space Center Brannock4️⃣ there.", [.place, .organization])
                == ["Tarvik": .place, "Space Center Brannock": .organization])
    }

    @Test func aNameItsPossessiveAndAPersonAreCutApart() {
        #expect(
            cleaned("Members of 1️⃣Tarvik's Dana Lee2️⃣ won seats.", [.organization]) == [
                "Tarvik": .organization, "Dana Lee": .person,
            ])
        // An organisation word after the possessive keeps the name whole.
        #expect(
            cleaned("She was taken to 1️⃣St Mary's Children Hospital2️⃣.", [.organization]) == [
                "St Mary's Children Hospital": .organization
            ])
    }

    @Test func anOrdinalInFiguresOpensTheOrganisationAfterIt() {
        #expect(cleaned("Members of the 501st 1️⃣Legion2️⃣ marched.", [.organization]) == ["501st Legion": .organization])
        // A person or a place does not take it.
        #expect(cleaned("She came 21st 1️⃣Dana Lee2️⃣ said.", [.person]) == ["Dana Lee": .person])
    }

    @Test func aNameGluedToAWebAddressEndingIsTheWebsite() {
        #expect(
            cleaned("According to the 1️⃣Harbourwire2️⃣.com.au report, prices rose.", [.person]) == [
                "Harbourwire.com.au": .organization
            ])
        // A full stop ends a sentence, not an address.
        #expect(cleaned("He met 1️⃣Dana Oyelaran2️⃣. then left.", [.person]) == ["Dana Oyelaran": .person])
    }
}

@Suite struct EntityRepeatsTests {
    func names(_ text: String) -> [EntityMention] { EntityRecognizer.standard.recognize(Document(text)) }

    /// The mentions `EntityRepeats` adds to the marked ones, as texts and types.
    func repeated(_ marked: String, _ types: [EntityType]) -> [String] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let spans = m.tokenSpans(doc, types.count)
        let found = Array(zip(spans, types)).map { (tokens: $0.0, type: $0.1) }
        let all = EntityRepeats.mentions(found, doc, EntityFeatures(doc, gazetteer: .standard))
        return all.filter { a in !spans.contains(a.tokens) }.map {
            doc.string(Int(doc.tokens[$0.tokens.lowerBound].start), Int(doc.tokens[$0.tokens.upperBound - 1].end))
        }
    }

    @Test func aNameFoundOnceIsFoundWhereverItIsRepeated() {
        let added = repeated(
            "1️⃣Quorvant Ridge2️⃣ hired staff. Later Quorvant Ridge said it would grow, and Quorvant Ridge did.",
            [.organization])
        #expect(added == ["Quorvant Ridge", "Quorvant Ridge"])
    }

    @Test func aRepeatIsNeverPartOfALongerName() {
        let added = repeated("1️⃣Paris2️⃣ is busy. Paris Hilton flew in, and so did Paris Lane.", [.place])
        #expect(added.isEmpty)
    }

    @Test func anOrdinaryWordOpeningASentenceIsNoRepeat() {
        let added = repeated(
            "Rain fell on 1️⃣Nice2️⃣ today. Nice weather is rare, people say, and nice days are few.", [.place])
        #expect(added.isEmpty)
    }

    @Test func aRepeatTakesTheNamesType() {
        let text = "Shares in Brannock Keel Ltd fell. Investors fear Brannock Keel will cut jobs."
        let found = names(text).filter { $0.text == "Brannock Keel" }
        #expect(found.count == 1)
        #expect(found.first?.type == .organization)
    }
}
