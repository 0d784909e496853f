import Foundation
import Testing

@testable import BylineNLP

/// The tagger's shipped word clusters and name lists, and the list switch-off training uses.
@Suite struct EntityResourceTests {
    @Test func wordClustersRoundTripThroughTheirFileFormat() throws {
        let words: [UInt64: UInt16] = [TokenHash.of("Peugeot"): 2, TokenHash.of("Renault"): 2, TokenHash.of("said"): 0]
        let data = EntityWordClusters.serialized(words: words, middle: [0, 1, 1], coarse: [0, 0, 1])
        let clusters = try #require(EntityWordClusters(data: data))
        let peugeot = clusters.levels(hash: TokenHash.of("Peugeot"), lowerHash: TokenHash.lower("Peugeot"))
        #expect(peugeot == (3, 2, 2))
        let said = clusters.levels(hash: TokenHash.of("SAID"), lowerHash: TokenHash.lower("SAID"))
        #expect(said == (1, 1, 1))
        #expect(clusters.levels(hash: TokenHash.of("Zqx"), lowerHash: TokenHash.lower("Zqx")) == (0, 0, 0))
        #expect(EntityWordClusters(data: data.dropLast()) == nil)
        #expect(EntityWordClusters(data: Data(count: 3)) == nil)
    }

    @Test func shippedClustersGroupLikeWords() {
        let clusters = EntityWordClusters.standard
        func level(_ w: String) -> (fine: UInt64, middle: UInt64, coarse: UInt64) {
            clusters.levels(hash: TokenHash.of(w), lowerHash: TokenHash.lower(w))
        }
        #expect(level("Toyota").fine != 0)
        #expect(level("Toyota").fine == level("Nissan").fine)
        #expect(level("Toyota").middle != level("Tuesday").middle)
    }

    @Test func shippedListsMarkSurnamesLegalFormsAndListedNames() {
        let doc = Document("Shares in Acme Inc rose, Mr Johnson told Hamburg.")
        let member = EntityGazetteer.standard.memberships(doc)
        func at(_ word: String) -> EntityGazetteer.Membership {
            member[doc.tokens.indices.first { doc.string(token: $0) == word }!]
        }
        #expect(at("Inc").contains(.legalForm))
        #expect(at("Johnson").contains(.surname))
        #expect(at("Hamburg").contains(.placeBegin))
    }

    @Test func switchingListsOffClearsOnlyThatSentence() {
        let doc = Document("He flew to Hamburg.\n\nShe flew to Hamburg.")
        var features = EntityFeatures(doc, gazetteer: .standard)
        let hamburgs = doc.tokens.indices.filter { doc.string(token: $0) == "Hamburg" }
        #expect(
            hamburgs.allSatisfy { features.facts[$0].gazetteer & EntityGazetteer.Membership.placeBegin.rawValue != 0 })
        features.removeLists([.placeBegin, .placeInside], in: doc.sentences[0])
        #expect(features.facts[hamburgs[0]].gazetteer & EntityGazetteer.Membership.placeBegin.rawValue == 0)
        #expect(features.facts[hamburgs[1]].gazetteer & EntityGazetteer.Membership.placeBegin.rawValue != 0)
    }

    @Test func anOrganisationWordMarksTheThreeTokensBeforeItInItsSentence() {
        let doc = Document("Analysts at Goldman Sachs Group Inc said so.\n\nGroup talks ended.")
        let features = EntityFeatures(doc, gazetteer: .standard)
        func ahead(_ word: String) -> Bool {
            features.facts[doc.tokens.indices.first { doc.string(token: $0) == word }!].organizationAhead
        }
        #expect(ahead("at"))
        #expect(ahead("Goldman"))
        #expect(ahead("Sachs"))
        #expect(ahead("Group"))
        #expect(!ahead("Analysts"))
        #expect(!ahead("Inc"))
        #expect(!ahead("said"))
        // The next sentence's "Group" is not ahead of the first sentence's last words.
        #expect(!ahead("so"))
    }
}
