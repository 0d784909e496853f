import BylineCore
import Testing

@Suite struct PostingListTests {
    @Test func givesBackWhatWentIn() {
        let postings = [
            Posting(article: 0, mentions: 1), Posting(article: 1, mentions: 300), Posting(article: 127, mentions: 2),
            Posting(article: 128, mentions: 1), Posting(article: 70_000, mentions: 16_384),
            Posting(article: Int32.max, mentions: Int32.max),
        ]
        let list = PostingList(postings)
        #expect(list.postings == postings)
        #expect(list.count == postings.count)
        #expect(list.mentionTotal == postings.reduce(0) { $0 + Int($1.mentions) })
    }

    @Test func oneArticleAndNoneAllocateNothingAndReadBack() {
        #expect(PostingList().postings.isEmpty)
        #expect(PostingList().isEmpty)
        let one = PostingList([Posting(article: 42, mentions: 3)])
        #expect(one.postings == [Posting(article: 42, mentions: 3)])
        #expect(one.mentionTotal == 3)
    }

    @Test func appendingOneAtATimeMatchesBuildingAtOnce() {
        var grown = PostingList()
        var expected: [Posting] = []
        var article: Int32 = 5
        for k in 0..<1_000 {
            let p = Posting(article: article, mentions: Int32(k % 7 + 1))
            grown.append(p)
            expected.append(p)
            article += Int32(k * 37 % 1_000 + 1)
        }
        #expect(grown.postings == expected)
        #expect(grown == PostingList(expected))
    }

    @Test func listsOfMergedNamesAddMentionsInTheSameArticle() {
        let c = IndexFixtures.collection
        for e in c.index.entities {
            let p = c.index.postings(e.id)
            #expect(p.count == e.articleCount)
            #expect(p.reduce(0) { $0 + Int($1.mentions) } == e.mentionCount)
            #expect(zip(p, p.dropFirst()).allSatisfy { $0.article < $1.article })
        }
    }
}
