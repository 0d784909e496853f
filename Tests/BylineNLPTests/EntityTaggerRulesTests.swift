import Testing

@testable import BylineNLP

/// The tagger's fixed rules around the learned model: where a name may not run on, and short
/// forms in brackets.
@Suite struct EntityTaggerRulesTests {
    static func token(_ doc: Document, _ word: String) -> Token {
        doc.tokens[doc.tokens.indices.first { doc.string(token: $0) == word }!]
    }

    @Test func aHyphenatedAdjectiveEndsAName() {
        let doc = Document(
            "The Washington-based Wilson Centre and Rolls-Royce met US-led forces by e-mail with Lee Cheuk-yan.")
        func tail(_ word: String) -> EntityFeatures.HyphenTail {
            EntityFeatures.hyphenTail(doc, Self.token(doc, word), .standard)
        }
        #expect(tail("Washington-based") == .common)
        #expect(tail("US-led") == .common)
        #expect(tail("Cheuk-yan") == .other)
        #expect(tail("Rolls-Royce") == .none)
        #expect(tail("Wilson") == .none)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let wilson = doc.tokens.indices.first { doc.string(token: $0) == "Wilson" }!
        #expect(features.previous(wilson, .beginMisc) == .outside)
        #expect(features.previous(wilson + 1, .beginPerson) == .beginPerson)
    }

    @Test func aBracketedAcronymOfTheNameBeforeItTakesItsType() {
        let doc = Document("Workers at General Motors (GM) and at Ford (GM) met the World Health Organization (WHO).")
        var tags = [EntityTag](repeating: .outside, count: doc.tokens.count)
        func mark(_ words: [String], _ category: Int) {
            let first = doc.tokens.indices.first { doc.string(token: $0) == words[0] && tags[$0] == .outside }!
            for k in words.indices { tags[first + k] = k == 0 ? .begin(category) : .inside(category) }
        }
        mark(["General", "Motors"], 1)
        mark(["Ford"], 1)
        mark(["World", "Health", "Organization"], 1)
        EntityTagger.tagShortForms(&tags, doc)
        let acronyms = doc.tokens.indices.filter { ["GM", "WHO"].contains(doc.string(token: $0)) }
        #expect(acronyms.map { tags[$0] } == [.beginOrganization, .outside, .beginOrganization])
    }
}
