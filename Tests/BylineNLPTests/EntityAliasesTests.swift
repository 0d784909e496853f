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
