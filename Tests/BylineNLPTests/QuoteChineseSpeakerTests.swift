import Testing

@testable import BylineNLP

/// Chinese speakers written with no space before the cue (“…，”部长说。).
@Suite struct QuoteChineseSpeakerTests {
    func speaker(_ text: String, quote fragment: String) -> String? {
        QuoteTesting.quote(QuoteTesting.quotes(text), containing: fragment)?.speaker?.name
    }

    @Test func aNameBeforeTheCueSpeaks() {
        #expect(speaker("“我们不会让步，”外交部发言人说。", quote: "让步") == "外交部发言人")
    }

    /// The next paragraph's speaker is not the speaker of a quote that ends a paragraph.
    @Test func theNextParagraphsSpeakerIsNotTaken() {
        let text = "“这个计划很好。”\n\n李明说：“我同意。”"
        #expect(speaker(text, quote: "计划") != "李明")
    }

    /// A pronoun is nobody a reader can recognise; a word such as 还 or 在 ends the name.
    @Test func aPronounNamesNoSpeakerAndFunctionWordsEndTheName() {
        #expect(speaker("“我们不会让步，”他还说。", quote: "让步") == nil)
        #expect(speaker("“我们不会让步，”他们表示。", quote: "让步") == nil)
        #expect(speaker("“我们不会让步，”李明还说。", quote: "让步") == "李明")
        #expect(speaker("“我们不会让步，”李明在会上说。", quote: "让步") == "李明")
    }
}
