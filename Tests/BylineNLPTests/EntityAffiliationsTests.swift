import Testing

@testable import BylineNLP

/// The body after a person's "of" ("Raymond Chan of People Power"), and a given name the tagger
/// left out between a title and a surname ("Broadcaster Piers Morgan").
@Suite struct EntityAffiliationsTests {
    static func found(_ doc: Document, _ marked: EntityMarkers, _ types: [EntityType]) -> [EntityMentionCleanup.Found] {
        zip(marked.tokenSpans(doc, types.count), types).map { ($0, $1) }
    }

    static func texts(_ doc: Document, _ found: [EntityMentionCleanup.Found]) -> [String] {
        found.map { "\($0.type) " + doc.string(tokens: $0.tokens) }
    }

    @Test func theBodyAfterAPersonsOfIsAnOrganisationOrAListedPlace() {
        let marked = EntityMarkers(
            "1️⃣Raymond Chan2️⃣ of People Power and 3️⃣Leung Kwok-hung4️⃣ of LSD won, as did 5️⃣Petr Korda6️⃣ of Prague.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let added = EntityAffiliations.added(
            Self.found(doc, marked, [.person, .person, .person]), doc, features, gazetteer: .standard)
        #expect(
            Self.texts(doc, added) == [
                "person Raymond Chan", "organization People Power", "person Leung Kwok-hung", "organization LSD",
                "person Petr Korda", "place Prague",
            ])
    }

    @Test func aNameFoundAfterTheOfOrALowercaseOrArticleAddsNothing() {
        let marked = EntityMarkers(
            "1️⃣Ann Lee2️⃣ of 3️⃣Brindle Motors4️⃣ spoke. 5️⃣Bo Lin6️⃣ of the Harbour Alliance and 7️⃣Cy Ho8️⃣ of course agreed.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let found = Self.found(doc, marked, [.person, .organization, .person, .person])
        #expect(
            Self.texts(doc, EntityAffiliations.added(found, doc, features, gazetteer: .standard))
                == Self.texts(doc, found))
        // A letter alone names nothing ("of N / A").
        let letter = EntityMarkers("1️⃣Al Ray2️⃣ of N / A agreed.")
        let letterDoc = Document(letter.text)
        let person = Self.found(letterDoc, letter, [.person])
        let letterFeatures = EntityFeatures(letterDoc, gazetteer: .standard)
        #expect(EntityAffiliations.added(person, letterDoc, letterFeatures, gazetteer: .standard).count == 1)
    }

    @Test func aWordBetweenATitleAndASurnameIsTheGivenName() {
        let marked = EntityMarkers("Broadcaster Piers 1️⃣Morgan2️⃣ commented. Reporter Paris 3️⃣Holt4️⃣ agreed.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let completed = EntityGivenNames.completed(Self.found(doc, marked, [.organization, .person]), doc, features)
        // "Paris" is a listed place: it may be where the reporter is, not her name.
        #expect(Self.texts(doc, completed) == ["person Piers Morgan", "person Holt"])
    }

    @Test func theRecognizerReadsBothInAnArticle() {
        let doc = Document(
            "Broadcaster Piers Morgan commented on the vote. Raymond Chan of People Power was elected on Sunday.")
        let names = EntityRecognizer.standard.recognize(doc).map { "\($0.type) \($0.text)" }
        #expect(names.contains("person Piers Morgan"))
        #expect(names.contains("organization People Power"))
    }
}
