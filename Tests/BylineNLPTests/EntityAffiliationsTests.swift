import Testing

@testable import BylineNLP

/// The body after a person's "of" ("Raymond Chan of People Power"), the body whose name a
/// person's name ends ("the Great Orchestra of Christmas Charity"), and a given name the tagger
/// left out between a title and a surname ("Broadcaster Piers Morgan").
@Suite struct EntityAffiliationsTests {

    @Test func theBodyAfterAPersonsOfIsAnOrganisationOrAListedPlace() {
        let marked = EntityMarkers(
            "1️⃣Raymond Chan2️⃣ of People Power and 3️⃣Leung Kwok-hung4️⃣ of LSD won, as did 5️⃣Petr Korda6️⃣ of Prague.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let added = EntityAffiliations.added(
            marked.found(doc, [.person, .person, .person]), doc, features, gazetteer: .standard)
        #expect(
            EntityMarkers.described(doc, added) == [
                "person Raymond Chan", "organization People Power", "person Leung Kwok-hung", "organization LSD",
                "person Petr Korda", "place Prague",
            ])
    }

    @Test func aNameFoundAfterTheOfOrALowercaseOrArticleAddsNothing() {
        let marked = EntityMarkers(
            "1️⃣Ann Lee2️⃣ of 3️⃣Brindle Motors4️⃣ spoke. 5️⃣Bo Lin6️⃣ of the Harbour Alliance and 7️⃣Cy Ho8️⃣ of course agreed.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let found = marked.found(doc, [.person, .organization, .person, .person])
        #expect(
            EntityMarkers.described(doc, EntityAffiliations.added(found, doc, features, gazetteer: .standard))
                == EntityMarkers.described(doc, found))
        // A letter alone names nothing ("of N / A").
        let letter = EntityMarkers("1️⃣Al Ray2️⃣ of N / A agreed.")
        let letterDoc = Document(letter.text)
        let person = letter.found(letterDoc, [.person])
        let letterFeatures = EntityFeatures(letterDoc, gazetteer: .standard)
        #expect(EntityAffiliations.added(person, letterDoc, letterFeatures, gazetteer: .standard).count == 1)
    }

    @Test func aWordBetweenATitleAndASurnameIsTheGivenName() {
        let marked = EntityMarkers("Broadcaster Piers 1️⃣Morgan2️⃣ commented. Reporter Paris 3️⃣Holt4️⃣ agreed.")
        let doc = Document(marked.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let completed = EntityGivenNames.completed(marked.found(doc, [.organization, .person]), doc, features)
        // "Paris" is a listed place: it may be where the reporter is, not her name.
        #expect(EntityMarkers.described(doc, completed) == ["person Piers Morgan", "person Holt"])
    }

    @Test func theRecognizerReadsBothInAnArticle() {
        let doc = Document(
            "Broadcaster Piers Morgan commented on the vote. Raymond Chan of People Power was elected on Sunday.")
        let names = EntityRecognizer.standard.recognize(doc).map { "\($0.type) \($0.text)" }
        #expect(names.contains("person Piers Morgan"))
        #expect(names.contains("organization People Power"))
    }

    @Test func aPersonEndingTheXOfYIsTheBody() {
        let marked = EntityMarkers("He jumped on stage during the Great Orchestra of Christmas 1️⃣Charity2️⃣ on Sunday.")
        #expect(
            marked.read([.person]) { EntityAffiliations.added($0, $1, $2, gazetteer: .standard) } == [
                "organization Great Orchestra of Christmas Charity"
            ])
    }

    @Test func aPersonAfterOfWithoutTheOrAfterATitleStaysAPerson() {
        let marked = EntityMarkers(
            "The sons of Bay Street 1️⃣Ann Lee2️⃣ met the President of Leeds 3️⃣Tom Ray4️⃣ and a friend of 5️⃣Bo Lin6️⃣.")
        #expect(
            marked.read([.person, .person, .person]) { EntityAffiliations.added($0, $1, $2, gazetteer: .standard) } == [
                "person Ann Lee", "person Tom Ray", "person Bo Lin",
            ])
    }

    @Test func theRecognizerFindsTheBodyWhole() {
        let doc = Document("The attacker jumped on stage during the Great Orchestra of Christmas Charity on Sunday.")
        let names = EntityRecognizer.standard.recognize(doc).map { "\($0.type) \($0.text)" }
        #expect(names.contains("organization Great Orchestra of Christmas Charity"))
        #expect(!names.contains("person Charity"))
    }
}
