import Testing

@testable import BylineNLP

/// Odd quoting never crashes, and a stray mark never swallows the rest of the article.
@Suite struct QuoteMalformedTests {
    @Test(arguments: [
        "", "\"", "“", "”", "''", "\"\"", "“”", "‘", "'", "\" \" \"", "said", "\"said\"", ", said he", "according to",
        "“Unclosed at the very end", "He said: “", "\"a,\" \"b,\" \"c,\" said", "«Bonjour», a-t-il dit.",
        "”Backwards“ he said", "According to Reuters", "According to the agency, ", "\u{0}\"\u{1B}[31m\" said \u{7}",
        "“one\n\n“two\n\n“three",
    ])
    func oddInputDoesNotCrash(_ text: String) {
        let quotes = QuoteTesting.quotes(text)
        for q in quotes {
            #expect(q.span.start >= 0 && q.span.end <= text.unicodeScalars.count && q.span.start < q.span.end)
        }
    }

    @Test func aStrayOpeningMarkDoesNotSwallowTheArticle() {
        let text = "He called it “a disaster.\n\nThe second paragraph says nothing.\n\n“Fine,” she said."
        let quotes = QuoteTesting.quotes(text)
        #expect(!quotes.contains { $0.span.text.contains("second paragraph") })
        #expect(QuoteTesting.quote(quotes, containing: "Fine")?.span.text == "“Fine,”")
    }

    @Test func nestedQuotesKeepTheOuterSpeaker() {
        let text = "“She told me, ‘Never again,’ and I believed her,” Ms Kay said."
        let quotes = QuoteTesting.quotes(text, [("Ms Kay", .person, "Ann Kay")])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Ann Kay")
    }
}
