import Testing

@testable import BylineNLP

@Suite struct EntityAliasesTests {
    /// Canonical names given to hand-placed mentions of `text`, by mention text.
    func canonical(_ marked: String, _ types: [EntityType]) -> [String: String] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        var found: [(tokens: Range<Int>, type: EntityType)] = []
        for (k, type) in types.enumerated() {
            let span = m.span(2 * k + 1, 2 * k + 2)
            let first = doc.tokenIndex(atOrAfter: span.lowerBound)
            var last = first
            while last < doc.tokens.count && Int(doc.tokens[last].end) <= span.upperBound { last += 1 }
            found.append((first..<last, type))
        }
        var out: [String: String] = [:]
        for mention in EntityAliases.canonicalize(doc, found) { out[mention.text] = mention.canonical }
        return out
    }

    @Test func surnamesAndTitledNamesTakeTheFullName() {
        let names = canonical(
            "1️⃣Antony Blinken2️⃣ spoke first. 3️⃣Mr Blinken4️⃣ then left, and 5️⃣Blinken's6️⃣ aides followed.",
            [.person, .person, .person])
        #expect(names["Antony Blinken"] == "Antony Blinken")
        #expect(names["Mr Blinken"] == "Antony Blinken")
        #expect(names["Blinken's"] == "Antony Blinken")
    }

    @Test func koreanNamesMatchOnTheFamilyName() {
        let names = canonical("1️⃣Kim Jong Un2️⃣ watched the launch. 3️⃣Mr Kim4️⃣ said it went well.", [.person, .person])
        #expect(names["Mr Kim"] == "Kim Jong Un")
    }

    @Test func aShortNameTaggedAsAnotherTypeJoinsThePerson() {
        let names = canonical("1️⃣Doris Day2️⃣ sang for decades. 3️⃣Day4️⃣ retired in 1986.", [.person, .organization])
        #expect(names["Day"] == "Doris Day")
    }

    @Test func anAmbiguousSurnameStaysAsWritten() {
        let names = canonical(
            "1️⃣Kim Jong Un2️⃣ and his sister 3️⃣Kim Yo Jong4️⃣ arrived; 5️⃣Kim6️⃣ spoke.", [.person, .person, .person])
        #expect(names["Kim"] == "Kim")
    }

    @Test func shortFormsAndAcronymsJoinTheirFullNames() {
        let names = canonical(
            """
            1️⃣UN Security Council2️⃣ members met. The 3️⃣United Nations Security Council4️⃣ will vote. \
            The 5️⃣DPRK6️⃣ objected, said the 7️⃣Democratic People's Republic of Korea8️⃣.
            """, [.organization, .organization, .place, .place])
        #expect(names["UN Security Council"] == names["United Nations Security Council"])
        #expect(names["UN Security Council"] == "UN Security Council")
        #expect(names["DPRK"] == names["Democratic People's Republic of Korea"])
    }

    @Test func initialsMatchNamesNotOnTheHandList() {
        let names = canonical(
            "The 1️⃣Byline Research Unit2️⃣ said on Monday that the 3️⃣BRU4️⃣ would reply.", [.organization, .organization])
        #expect(names["BRU"] == "Byline Research Unit")
    }

    @Test func mixedCaseFormsWinOverCapitals() {
        let names = canonical("1️⃣WASHINGTON2️⃣ - Officials in 3️⃣Washington4️⃣ agreed.", [.place, .place])
        #expect(names["WASHINGTON"] == "Washington")
    }

    @Test func theMostFrequentFormIsCanonicalTheFirstOnATie() {
        let frequent = canonical(
            "1️⃣Tarrow Inc2️⃣ opened a mill. 3️⃣Tarrow4️⃣ hired staff, and 5️⃣Tarrow6️⃣ grew.",
            [.organization, .organization, .organization])
        #expect(frequent["Tarrow Inc"] == "Tarrow")
        let tie = canonical(
            "1️⃣Tarrow Inc2️⃣ opened a mill. 3️⃣Tarrow4️⃣ hired staff.", [.organization, .organization])
        #expect(tie["Tarrow"] == "Tarrow Inc")
    }

    @Test func collectionKeysIgnoreTitlesPossessivesAndShortForms() {
        #expect(EntityNames.clean("Ms Linda Thomas-Greenfield's", type: .person) == "Linda Thomas-Greenfield")
        #expect(
            EntityNames.key("UN Security Council", type: .organization)
                == EntityNames.key("United Nations Security Council", type: .organization))
        #expect(EntityNames.key("U.S.", type: .place) == EntityNames.key("United States", type: .place))
        #expect(EntityNames.key("Mr Blinken", type: .person) == EntityNames.key("Blinken", type: .person))
        #expect(EntityNames.key("Blinken", type: .person) != EntityNames.key("Antony Blinken", type: .person))
    }

    @Test func collectionResolvesUniqueSurnames() {
        let people = ["Antony Blinken", "Blinken", "Kim Jong Un", "Kim Yo Jong", "Kim", "Jean Lee"]
        let resolved = EntityAliases.resolveShortNames(people, type: .person)
        #expect(resolved["Blinken"] == "Antony Blinken")
        #expect(resolved["Kim"] == nil)
        #expect(resolved["Antony Blinken"] == nil)
        let orgs = EntityAliases.resolveShortNames(
            ["KCNA", "Korean Central News Agency", "UN", "Reuters"], type: .organization)
        #expect(orgs["KCNA"] == "Korean Central News Agency")
        #expect(orgs["Reuters"] == nil)
    }
}

@Suite struct EntityAliasRulesTests {
    func canonical(_ marked: String, _ types: [EntityType]) -> [String: String] {
        EntityAliasesTests().canonical(marked, types)
    }

    @Test func shortFormsMergeOnlyAsWrittenOrAsAcronyms() {
        let names = canonical(
            "1️⃣Kim Jong Un2️⃣ met the envoy to the 3️⃣UN4️⃣, and 5️⃣Un6️⃣ smiled.",
            [.person, .person, .person])
        #expect(names["UN"] == "UN")
        #expect(names["Un"] == "Kim Jong Un")
    }

    @Test func anAcronymIsNotTheLongerNameItOpens() {
        let names = canonical(
            "The 1️⃣UN Security Council2️⃣ met, and the envoy to the 3️⃣UN4️⃣ spoke.", [.organization, .organization])
        #expect(names["UN"] == "UN")
        // A word in mixed case opening one organisation's name is that organisation.
        let company = canonical(
            "1️⃣Tellmark Holdings2️⃣ grew. 3️⃣Tellmark4️⃣ hired staff.", [.organization, .organization])
        #expect(company["Tellmark"] == "Tellmark Holdings")
    }

    @Test func anAcronymNeverJoinsAPersonOfAnotherType() {
        let names = canonical(
            "1️⃣Maria Us2️⃣ spoke in the 3️⃣US4️⃣ on Monday.", [.person, .place])
        #expect(names["US"] == "United States" || names["US"] == "US")
    }

    @Test func diacriticsAreFolded() {
        let names = canonical(
            "1️⃣Recep Tayyip Erdoğan2️⃣ spoke. Later 3️⃣Erdogan4️⃣ left for 5️⃣Ankara6️⃣.", [.person, .person, .place])
        #expect(names["Erdogan"] == "Recep Tayyip Erdoğan")
        #expect(EntityNames.key("Erdogan", type: .person) == EntityNames.key("Erdoğan", type: .person))
        let people = EntityAliases.resolveShortNames(["Recep Tayyip Erdoğan", "Erdogan"], type: .person)
        #expect(people["Erdogan"] == "Recep Tayyip Erdoğan")
    }

    @Test func titlesStayOutOfCanonicalNames() {
        let names = canonical(
            "1️⃣Councillor Amir Khan2️⃣ said so, and 3️⃣Lt Col Jane Roe4️⃣ agreed with 5️⃣Cllr Khan6️⃣.",
            [.person, .person, .person])
        #expect(names["Councillor Amir Khan"] == "Amir Khan")
        #expect(names["Lt Col Jane Roe"] == "Jane Roe")
        #expect(names["Cllr Khan"] == "Amir Khan")
        #expect(EntityNames.clean("Councillor Amir Khan", type: .person) == "Amir Khan")
    }

    @Test func collectionKeysKeepShortWordsAsWritten() {
        #expect(EntityNames.key("UN", type: .organization) != EntityNames.key("Un", type: .organization))
        #expect(EntityNames.key("SEOUL", type: .place) == EntityNames.key("Seoul", type: .place))
        let people = EntityAliases.resolveShortNames(["Kim Jong Un", "UN"], type: .person)
        #expect(people["UN"] == nil)
    }

    @Test func namesOfDifferentTypesDoNotMergeAsAliases() {
        // "Ford" the carmaker and "Harrison Ford" the actor stay apart when the context proves the company.
        let names = canonical(
            "1️⃣Harrison Ford2️⃣ starred. Shares in 3️⃣Ford4️⃣ fell.", [.person, .organization])
        #expect(names["Ford"] == "Ford")
    }
}

@Suite struct EntityDocumentTypingTests {
    /// Mention text -> type, as the recognizer gives it for hand-placed spans.
    func types(_ marked: String, _ types: [EntityType]) -> [String: Set<EntityType>] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        var found: [(tokens: Range<Int>, type: EntityType)] = []
        for (k, type) in types.enumerated() {
            let span = m.span(2 * k + 1, 2 * k + 2)
            let first = doc.tokenIndex(atOrAfter: span.lowerBound)
            var last = first
            while last < doc.tokens.count && Int(doc.tokens[last].end) <= span.upperBound { last += 1 }
            found.append((first..<last, type))
        }
        var out: [String: Set<EntityType>] = [:]
        for mention in EntityAliases.canonicalize(doc, found) { out[mention.text, default: []].insert(mention.type) }
        return out
    }

    @Test func evidenceInOneMentionTypesEveryMention() {
        let t = types(
            "1️⃣Halvorsen Drilling2️⃣ hired 40 people. Shares in 3️⃣Halvorsen Drilling4️⃣ rose 5 percent.",
            [.person, .person])
        #expect(t["Halvorsen Drilling"] == [.organization])
    }

    @Test func aSurnameReadAsAPersonMakesTheNameItEndsAPerson() {
        let t = types("1️⃣Romelu Lukaku2️⃣ scored. Later 3️⃣Lukaku4️⃣ scored again.", [.organization, .person])
        #expect(t["Romelu Lukaku"] == [.person])
        #expect(t["Lukaku"] == [.person])
        // Not against proof of the longer name's type.
        let proven = types(
            "Shares in 1️⃣Vantor Brennick2️⃣ rose, and 3️⃣Brennick4️⃣ said so.", [.organization, .person])
        #expect(proven["Vantor Brennick"] == [.organization])
        // Nor against a name listed whole as an organisation.
        let listed = types(
            "1️⃣Merrill Lynch2️⃣ cut jobs, and 3️⃣Lynch4️⃣ was quoted.", [.organization, .person])
        #expect(listed["Merrill Lynch"] == [.organization])
    }

    @Test func withoutEvidenceTheMostCommonTypeWinsTheFirstOnATie() {
        let most = types(
            "1️⃣Dunmore2️⃣ was quiet. 3️⃣Dunmore4️⃣ was busy. 5️⃣Dunmore6️⃣ was calm.", [.organization, .place, .place])
        #expect(most["Dunmore"] == [.place])
        let tie = types("1️⃣Dunmore2️⃣ was quiet. 3️⃣Dunmore4️⃣ was busy.", [.place, .organization])
        #expect(tie["Dunmore"] == [.place])
    }

    @Test func aLegalFormTypesTheBareName() {
        let t = types(
            "1️⃣Brantwood Inc2️⃣ reported a loss. 3️⃣Brantwood4️⃣ blamed the weather.", [.organization, .person])
        #expect(t["Brantwood"] == [.organization])
    }

    @Test func aTitleMakesAPerson() {
        let t = types(
            "1️⃣Okafor2️⃣ won the vote, and Mr 3️⃣Okafor4️⃣ thanked his staff.", [.organization, .organization])
        #expect(t["Okafor"] == [.person])
    }

    @Test func anEmployerSpokesmanIsAnOrganisation() {
        let t = types(
            "A 1️⃣Corvane2️⃣ spokesman declined to comment, and 3️⃣Corvane4️⃣ shares slid.", [.person, .place])
        #expect(t["Corvane"] == [.organization])
    }

    @Test func aTitleCaseHeadlineNeedsTheBody() {
        let t = types(
            """
            1️⃣Rovers2️⃣ Beat 3️⃣Harbour4️⃣ In Close Final Again

            The 5️⃣Harbour6️⃣ side lost 2-1 to a late goal on Saturday at the city ground.
            """, [.organization, .person, .organization])
        #expect(t["Rovers"] == nil)
        #expect(t["Harbour"] == [.organization])
    }

    @Test func aSentenceCaseHeadlineIsReadLikeTheBody() {
        let t = types(
            """
            1️⃣Rovers2️⃣ beat the harbour side in close final

            The side lost 2-1 to a late goal on Saturday.
            """, [.organization])
        #expect(t["Rovers"] == [.organization])
    }
}

@Suite struct EntityContextEvidenceTests {
    func types(_ marked: String, _ types: [EntityType]) -> [String: Set<EntityType>] {
        EntityDocumentTypingTests().types(marked, types)
    }

    @Test func placeCuesMakeAPlace() {
        let t = types(
            "The pipeline reaches our biggest island 1️⃣Veltros2️⃣ next year, and 3️⃣Veltros4️⃣ will gain most.",
            [.person, .person])
        #expect(t["Veltros"] == [.place])
    }

    @Test func anAgeMakesAPerson() {
        let t = types(
            "1️⃣Arlo Quenby2️⃣, 54, was arrested. Police said 3️⃣Arlo Quenby4️⃣ had fled.", [.organization, .place])
        #expect(t["Arlo Quenby"] == [.person])
    }
}
