import BylineCore
import BylineNLP
import Testing

/// The fields most articles lack share one slot: set, read, changed and cleared, they behave as
/// plain fields, and an article is equal to (and hashes as) one made with the same values.
@Suite struct ArticleFieldsStorageTests {
    static let dateline = Dateline(places: ["SEOUL"], agencies: ["AFP"], start: 0, end: 14)

    @Test func rareFieldsReadBackAsSet() {
        let made = Article(
            path: "a.txt", format: .txt, title: "T", text: "SEOUL (AFP) - Text", author: "Jean Lee",
            tags: ["korea", "talks"], dateline: Self.dateline, captions: [3..<9])
        var set = Article(path: "a.txt", format: .txt, title: "T", text: "SEOUL (AFP) - Text")
        set.author = "Jean Lee"
        set.tags = ["korea"]
        set.tags.append("talks")
        set.dateline = Self.dateline
        set.captions = [3..<9]
        #expect(set == made)
        #expect(set.hashValue == made.hashValue)
        #expect(made.author == "Jean Lee" && made.tags == ["korea", "talks"])
        #expect(made.dateline == Self.dateline && made.captions == [3..<9])
    }

    @Test func clearingEveryRareFieldGivesThePlainArticle() {
        let plain = Article(path: "a.txt", format: .txt, title: "T", text: "Text")
        var cleared = Article(
            path: "a.txt", format: .txt, title: "T", text: "Text", author: "X", tags: ["t"], dateline: Self.dateline,
            captions: [0..<1])
        cleared.author = nil
        cleared.tags = []
        cleared.dateline = nil
        #expect(cleared != plain)
        cleared.captions = []
        #expect(cleared == plain)
        #expect(Set([cleared, plain]).count == 1)
        #expect(plain.author == nil && plain.tags.isEmpty && plain.dateline == nil && plain.captions.isEmpty)
    }
}
