import Testing

@testable import BylineNLP

/// Words that look like a verb and are not: a clause needs a real one to be reported speech.
@Suite struct QuoteVerbLikeWordTests {
    func indirect(_ text: String) -> [Quote] {
        QuoteTesting.quotes(text).filter { $0.kind == .indirect }
    }

    /// A possessive "'s" is no verb: "announced the country's first case" reports no clause,
    /// while "said it's too late" still does.
    @Test func aPossessiveIsNoVerb() {
        #expect(indirect("The ministry announced the country's first case on Monday.").isEmpty)
        #expect(indirect("The ministry announced the country’s first case on Monday.").isEmpty)
        #expect(indirect("The coach said it's too late for the team.").first?.span.text == "it's too late for the team")
        #expect(indirect("The coach said there’s no time left.").first?.span.text == "there’s no time left")
    }

    /// Nouns ending in "-ing" or "-ed" are no verbs: "announced new funding" reports nothing.
    @Test(arguments: [
        "The mayor announced new funding for the schools.",
        "The union announced a meeting with the owners.",
        "The council announced a hundred new homes.",
        "The firm announced a building in the old port.",
    ])
    func aNounEndingLikeAVerbIsNoVerb(text: String) {
        #expect(indirect(text).isEmpty)
    }
}
