import Testing

@testable import BylineNLP

/// Companies named without a cue word inside the name, typed from the words around them, and
/// titles of works kept out of the names.
@Suite struct EntityCompanyEvidenceTests {
    func types(_ marked: String, _ types: [EntityType]) -> [String: Set<EntityType>] {
        EntityDocumentTypingTests().types(marked, types)
    }

    func canonical(_ marked: String, _ types: [EntityType]) -> [String: String] {
        EntityAliasesTests().canonical(marked, types)
    }

    /// Where a report was filed is a place, whatever the tagger read; the same name in the body
    /// keeps its own type (a report filed in a city about its club).
    @Test func aDatelineMakesAPlace() {
        let filed = types(
            "Jobs cut\n\n1️⃣TARVIK2️⃣ (3️⃣Harbourwire4️⃣) - Plants in 5️⃣Tarvik6️⃣ closed.",
            [.organization, .organization, .place])
        #expect(filed["TARVIK"] == [.place] && filed["Tarvik"] == [.place])
        #expect(filed["Harbourwire"] == [.organization])
        let dated = types("1️⃣QUENBY2️⃣, Jan 14 (Harbourwire) - Talks began.", [.organization])
        #expect(dated["QUENBY"] == [.place])
        let club = types(
            "1️⃣VELTROS2️⃣ 1996-08-30\n\nThe striker joined 3️⃣Veltros4️⃣ last year.", [.organization, .organization])
        #expect(club["VELTROS"] == [.place] && club["Veltros"] == [.organization])
        // Capitals at a line's start followed by a score, or mid-line, are no dateline.
        let score = types("Results\n\n1️⃣TARVIK2️⃣ 2 QUENBY 0", [.organization])
        #expect(score["TARVIK"] == [.organization])
        let inside = types("Fans of 1️⃣TARVIK2️⃣ (Harbourwire) cheered.", [.organization])
        #expect(inside["TARVIK"] == [.organization])
    }

    @Test func aRelativeWithWordsBeforeItNamesAPerson() {
        let child = types(
            "They were jailed over the death of their nine-month-old child, 1️⃣Marla2️⃣. 3️⃣Marla4️⃣ had eczema.",
            [.organization, .organization])
        #expect(child["Marla"] == [.person])
        // A relative with no owner before it says nothing.
        let none = types("A child, 1️⃣Marla2️⃣, was seen.", [.organization])
        #expect(none["Marla"] == [.organization])
    }

    @Test func aPlaceBeforeAnOwnedCompanyNounStaysAPlace() {
        let owned = types("Brannock said it would add jobs at its 1️⃣Tarvik2️⃣ headquarters.", [.place])
        #expect(owned["Tarvik"] == [.place])
        let company = types("1️⃣Brannock2️⃣ headquarters moved.", [.place])
        #expect(company["Brannock"] == [.organization])
    }

    @Test func aCompanyNounBeforeTheNameMakesAnOrganisation() {
        let t = types(
            "The carmaker 1️⃣Brannock Keel2️⃣ will cut 500 jobs; 3️⃣Brannock Keel4️⃣ has plants in Ohio.",
            [.person, .person])
        #expect(t["Brannock Keel"] == [.organization])
    }

    @Test func anAppositionHeadedByACompanyNounMakesAnOrganisation() {
        let t = types(
            "1️⃣Garrison Baines2️⃣, a Chicago law firm, filed the suit. 3️⃣Garrison Baines4️⃣ expects to win.",
            [.person, .person])
        #expect(t["Garrison Baines"] == [.organization])
        let analysts = types(
            "1️⃣Tarrow Quist2️⃣, an analyst firm based in Oslo, cut its forecast.", [.person])
        #expect(analysts["Tarrow Quist"] == [.organization])
    }

    @Test func anAppositionThatIsNotACompanyKeepsThePerson() {
        let t = types(
            "1️⃣Lena Marsh2️⃣, a firm believer in rules, resigned. 3️⃣Lena Marsh4️⃣, a lawyer at the firm, agreed.",
            [.person, .person])
        #expect(t["Lena Marsh"] == [.person])
    }

    @Test func aJobAtTheNameMakesAnOrganisation() {
        let t = types(
            "Analysts at 1️⃣Quorvant Ridge2️⃣ expect weaker sales, and 3️⃣Quorvant Ridge4️⃣ agrees.",
            [.person, .person])
        #expect(t["Quorvant Ridge"] == [.organization])
        let employer = types("1️⃣Forrest Haldane2️⃣ chief executive Tom Lake said sales grew.", [.person])
        #expect(employer["Forrest Haldane"] == [.organization])
        // A subject, not an employer.
        let subject = types("1️⃣North Korea2️⃣ analyst Jean Lee said so.", [.place])
        #expect(subject["North Korea"] == [.place])
    }

    @Test func aTeamIsNoPerson() {
        let t = types(
            "1️⃣Carrowmore2️⃣ beat 3️⃣Dunleary4️⃣ 3-1, said 5️⃣Dunleary6️⃣ assistant coach 7️⃣Ben Radley8️⃣.",
            [.person, .person, .person, .person])
        #expect(t["Dunleary"] == [.organization])
        #expect(t["Ben Radley"] == [.person])
        let player = types("1️⃣Ana Veltri2️⃣'s coach said 3️⃣Ana Veltri4️⃣ was tired.", [.person, .person])
        #expect(player["Ana Veltri"] == [.person])
    }

    @Test func aTitleOfAWorkIsNeitherPersonNorOrganisation() {
        let t = types(
            "In the film 1️⃣Blue Harbour Nights2️⃣, 3️⃣Maria Lind4️⃣ plays a singer. 5️⃣Blue Harbour Nights6️⃣ opens in March.",
            [.person, .person, .organization])
        #expect(t["Blue Harbour Nights"] == nil)
        #expect(t["Maria Lind"] == [.person])
        let verb = types("Polls show 1️⃣Dana Whitlow2️⃣ ahead in the race.", [.person])
        #expect(verb["Dana Whitlow"] == [.person])
        // One more lowercase word before a noun that is no verb.
        let modified = types(
            "He starred in the 2018 Marvel superhero film 1️⃣Blue Harbour2️⃣. 3️⃣Blue Harbour4️⃣ made millions.",
            [.person, .person])
        #expect(modified["Blue Harbour"] == nil)
        let object = types("Recent polls show 1️⃣Dana Whitlow2️⃣ ahead.", [.person])
        #expect(object["Dana Whitlow"] == [.person])
    }

    @Test func aFirstWordJoinsTheOrganisationItOpens() {
        let names = canonical(
            "1️⃣Pellworth Energy2️⃣ will hire. 3️⃣Pellworth4️⃣'s profits rose, and 5️⃣Pellworth6️⃣ said so.",
            [.organization, .person, .person])
        #expect(names["Pellworth"] == "Pellworth Energy")
        let t = types(
            "1️⃣Pellworth Energy2️⃣ will hire. 3️⃣Pellworth4️⃣'s profits rose, and 5️⃣Pellworth6️⃣ said so.",
            [.organization, .person, .person])
        #expect(t["Pellworth"] == [.organization])
    }

    @Test func aFirstWordThatIsAlsoAPersonsNameStaysApart() {
        let t = types(
            "1️⃣Morgan Stanley2️⃣ advised 3️⃣Alan Morgan4️⃣, and 5️⃣Morgan6️⃣ thanked the bank.",
            [.organization, .person, .person])
        #expect(t["Morgan"] == [.person])
        let names = canonical(
            "1️⃣Morgan Stanley2️⃣ advised 3️⃣Alan Morgan4️⃣, and 5️⃣Morgan6️⃣ thanked the bank.",
            [.organization, .person, .person])
        #expect(names["Morgan"] == "Alan Morgan")
    }
}

/// Short forms in brackets and names in title-case headlines, read with the body's help.
@Suite struct EntityBracketAndHeadlineTests {
    func canonical(_ marked: String, _ types: [EntityType]) -> [String: String] {
        EntityAliasesTests().canonical(marked, types)
    }

    @Test func aBracketedShortFormIsAnAliasOfTheNameBeforeIt() {
        let names = canonical(
            "1️⃣Brindle Motors2️⃣ (3️⃣BMC4️⃣) cut jobs, and 5️⃣BMC6️⃣ shares fell.",
            [.organization, .organization, .organization])
        #expect(names["BMC"] == "Brindle Motors")
        let other = canonical(
            "1️⃣Brindle Motors2️⃣ (3️⃣XKE4️⃣) cut jobs.", [.organization, .organization])
        #expect(other["XKE"] == "XKE")
    }

    /// Mentions of a headline and body text, as the recognizer gives them after the tagger.
    func headline(_ marked: String, _ types: [EntityType]) -> [(text: String, type: EntityType)] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        var found: [EntityMentionCleanup.Found] = []
        for (k, type) in types.enumerated() {
            let span = m.span(2 * k + 1, 2 * k + 2)
            let first = doc.tokenIndex(atOrAfter: span.lowerBound)
            var last = first
            while last < doc.tokens.count && Int(doc.tokens[last].end) <= span.upperBound { last += 1 }
            found.append((first..<last, type))
        }
        return EntityAliases.canonicalize(doc, EntityHeadline.mentions(found, doc)).map { ($0.text, $0.type) }
    }

    @Test func aJobWordInAHeadlineIsNoFirstName() {
        let found = headline(
            """
            1️⃣Defence Chief Morgan2️⃣ Quits After Row
            Defence chief 3️⃣Alan Morgan4️⃣ resigned on Monday.
            """, [.person, .person])
        #expect(found.contains { $0.text == "Morgan" && $0.type == .person })
        #expect(!found.contains { $0.text.contains("Chief") })
    }

    @Test func aHeadlineNameTakesTheBodysType() {
        let found = headline(
            """
            1️⃣Pellworth2️⃣ Cuts Jobs In 3️⃣Houston4️⃣ As Prices Fall
            5️⃣Pellworth Energy6️⃣ will cut 500 jobs in 7️⃣Houston8️⃣, it said.
            """, [.person, .person, .organization, .place])
        #expect(found.filter { $0.text == "Pellworth" }.map(\.type) == [.organization])
        #expect(found.filter { $0.text == "Houston" }.map(\.type) == [.place, .place])
    }

    @Test func aMentionRunOnFromTheHeadlineIsCutAtItsEnd() {
        let found = headline(
            """
            Storm Closes Roads Near 1️⃣Lake Varn
            Jane Ostrow2️⃣ said the roads near 3️⃣Lake Varn4️⃣ would reopen.
            """, [.organization, .place])
        #expect(found.contains { $0.text == "Lake Varn" && $0.type == .place })
        #expect(found.contains { $0.text == "Jane Ostrow" })
        #expect(!found.contains { $0.text.contains("\n") })
    }

    @Test func aHeadlineWordTheBodyDoesNotNameIsNoName() {
        let found = headline(
            """
            1️⃣Harbour2️⃣ Deal Falls Through Again
            The talks ended on Monday without a deal, officials said.
            """, [.person])
        #expect(found.isEmpty)
    }
}

/// A relative, an apposition headed by a person noun, or a birth makes a name a person's.
@Suite struct EntityPersonEvidenceTests {
    func types(_ marked: String, _ types: [EntityType]) -> [String: Set<EntityType>] {
        EntityDocumentTypingTests().types(marked, types)
    }

    @Test func aRelativeMakesAPerson() {
        let t = types(
            "He asked them to look into his son, 1️⃣Tarrow Quist2️⃣. 3️⃣Tarrow Quist4️⃣ sat on a board.",
            [.organization, .organization])
        #expect(t["Tarrow Quist"] == [.person])
    }

    @Test func aPersonNounInAnAppositionMakesAPerson() {
        let t = types(
            "1️⃣Veltra Paris2️⃣, an Australian woman and former nurse, sued. 3️⃣Veltra Paris4️⃣ won.",
            [.place, .place])
        #expect(t["Veltra Paris"] == [.person])
    }

    @Test func aBirthMakesAPerson() {
        let t = types("1️⃣Orla Brant2️⃣ was born in Cork, and 3️⃣Orla Brant4️⃣ left at ten.", [.place, .place])
        #expect(t["Orla Brant"] == [.person])
        let company = types("1️⃣Brannock Keel2️⃣, a Chicago law firm, was sued.", [.person])
        #expect(company["Brannock Keel"] == [.organization])
    }

    @Test func aListedPlaceStaysAPlaceAfterAnOfficeOfIt() {
        let t = types(
            "The chief executive of 1️⃣Hong Kong2️⃣ spoke, and 3️⃣Hong Kong4️⃣ listened.", [.place, .place])
        #expect(t["Hong Kong"] == [.place])
        let company = types(
            "The chief executive of 1️⃣Brannock Keel2️⃣ spoke, and 3️⃣Brannock Keel4️⃣ listened.", [.person, .place])
        #expect(company["Brannock Keel"] == [.organization])
    }

    @Test func aPossessiveBeforeAMediaNounMakesAnOrganisation() {
        let t = types("Join 1️⃣TQ2️⃣'s Telegram channel here.", [.place])
        #expect(t["TQ"] == [.organization])
        let bureau = types("1️⃣Brannock2️⃣'s Washington correspondent wrote it.", [.person])
        #expect(bureau["Brannock"] == [.organization])
        // Without the possessive the noun says nothing of the name before it.
        let place = types("A 1️⃣Veltros2️⃣ correspondent wrote it.", [.place])
        #expect(place["Veltros"] == [.place])
    }

    @Test func anAcronymTakesTheTypeOfTheNameItAbbreviates() {
        let t = types(
            "Envoys of the 1️⃣Free Republic of Quenby2️⃣ met. The 3️⃣FRQ4️⃣ said the 5️⃣FRQ6️⃣ would wait.",
            [.place, .organization, .organization])
        #expect(t["FRQ"] == [.place])
        let names = EntityAliasesTests().canonical(
            "Envoys of the 1️⃣Free Republic of Quenby2️⃣ met. The 3️⃣FRQ4️⃣ said so.", [.place, .organization])
        #expect(names["FRQ"] == "Free Republic of Quenby")
    }

    @Test func aLawIsNeitherPlaceNorOrganisation() {
        let t = types(
            "Under the 1️⃣Tarvik Constitution2️⃣, the 3️⃣Tarvik4️⃣ parliament votes. The 5️⃣Brannock Act6️⃣ passed.",
            [.place, .place, .organization])
        #expect(t["Tarvik Constitution"] == nil)
        #expect(t["Brannock Act"] == nil)
        #expect(t["Tarvik"] == [.place])
    }
}
