import Testing

@testable import BylineNLP

/// Words for a people or a language are dropped; names that only end like one are kept.
@Suite struct EntityDemonymsTests {
    /// The marked spans, proposed with `types`, that are kept, as written.
    func kept(_ marked: String, _ types: [EntityType]) -> [String] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let found = zip(m.tokenSpans(doc, types.count), types).map { (tokens: $0.0, type: $0.1) }
        return EntityDemonyms.filtered(found, doc, gazetteer: .standard).map { doc.string(tokens: $0.tokens) }
    }

    @Test func aPlacesPeopleIsNoPlace() {
        #expect(kept("Any 1️⃣Londoner2️⃣ would do it, said 3️⃣Dana Oyelaran4️⃣.", [.place, .person]) == ["Dana Oyelaran"])
        #expect(kept("Ordinary 1️⃣Londoners2️⃣ helped.", [.place]) == [])
    }

    @Test func aLanguageBeforeAWordForWordsIsNoName() {
        #expect(kept("It is named for the 1️⃣Swahili2️⃣ phrase pamoja tulinde maisha.", [.organization]) == [])
        #expect(kept("The 1️⃣Senate2️⃣ voted.", [.organization]) == ["Senate"])
    }

    @Test func aNationalityAfterCommonWordsIsNoPersonOrPlace() {
        #expect(kept("A 1️⃣North American2️⃣ tour began.", [.person]) == [])
        #expect(kept("The 1️⃣Turkish-Libyan2️⃣ deal was signed.", [.place]) == [])
        // A person whose surname is a nationality, and an organisation, keep it.
        #expect(kept("1️⃣Viorel Moldovan2️⃣ scored.", [.person]) == ["Viorel Moldovan"])
        #expect(kept("Shares in 1️⃣Anglo American2️⃣ rose.", [.organization]) == ["Anglo American"])
    }
}
