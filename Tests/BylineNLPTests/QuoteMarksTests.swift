import Testing

@testable import BylineNLP

@Suite struct QuoteMarksTests {
    func regions(_ text: String) -> [String] {
        let doc = Document(text)
        return QuoteMarks.find(doc).map { doc.string(tokens: $0.open..<($0.close + 1)) }
    }

    @Test func pairsCurlyAndStraightMarks() {
        #expect(regions("“We are ready,” he said. Then \"no,\" she said.") == ["“We are ready,”", "\"no,\""])
    }

    @Test func singleMarksInsideDoubleOnesStayInside() {
        #expect(regions("“He told me: ‘Go home.’ So I did,” she said.") == ["“He told me: ‘Go home.’ So I did,”"])
    }

    @Test func aClosingMarkOpeningALineOpensTheQuote() {
        let text = "Photo.\n\n”Fear. I am afraid.” ― Ana Ruiz\n“Hope,” she said."
        #expect(regions(text) == ["”Fear. I am afraid.”", "“Hope,”"])
        // Mid-line, a lone closing mark still opens nothing.
        #expect(regions("It ends here.” Then “this,” she said.") == ["“this,”"])
    }

    @Test func chineseAndJapaneseMarksPairWithoutSpaces() {
        #expect(regions("“我们不会让步，”部长说。") == ["“我们不会让步，”"])
        #expect(regions("市长表示：「我们会继续努力。」然后离开了。") == ["「我们会继续努力。」"])
        #expect(regions("他说：「她告诉我『不要去』，我就没去。」") == ["「她告诉我『不要去』，我就没去。」"])
        // An English quote next to them pairs as before.
        #expect(regions("「好。」 Then “no,” she said.") == ["「好。」", "“no,”"])
    }

    @Test func aChineseQuoteIsDirectSpeech() {
        let found = QuoteTesting.quotes("“我们坚决反对任何形式的干涉，”外交部发言人说。\n\n发言人表示：「这是不可接受的。」")
        #expect(found.map(\.span.text) == ["“我们坚决反对任何形式的干涉，”", "「这是不可接受的。」"])
        #expect(found.allSatisfy { $0.kind == .direct })
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() {
        let text = "He said “this never closes.\n\nThe next paragraph is the writer's. “Short,” she said."
        #expect(regions(text) == ["“this never closes.", "“Short,”"])
    }

    @Test func aQuoteRunsOnWhenTheNextParagraphOpensWithAMark() {
        let text = "“The first part goes on,” he said. “And on.\n\n“And ends here.”\n\nAfter."
        let doc = Document(text)
        let found = QuoteMarks.find(doc)
        #expect(found.count == 2)
        #expect(found.last?.multiParagraph == true)
        #expect(found.last.map { doc.string(tokens: $0.open..<($0.close + 1)) } == "“And on.\n\n“And ends here.”")
    }

    @Test func aSplitQuoteIsOneRegion() {
        let doc = Document("\"We are ready,\" he said, \"to talk.\"")
        let found = QuoteMarks.find(doc)
        #expect(found.count == 1)
        #expect(found.first?.interruption.map { doc.string(tokens: $0) } == "he said,")
    }

    @Test func doubledApostrophesAreDoubleMarks() {
        #expect(
            regions("Later, ''I think we will,'' he said. It's ''fine.''") == ["''I think we will,''", "''fine.''"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(regions("The voters' choice was Trump's, and rock'n'roll won in the '90s.").isEmpty)
    }

    @Test func singleQuotedHeadlineQuote() {
        #expect(regions("Pat Caddell: Voters Worried; It's ‘in Their Heads’") == ["‘in Their Heads’"])
    }
}
