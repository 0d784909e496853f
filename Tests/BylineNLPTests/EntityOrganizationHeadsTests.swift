import Testing

@testable import BylineNLP

/// A name's head word deciding that it is an organisation, a person's name cut off the "of"
/// phrase that follows it, and function words that are never a name alone.
@Suite struct EntityOrganizationHeadsTests {
    func text(_ doc: Document, _ range: Range<Int>) -> String {
        doc.string(Int(doc.tokens[range.lowerBound].start), Int(doc.tokens[range.upperBound - 1].end))
    }

    /// The reported names the tagger's marked spans (of the given `EntityTag` categories) come
    /// to, before cleanup, as texts and categories.
    func categories(_ marked: String, _ categories: [Int]) -> [String: Int] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let spans = zip(m.tokenSpans(doc, categories.count), categories).map { (tokens: $0, category: $1) }
        let out = EntityOrganizationHeads.spans(spans, doc, EntityFeatures(doc, gazetteer: .standard))
        return Dictionary(uniqueKeysWithValues: out.map { (text(doc, $0.tokens), $0.category) })
    }

    /// The mentions cleanup makes of the marked tagger spans, as texts and types.
    func cleaned(_ marked: String, _ types: [EntityType]) -> [String: EntityType] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let spans = Array(zip(m.tokenSpans(doc, types.count), types))
        let found = EntityMentionCleanup.mentions(
            spans, doc, EntityFeatures(doc, gazetteer: .standard), gazetteer: .standard)
        return Dictionary(uniqueKeysWithValues: found.map { (text(doc, $0.tokens), $0.type) })
    }

    @Test func aBodyReadAsAnEventIsAnOrganisationWithItsShortForm() {
        let misc = EntityOrganizationHeads.misc
        let org = EntityOrganizationHeads.organization
        #expect(
            categories("The 1️⃣World Tariff Organisation2️⃣ (3️⃣WTFO4️⃣) met.", [misc, misc])
                == ["World Tariff Organisation": org, "WTFO": org])
        // Events and competitions keep their class, and so does a one-word name.
        #expect(categories("He won the 1️⃣Harbour Cup2️⃣ in May.", [misc]) == ["Harbour Cup": misc])
        #expect(categories("Fans of the 1️⃣Coastal Premier League2️⃣ cheered.", [misc]) == ["Coastal Premier League": misc])
        #expect(categories("She is 1️⃣Veltrosian2️⃣.", [misc]) == ["Veltrosian": misc])
    }

    @Test func aPlaceHeadedByAnOrganisationWordBeforeOfIsAnOrganisation() {
        #expect(
            cleaned("Aid came from the 1️⃣Veltros Department of Fisheries2️⃣ on Monday.", [.place])
                == ["Veltros Department of Fisheries": .organization])
        #expect(
            cleaned("Ships crossed the 1️⃣Gulf of Tarvik2️⃣ at dawn.", [.place]) == ["Gulf of Tarvik": .place])
        #expect(
            cleaned("He grew up in the 1️⃣City of Quenby2️⃣ before the war.", [.place]) == ["City of Quenby": .place])
    }

    @Test func aPersonIsCutOffTheOfPhraseAfterTheName() {
        #expect(
            cleaned("Voters backed 1️⃣Laura Chen of the Harbour Alliance2️⃣ again.", [.organization])
                == ["Laura Chen": .person, "Harbour Alliance": .organization])
        #expect(
            cleaned("1️⃣Ana Ruiz of Tarvik2️⃣ spoke first.", [.person]) == ["Ana Ruiz": .person, "Tarvik": .organization])
        // Names that hold "of" stay whole.
        #expect(
            cleaned("Loans from 1️⃣Bank of Veltros2️⃣ rose.", [.organization]) == ["Bank of Veltros": .organization])
        #expect(
            cleaned("The 1️⃣Duke of Quenby2️⃣ arrived.", [.person]) == ["Duke of Quenby": .person])
    }

    @Test func anOrganisationNamedForTwoThingsTakesTheWordBeforeAnd() {
        #expect(
            cleaned("Rules set by the Salt and 1️⃣Brine Administration2️⃣ changed.", [.organization])
                == ["Salt and Brine Administration": .organization])
        #expect(
            cleaned("Rules set by the 1️⃣Salt2️⃣ and 3️⃣Brine Commission4️⃣ changed.", [.place, .organization])
                == ["Salt and Brine Commission": .organization])
        // Not without "the" before it, nor across a person or another name.
        #expect(
            cleaned("Talks between 1️⃣Tarvik2️⃣ and 3️⃣Quenby Council4️⃣ ended.", [.place, .organization])
                == ["Tarvik": .place, "Quenby Council": .organization])
        #expect(
            cleaned("Then 1️⃣Jonas Berg2️⃣ and the 3️⃣Quenby Council4️⃣ met.", [.person, .organization])
                == ["Jonas Berg": .person, "Quenby Council": .organization])
    }

    @Test func aFunctionWordAloneIsNoName() {
        #expect(cleaned("SHE IS 1️⃣THE2️⃣ BEST OF 3️⃣THE4️⃣ BEST", [.organization, .organization]).isEmpty)
        #expect(cleaned("Go to 1️⃣LA2️⃣ after eleven.", [.place]) == ["LA": .place])
    }
}
