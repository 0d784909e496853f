import Testing

@testable import BylineNLP

/// Who speaks through a document: the author a preposition names, never a place.
@Suite struct QuoteDocumentAuthorTests {
    /// An embassy in a city is the embassy's, not the city's.
    @Test func aPlaceAfterABodyIsNotItsAuthor() {
        let text = "\"We are watching closely,\" said the embassy in Lisbon."
        let q = QuoteTesting.quote(
            QuoteTesting.quotes(text, [("Lisbon", .place, "Lisbon")]), containing: "watching")
        #expect(q?.speaker?.name != "Lisbon")
        let editorial = "\"The plan is wrong,\" an editorial in the Daily Ledger said."
        let e = QuoteTesting.quote(
            QuoteTesting.quotes(editorial, [("Daily Ledger", .organization, "Daily Ledger")]), containing: "plan")
        #expect(e?.speaker?.name == "Daily Ledger")
    }
}
