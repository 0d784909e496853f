import Testing

@testable import BylineNLP

/// Names found that the article writes as common words: a pronoun in mixed case.
@Suite struct EntityCommonNounsTests {
    @Test func aPronounInMixedCaseIsNoNameButTheCountryInCapitalsIs() {
        let marked = EntityMarkers("His event, \"They Can't Stop All of 1️⃣Us2️⃣\", was a joke, the 3️⃣US4️⃣ said.")
        let doc = Document(marked.text)
        let found: [EntityMentionCleanup.Found] = marked.tokenSpans(doc, 2).map { ($0, .place) }
        let kept = EntityCommonNouns.filtered(found, doc)
        #expect(kept.map { doc.string(token: $0.tokens.lowerBound) } == ["US"])
        #expect(EntityRecognizer.standard.recognize(doc).map(\.text).contains("Us") == false)
    }
}
