import Testing

@testable import BylineNLP

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.tokens.indices.map { doc.string(token: $0) }
    }

    @Test func keepsAbbreviationsNamesAndNumbersWhole() {
        #expect(
            words("Mr. Blinken met U.S. officials at 10:30 on 1/11/2022, paying $1,000.")
                == [
                    "Mr.", "Blinken", "met", "U.S.", "officials", "at", "10:30", "on", "1/11/2022", ",", "paying", "$",
                    "1,000", ".",
                ])
        #expect(
            words("Linda Thomas-Greenfield's self-defence") == ["Linda", "Thomas-Greenfield", "'s", "self-defence"])
        #expect(words("Kim Jong Un’s regime didn't") == ["Kim", "Jong", "Un", "’s", "regime", "did", "n't"])
    }

    @Test func chineseAndJapaneseCharactersAreTokensOfTheirOwn() {
        // Written without spaces: a run of characters is a clause, not a word.
        #expect(words("市长说：「好。」") == ["市", "长", "说", "：", "「", "好", "。", "」"])
        #expect(words("2024年Tokyo東京") == ["2024", "年", "Tokyo", "東", "京"])
        #expect(words("café naïve") == ["café", "naïve"])
        let doc = Document("他来了。她也来了！\n\n好吗？")
        #expect(doc.sentences.map { doc.string(tokens: $0) } == ["他来了。", "她也来了！", "好吗？"])
    }

    @Test func quoteMarksAreTheirOwnTokens() {
        let doc = Document("“We are ready,” he said, \"to talk.\"")
        let kinds = doc.tokens.map(\.kind)
        #expect(kinds.first == .quote)
        #expect(kinds.filter { $0 == .quote }.count == 4)
    }

    @Test func offsetsCountScalars() {
        let doc = Document("北朝鮮 said 🇰🇷 “yes”")
        let said = doc.tokens[3]  // after the three characters of 北朝鮮
        #expect(doc.string(Int(said.start), Int(said.end)) == "said")
        #expect(said.start == 4)
    }

    @Test func sentencesKnowNewsAbbreviations() {
        let doc = Document(
            "Mr. Kim met Gen. Lee on Jan. 5 in the U.S. capital. He left. \"Go,\" she said.\n\nNew paragraph here")
        let sentences = doc.sentences.map { doc.string(tokens: $0) }
        #expect(
            sentences == [
                "Mr. Kim met Gen. Lee on Jan. 5 in the U.S. capital.", "He left.", "\"Go,\" she said.",
                "New paragraph here",
            ])
        #expect(doc.paragraphs.count == 2)
    }

    @Test func hashesMatchStringHashes() {
        let doc = Document("North KOREA")
        #expect(doc.tokens[1].lowerHash == TokenHash.lower("korea"))
        #expect(doc.lowerHash(tokens: 0..<2) == TokenHash.lower("north korea"))
        #expect(doc.tokens[1].has(.allCaps))
    }
}
