import Testing

@testable import BylineNLP

/// Quotation marks are paired by what touches them, so continued, run-together and mixed
/// quotations stay in step, and the narration between two quotes never becomes one.
@Suite struct QuotePairingTests {
    func regions(_ text: String) -> [String] {
        let doc = Document(text)
        return QuoteMarks.find(doc).map { doc.string(tokens: $0.open..<($0.close + 1)) }
    }

    @Test func continuedParagraphsAreOneQuote() {
        let text =
            "“We had no warning at all,” the mayor said. “The river came up in an hour.\n\n“By noon the square was under water.\n\n“Nobody was hurt, and that is what matters.”\n\nThe council meets on Monday."
        let doc = Document(text)
        let found = QuoteMarks.find(doc)
        #expect(found.count == 2)
        #expect(found.last?.multiParagraph == true)
        #expect(
            found.last.map { doc.string(tokens: $0.open..<($0.close + 1)) }
                == "“The river came up in an hour.\n\n“By noon the square was under water.\n\n“Nobody was hurt, and that is what matters.”"
        )
    }

    @Test func runTogetherParagraphsAreOneQuote() {
        let text =
            "She told the Gazette: \"I am not fit yet, after a month out. \"I lost most of the winter. \"If I had played on, it would have been worse.\""
        #expect(
            regions(text) == [
                "\"I am not fit yet, after a month out. \"I lost most of the winter. \"If I had played on, it would have been worse.\""
            ])
        // Left open at the end, the quote ends with its paragraph.
        let open = "She told the Gazette: \"I am not fit yet. \"I lost most of the winter. \"If I had…\n\nNext."
        #expect(regions(open) == ["\"I am not fit yet. \"I lost most of the winter. \"If I had…"])
    }

    @Test func theNarrationBetweenTwoQuotesIsNoQuote() {
        let text =
            "She told the Gazette: \"I am not fit yet. \"I lost most of the winter,\" Jones told the radio station. \"What I want is rest.\""
        let found = regions(text)
        #expect(found == ["\"I am not fit yet. \"I lost most of the winter,\"", "\"What I want is rest.\""])
        #expect(!found.contains { $0.contains("radio station") })
    }

    @Test func mixedStraightAndCurlyMarksPair() {
        let text = "“We are ready,\" he said. \"And we will win.” Then ”no“ was all she said."
        #expect(regions(text).prefix(2) == ["“We are ready,\"", "\"And we will win.”"])
        #expect(regions("\"It works,” she said, “as it should.\"") == ["\"It works,” she said, “as it should.\""])
    }

    @Test func aClosingMarkWithNothingOpenOpensNothing() {
        #expect(regions("It ends here.\" Then \"this,\" she said.") == ["\"this,\""])
        #expect(regions("He left,\" and \"we stay,\" she said.") == ["\"we stay,\""])
    }

    @Test func aQuoteWithinAStraightQuoteKeepsTheOuterOne() {
        #expect(regions("\"He told me \"no\" and left,\" she said.") == ["\"He told me \"no\" and left,\""])
    }

    @Test func theRunTogetherQuoteHasTheSpeakerWhoOpensIt() {
        let text =
            "Ann Jones missed the final. She told the Gazette: \"I am not fit yet. \"I lost most of the winter. \"If I had played on, it would have been worse.\""
        let quotes = QuoteTesting.quotes(text, [("Ann Jones", .person, "Ann Jones")])
        #expect(quotes.filter { $0.kind == .direct }.count == 1)
        #expect(QuoteTesting.quote(quotes, containing: "winter")?.speaker?.name == "Ann Jones")
    }
}

/// A term in quotation marks, with no speech cue and no speaker, is the writer's, not a quote.
@Suite struct QuoteTermTests {
    @Test(arguments: [
        "The bank sold a contract known as a \"call option\" last year.",
        "In the debate he offered the “right answer” on taxes.",
        "The so-called “Gang of Eight” met again.",
    ])
    func aTermIsNoQuote(_ text: String) {
        #expect(QuoteTesting.quotes(text).isEmpty)
    }

    @Test func aFragmentWithACueStaysAPartialQuote() {
        let text = "Jones said the plan was a \"disaster\" for the town."
        let quotes = QuoteTesting.quotes(text, [("Jones", .person, "Ann Jones")])
        let fragment = quotes.first { $0.span.text == "\"disaster\"" }
        #expect(fragment?.kind == .partial)
        #expect(fragment?.speaker?.name == "Ann Jones")
    }
}
