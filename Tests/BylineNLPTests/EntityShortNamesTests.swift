import Testing

@testable import BylineNLP

/// An organisation named "X of Y" named again by its head word after "the".
@Suite struct EntityShortNamesTests {

    @Test func theHeadAfterTheIsTheOrganisation() {
        let marked = EntityMarkers(
            "She left the 1️⃣Church of Scientology2️⃣ in May. The Church denied this, and the church bell rang.")
        #expect(
            marked.read([.organization]) { EntityShortNames.added($0, $1, $2, gazetteer: .standard) } == [
                "organization Church of Scientology", "organization Church",
            ])
    }

    @Test func otherWordsOfTheNameOrTheHeadBeforeANameAreNoShortName() {
        let marked = EntityMarkers(
            "The 1️⃣House of Representatives2️⃣ voted; the Representatives left, the House of Commons sat and the 3️⃣Wilson Centre4️⃣ and the Centre spoke."
        )
        #expect(
            marked.read([.organization, .organization]) { EntityShortNames.added($0, $1, $2, gazetteer: .standard) }
                == [
                    "organization House of Representatives", "organization Wilson Centre",
                ])
    }

    @Test func theShortNameJoinsTheFullName() {
        let doc = Document(
            "Valeska Paris has claimed that the Church of Scientology imprisoned her. The Church denied these allegations."
        )
        let church = EntityRecognizer.standard.recognize(doc).filter { $0.text == "Church" }
        #expect(church.map(\.canonical) == ["Church of Scientology"])
    }
}
