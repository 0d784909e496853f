import Testing

@testable import BylineNLP

/// A common word the tagger proposed as a name on its own is dropped unless the text writes it
/// as a name stands, or a list or a longer name of the text says it is one.
@Suite struct EntityLoneWordsTests {
    /// The marked spans, proposed with `types`, that are kept, as written.
    func kept(_ marked: String, _ types: [EntityType]) -> [String] {
        let m = EntityMarkers(marked)
        let doc = Document(m.text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let found = zip(m.tokenSpans(doc, types.count), types).map { (tokens: $0.0, type: $0.1) }
        return EntityLoneWords.filtered(found, doc, features, gazetteer: .standard).map { f in
            doc.string(tokens: f.tokens)
        }
    }

    @Test func aCommonWordAfterADeterminerOrBesideACapitalIsNoName() {
        #expect(
            kept("Crowds filled the 1️⃣Centre2️⃣ all weekend, said 3️⃣Dana Oyelaran4️⃣.", [.organization, .person])
                == ["Dana Oyelaran"])
        #expect(kept("In 2000 he joined the 1️⃣Movement2️⃣ for Democratic Change.", [.organization]) == [])
        #expect(kept("Fans met at the 1️⃣Area2️⃣ 51 gate on Friday.", [.organization]) == [])
    }

    @Test func aCommonWordBeforeAJobTitleIsAPortfolio() {
        #expect(
            kept("1️⃣Interior2️⃣ Minister 3️⃣Tomas Vrell4️⃣ ordered an inquiry.", [.organization, .person]) == [
                "Tomas Vrell"
            ])
    }

    @Test func aCommonWordTheTextWritesAsANameIsKept() {
        // Mid-sentence with nothing capitalised around it.
        #expect(kept("Asked about the memoirs, 1️⃣Bush2️⃣ smiled.", [.person]) == ["Bush"])
        // After a title, as a person, which then holds in "the Bush administration" too.
        #expect(
            kept("President 1️⃣Bush2️⃣ spoke. Later the 3️⃣Bush4️⃣ administration agreed.", [.person, .person]) == [
                "Bush", "Bush",
            ])
        #expect(kept("Later the 1️⃣Bush2️⃣ administration agreed.", [.person]) == [])
        // A whole listed name after a determiner.
        #expect(kept("On Friday the 1️⃣House2️⃣ voted.", [.organization]) == ["House"])
    }

    @Test func aWordOfAPersonsNameOrAnotherNamesFirstWordIsKeptForMerging() {
        #expect(
            kept("The film starred 1️⃣Jack Black2️⃣.\n\n3️⃣Black4️⃣ thanked the crew.", [.person, .person]) == [
                "Jack Black", "Black",
            ])
        #expect(
            kept("Roads in 1️⃣Lincoln County2️⃣ closed. 3️⃣County4️⃣ staff cleared them.", [.place, .organization]) == [
                "Lincoln County"
            ])
    }

    @Test func aRarerWordWrittenOnlyAsAPieceOfANameIsNoName() {
        #expect(kept("Voters backed 1️⃣Zorvic2️⃣ Platform in 2015.", [.person]) == [])
        #expect(kept("She spoke to 1️⃣Zorvic2️⃣ of Tarvik on Friday.", [.organization]) == [])
        // Alone, opening a sentence, before a job title or after a title, it stands as a name.
        #expect(kept("The deal with 1️⃣Zorvic2️⃣ closed.", [.organization]) == ["Zorvic"])
        #expect(kept("1️⃣Zorvic2️⃣ called off the merger.", [.organization]) == ["Zorvic"])
        #expect(kept("1️⃣Zorvic2️⃣ CEO Dana Oyelaran said so.", [.organization]) == ["Zorvic"])
        #expect(kept("Troops under General 1️⃣Zorvic2️⃣ retreated.", [.person]) == ["Zorvic"])
        // A surname read as a person is what is left of a name the tagger cut.
        #expect(kept("Broadcaster Piers 1️⃣Morgan2️⃣ commented.", [.person]) == ["Morgan"])
    }

    @Test func aCommonWordIsAnOrganisationOrPlaceOnlyWhereAListHoldsIt() {
        // Standing as a name does not make a common word one: a reader cannot filter by it.
        #expect(kept("In other results, 1️⃣University2️⃣ beat Noosa 32-22.", [.organization]) == [])
        #expect(kept("Rest in 1️⃣Power2️⃣, he wrote.", [.place]) == [])
        // A listed organisation stays.
        #expect(kept("Later the 1️⃣Senate2️⃣ voted.", [.organization]) == ["Senate"])
    }

    @Test func aPersonWordRightAfterANameOfAnotherKindIsThatNamesTail() {
        #expect(!kept("He was missing from 1️⃣Capitol2️⃣ 3️⃣Hill4️⃣ for weeks.", [.place, .person]).contains("Hill"))
        // Also when the tail is a surname and no other lone word is in question.
        #expect(
            kept("Analysts at 1️⃣Smith Barney2️⃣ 3️⃣Harris4️⃣ agreed.", [.organization, .person]) == ["Smith Barney"])
        // After a person's given name the tagger left out, the surname stays.
        #expect(kept("Broadcaster Piers 1️⃣Morgan2️⃣ commented.", [.person]) == ["Morgan"])
    }
}
