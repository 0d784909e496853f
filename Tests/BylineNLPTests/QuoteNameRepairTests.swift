import Testing

@testable import BylineNLP

/// Speakers stay whole when the entity recogniser splits or mistypes a person's name: the
/// mentions below are the ones a recogniser gets wrong in those ways.
@Suite struct QuoteNameRepairTests {
    @Test func aGivenNameFoundAloneTakesTheSurnameAfterIt() {
        let text = """
            Councillor Marta Vell opened the meeting. Sen. Greta Holloway (D-Vt.) answered her.

            “The budget is late again,” she said.
            """
        // Only "Greta" was found, not "Holloway".
        let quotes = QuoteTesting.quotes(text, [("Marta Vell", .person, "Marta Vell"), ("Greta", .person, "Greta")])
        #expect(quotes.first?.speaker?.name == "Greta Holloway")
    }

    @Test func aGivenNameEndingAnOrganisationJoinsTheSurnameAfterIt() {
        let text = """
            Riverside Labour Party Chairman Peter Quade called the vote a "huge win for the town."

            "It shows what people want," he said. Quade spoke for ten minutes.
            """
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Riverside Labour Party Chairman Peter", .organization, "Riverside Labour Party"),
                ("Quade", .person, "Quade"),
            ])
        #expect(QuoteTesting.quote(quotes, containing: "It shows")?.speaker?.name == "Peter Quade")
    }

    @Test func aGivenNameBeforeASurnameFoundElsewhereIsAPerson() {
        let text = """
            Bill Ostrow spoke first. Former Ohio Gov. Ed Brannigan, who chaired the party in 2000, agreed.

            “There is no chance of that,” he said.

            Brannigan left before the vote.
            """
        // The recogniser found "Brannigan" alone later but nothing in "Former Ohio Gov. Ed Brannigan".
        let mentions =
            QuoteTesting.mentions(text, [("Bill Ostrow", .person, "Bill Ostrow")])
            + [QuoteTesting.mention("Brannigan", in: text, occurrence: 1, type: .person)].compactMap { $0 }
        let quotes = QuoteAttributor.standard.attribute(Document(text), entities: mentions)
        #expect(quotes.first?.speaker?.name == "Ed Brannigan")
    }

    @Test func aSurnameTakenForAnOrganisationIsThePersonOfThatSurname() {
        let text = """
            Attorney General Rosa Delgado met the staff. Her deputy, Frank Ibsen, stayed behind.

            Delgado said the work Judge Ann Frey began was not finished.

            “We will finish it,” she said.
            """
        // The recogniser took the lone "Delgado" (its second occurrence) for an organisation.
        let mentions =
            QuoteTesting.mentions(
                text,
                [
                    ("Rosa Delgado", .person, "Rosa Delgado"), ("Frank Ibsen", .person, "Frank Ibsen"),
                    ("Ann Frey", .person, "Ann Frey"),
                ]) + [QuoteTesting.mention("Delgado", in: text, occurrence: 1, type: .organization)].compactMap { $0 }
        let quotes = QuoteAttributor.standard.attribute(
            Document(text), entities: mentions.sorted { $0.start < $1.start })
        let quote = QuoteTesting.quote(quotes, containing: "We will finish")
        #expect(quote?.speaker?.name == "Rosa Delgado")
    }

    @Test func aParticipleOpeningASentenceIsNotPartOfAName() {
        let text = """
            Governor Tom Ruiz spoke in the morning.

            Rattled by the criticism, Ruiz changed his plan.

            “The cuts will go to working families,” he said.
            """
        let quotes = QuoteTesting.quotes(
            text,
            [("Tom Ruiz", .person, "Tom Ruiz"), ("Rattled", .person, "Rattled"), ("Ruiz changed", .person, "Ruiz")])
        #expect(quotes.first?.speaker?.name == "Tom Ruiz")
        let joined = """
            Governor Tom Ruiz spoke in the morning. Ann Lowe spoke after him.

            Injecting Lowe's record into the race, Ruiz changed his plan.

            “The cuts will go to working families,” he said.
            """
        let second = QuoteTesting.quotes(
            joined,
            [
                ("Tom Ruiz", .person, "Tom Ruiz"), ("Ann Lowe", .person, "Ann Lowe"),
                ("Injecting Lowe", .person, "Injecting Lowe"), ("Ruiz changed", .person, "Ruiz"),
            ])
        #expect(second.first?.speaker?.name == "Tom Ruiz")
    }

    @Test func aNameWrittenWithAMiddleInitialIsTheFullerForm() {
        let text = """
            Dana R. Whitfield joined the firm in 1990.

            Years later, Dana Whitfield said she was often ignored.

            “People tend not to say that to me,” she said.
            """
        let quotes = QuoteTesting.quotes(
            text, [("Dana R. Whitfield", .person, "Dana R. Whitfield"), ("Dana Whitfield", .person, "Dana Whitfield")])
        #expect(QuoteTesting.quote(quotes, containing: "People tend")?.speaker?.name == "Dana R. Whitfield")
    }

    @Test func aSurnameTakenForAPlaceIsThePersonOfThatSurname() {
        let text = """
            Retired Navy Adm. Lena Ostby is speaking out about the fleet.

            Her successor, Vice Adm. Joan Reyes, disagreed with her last week.

            Ostby went on to explain why the cuts hurt.

            “Nobody trains any more,” she said.
            """
        // The recogniser found "Lena" alone and took the lone "Ostby" for a place.
        let mentions =
            QuoteTesting.mentions(text, [("Lena", .person, "Lena"), ("Joan Reyes", .person, "Joan Reyes")])
            + [QuoteTesting.mention("Ostby", in: text, occurrence: 1, type: .place)].compactMap { $0 }
        let quotes = QuoteAttributor.standard.attribute(
            Document(text), entities: mentions.sorted { $0.start < $1.start })
        #expect(QuoteTesting.quote(quotes, containing: "Nobody trains")?.speaker?.name == "Lena Ostby")
    }

    @Test func aPlaceTheTextUsesAfterInStaysAPlace() {
        let text = """
            Mayor Tom Kimble opened the bridge in Kimble on Friday.

            Ron Tully, a resident, watched from the bank. Kimble has waited ten years for it.

            “It changes everything,” he said.
            """
        let mentions =
            QuoteTesting.mentions(text, [("Tom Kimble", .person, "Tom Kimble"), ("Ron Tully", .person, "Ron Tully")])
            + [1, 2].compactMap { QuoteTesting.mention("Kimble", in: text, occurrence: $0, type: .place) }
        let quotes = QuoteAttributor.standard.attribute(
            Document(text), entities: mentions.sorted { $0.start < $1.start })
        #expect(QuoteTesting.quote(quotes, containing: "It changes")?.speaker?.name == "Ron Tully")
    }

    @Test func aGivenNameBeforeASurnameTakenForAnOrganisationIsAPerson() {
        let text = """
            Lakeside Green Party Chair Walter Hargett called the ruling a "victory for tenants."

            "Rents will come down," he said in a statement.
            """
        // "Chair" ends an organisation; "Walter" is found as nothing, "Hargett" as an organisation.
        let quotes = QuoteTesting.quotes(
            text,
            [
                ("Lakeside Green Party Chair", .organization, "Lakeside Green Party"),
                ("Hargett", .organization, "Hargett"),
            ])
        #expect(QuoteTesting.quote(quotes, containing: "Rents will")?.speaker?.name == "Walter Hargett")
    }

    @Test func aFamilyNameTakesTheHyphenatedGivenNameAfterIt() {
        let text = """
            Finance Minister Joon Park-lee spoke first. Envoy Moon Tae-ho condemned the launch.

            “We count on our partners to act,” he told reporters.
            """
        // Only "Moon" was found, not "Tae-ho".
        let quotes = QuoteTesting.quotes(
            text, [("Joon Park-lee", .person, "Joon Park-lee"), ("Moon", .person, "Moon")])
        #expect(quotes.first?.speaker?.name == "Moon Tae-ho")
    }

    @Test func aPersonsNameTakenForAnOrganisationIsAPerson() {
        let text = """
            Karen Holt is calling the plan "reckless." The council voted for it anyway.

            She says it will cost "far more than anyone admits."

            “Nobody read the figures,” she said.
            """
        let quotes = QuoteTesting.quotes(text, [("Karen Holt", .organization, "Holt")])
        #expect(QuoteTesting.quote(quotes, containing: "Nobody read")?.speaker?.name == "Karen Holt")
        // A well-known person's full name is a person whatever the recogniser called it.
        let known = "Angela Merkel visited the plant on Monday.\n\n“This is the future,” she said."
        let second = QuoteTesting.quotes(known, [("Angela Merkel", .place, "Angela Merkel")])
        #expect(second.first?.speaker?.name == "Angela Merkel")
        #expect(second.first?.speaker?.mention?.text == "she")
    }

    @Test func theEndOfAFullNameTakenForAPlaceIsThatPerson() {
        let text = """
            Daw Khin Mya Thet visited the capital on Wednesday. Her host, Ola Brand, met her there.

            In response to criticism, Mya Thet recently opened a commission.

            “Peace means prosperity,” she said.
            """
        // "Mya Thet" alone was taken for a place.
        let mentions =
            QuoteTesting.mentions(
                text, [("Khin Mya Thet", .person, "Khin Mya Thet"), ("Ola Brand", .person, "Ola Brand")])
            + [QuoteTesting.mention("Mya Thet", in: text, occurrence: 1, type: .place)].compactMap { $0 }
        let quotes = QuoteAttributor.standard.attribute(
            Document(text), entities: mentions.sorted { $0.start < $1.start })
        #expect(QuoteTesting.quote(quotes, containing: "Peace means")?.speaker?.name == "Khin Mya Thet")
    }
}
