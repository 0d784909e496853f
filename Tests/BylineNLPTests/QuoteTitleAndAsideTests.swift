import Testing

@testable import BylineNLP

/// Titles with their own full stop or a comma inside the marks, and quotes set between dashes.
@Suite struct QuoteTitleAndAsideTests {
    @Test func aBookTitleBeforeACommaIsNoDirectQuote() {
        let text = "In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. Dole suggested a budget."
        let quotes = QuoteTesting.quotes(text, [("Mr. Dole", .person, "Tom Dole")])
        #expect(QuoteTesting.quote(quotes, containing: "Millionaire")?.kind != .direct)
    }

    @Test func aQuoteInATitleCaseHeadlineStaysSpeech() {
        let text = "Senator Vows To Bank Chief: ‘You Should Be Investigated.’\n\nThe senator spoke on Tuesday."
        let quotes = QuoteTesting.quotes(text)
        #expect(QuoteTesting.quote(quotes, containing: "Investigated")?.kind == .direct)
    }

    @Test func aQuoteBetweenDashesAfterANameIsThatPersonsWords() {
        let text = """
            Many party figures agreed, including the former governor Ray Holm -- "It is wrong for a nominee to hide his income" -- and two senators.
            """
        let quotes = QuoteTesting.quotes(text, [("Ray Holm", .person, "Ray Holm")])
        let q = QuoteTesting.quote(quotes, containing: "It is wrong")
        #expect(q?.speaker?.name == "Ray Holm")
        #expect(q?.sieve == .dashAside)
    }

    /// A name, a dash and a quote that ends the text: the dash-aside sieve looks past the closing
    /// mark, where there is nothing.
    @Test func aQuoteAfterADashThatEndsTheTextIsFound() {
        let text = "Many agreed, including the former governor Ray Holm -- \"It is wrong for a nominee to hide.\""
        let quotes = QuoteTesting.quotes(text, [("Ray Holm", .person, "Ray Holm")])
        #expect(QuoteTesting.quote(quotes, containing: "It is wrong") != nil)
    }

    @Test func aQuoteBetweenDashesAfterAPlaceIsNotThePlaces() {
        let text = "The mood in Ohio -- \"We are tired of waiting\" -- was grim, the mayor said."
        let quotes = QuoteTesting.quotes(text, [("Ohio", .place, "Ohio")])
        #expect(QuoteTesting.quote(quotes, containing: "tired")?.sieve != .dashAside)
    }
}
