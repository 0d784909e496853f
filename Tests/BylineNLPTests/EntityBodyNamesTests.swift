import Testing

@testable import BylineNLP

/// A person found at the end of "the X of Y" is the body the whole run names (`EntityAffiliations`).
@Suite struct EntityBodyNamesTests {
    static func widened(_ marked: EntityMarkers, _ types: [EntityType]) -> [String] {
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let found: [EntityMentionCleanup.Found] = zip(marked.tokenSpans(doc, types.count), types).map { ($0, $1) }
        return EntityAffiliations.added(found, doc, features, gazetteer: .standard).map {
            "\($0.type) " + doc.string(tokens: $0.tokens)
        }
    }

    @Test func aPersonEndingTheXOfYIsTheBody() {
        let marked = EntityMarkers("He jumped on stage during the Great Orchestra of Christmas 1️⃣Charity2️⃣ on Sunday.")
        #expect(Self.widened(marked, [.person]) == ["organization Great Orchestra of Christmas Charity"])
    }

    @Test func aPersonAfterOfWithoutTheOrAfterATitleStaysAPerson() {
        let marked = EntityMarkers(
            "The sons of Bay Street 1️⃣Ann Lee2️⃣ met the President of Leeds 3️⃣Tom Ray4️⃣ and a friend of 5️⃣Bo Lin6️⃣.")
        #expect(
            Self.widened(marked, [.person, .person, .person]) == ["person Ann Lee", "person Tom Ray", "person Bo Lin"])
    }

    @Test func theRecognizerFindsTheBodyWhole() {
        let doc = Document("The attacker jumped on stage during the Great Orchestra of Christmas Charity on Sunday.")
        let names = EntityRecognizer.standard.recognize(doc).map { "\($0.type) \($0.text)" }
        #expect(names.contains("organization Great Orchestra of Christmas Charity"))
        #expect(!names.contains("person Charity"))
    }
}
