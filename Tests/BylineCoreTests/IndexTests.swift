import BylineCore
import BylineNLP
import Testing

@Suite struct IndexTests {
    let c = IndexFixtures.collection
    var index: Index { c.index }

    func entity(_ name: String) -> Entity? { index.entities.first { $0.name == name } }

    @Test func bareSurnameMergesIntoTheOneFullName() throws {
        let blinken = try #require(entity("Antony Blinken"))
        #expect(entity("Blinken") == nil)
        #expect(blinken.aliases.contains("Blinken"))
        #expect(blinken.aliases.contains("Mr Blinken"))
        #expect(index.postings(blinken.id).map(\.article) == [0, 1])
        #expect(index.postings(blinken.id).map(\.mentions) == [2, 1])
        #expect(blinken.articleCount == 2 && blinken.mentionCount == 3)
    }

    @Test func ambiguousSurnameStaysAlone() {
        #expect(entity("Kim") != nil)
        #expect(entity("Kim Jong Un")?.aliases.contains("Kim") == false)
    }

    @Test func oneIdPerNameAndType() {
        let seoul = index.entities.filter { $0.name == "Seoul" }
        #expect(seoul.count == 1)
        #expect(seoul.first.map { index.postings($0.id).map(\.article) } == [0, 1])
        #expect(entity("2022-01-13")?.type == .date)
    }

    @Test func organisationsAndPlacesMergeByNameAcrossArticles() throws {
        let a = "DATELINE\n\nSEOUL (Reuters) - The UN met."
        let b = "Other\n\nThe United Nations met in Seoul. The U.N. agreed."
        let first = AnnotatedArticle(
            article: IndexFixtures.article("d.txt", a, published: "2022-01-14"),
            annotation: Annotation(
                entities: [IndexFixtures.mention(a, "SEOUL", .place), IndexFixtures.mention(a, "UN", .organization)]))
        let second = AnnotatedArticle(
            article: IndexFixtures.article("e.txt", b, published: "2022-01-15"),
            annotation: Annotation(
                entities: [
                    IndexFixtures.mention(b, "United Nations", .organization),
                    IndexFixtures.mention(b, "Seoul", .place),
                    IndexFixtures.mention(b, "U.N.", .organization),
                ]))
        let merged = ArticleCollection(annotated: [first, second]).index
        let places = merged.entities.filter { $0.type == .place }
        #expect(places.map(\.name) == ["Seoul"])
        #expect(places.first?.aliases == ["SEOUL"] && places.first?.articleCount == 2)
        let orgs = merged.entities.filter { $0.type == .organization }
        #expect(orgs.map(\.name) == ["United Nations"])
        #expect(orgs.first.map { merged.postings($0.id).map(\.mentions) } == [1, 2])
        #expect(merged.entities(named: "un", type: .organization) == orgs.map(\.id))
    }

    @Test func aSpeakerLeftAsAPronounIsNoSpeakerToPick() throws {
        let a = "Ministers meet\n\n\"We will not accept it,\" they said. \"Never,\" Jean Lee said."
        let article = AnnotatedArticle(
            article: IndexFixtures.article("m.txt", a, published: "2022-01-14"),
            annotation: Annotation(
                entities: [IndexFixtures.mention(a, "Jean Lee", .person)],
                quotes: [
                    IndexFixtures.quote(a, "\"We will not accept it,\"", speaker: "They", said: "they"),
                    IndexFixtures.quote(a, "\"Never,\"", speaker: "Jean Lee", said: "Jean Lee"),
                ]))
        let c = ArticleCollection(annotated: [article])
        #expect(c.index.speakers.map(\.name) == ["Jean Lee"])
        #expect(c.annotation(of: 0)?.quotes.first?.speaker?.name == "They")
    }

    @Test func speakersCollectTheirQuotes() throws {
        let i = try #require(index.speakers(named: "antony blinken").first)
        #expect(index.speakers[i].quotes == [QuoteRef(article: 0, quote: 0)])
        #expect(index.speakers[i].entity == entity("Antony Blinken")?.id)
        let lee = try #require(index.speakers(named: "Lee").first)
        #expect(index.speakers[lee].name == "Jean Lee")
    }

    @Test func lookupByNameAliasAndWords() {
        #expect(index.entities(named: "mr blinken", type: .person) == [entity("Antony Blinken")!.id])
        #expect(index.entities(named: "KCNA", type: .person).isEmpty)
        #expect(index.entities(named: "Jong", type: .person).count == 2)
    }

    @Test func termSearchIgnoresCaseAndPunctuation() {
        #expect(index.articles(containingWords: "MISSILE") == [2])
        #expect(index.articles(containingWords: "seoul") == [0, 1])
        #expect(index.articles(containingWords: "launches seoul") == [1])
        #expect(index.articles(containingWords: "closely") == [0])
        #expect(index.articles(containingWords: "nowhere").isEmpty)
    }

    @Test func fuzzyPickerRanksWordStartsFirst() {
        let top = index.searchEntities("ablink", limit: 3).map { index.entity($0.entity).name }
        #expect(top.first == "Antony Blinken")
        #expect(index.searchEntities("kcna", limit: 5).map { index.entity($0.entity).name } == ["KCNA"])
        #expect(index.searchEntities("zzz", limit: 5).isEmpty)
        let places = index.searchEntities("o", type: .place, limit: 10).map { index.entity($0.entity).type }
        #expect(!places.isEmpty && places.allSatisfy { $0 == .place })
        // Nothing typed: the entities in most articles first.
        let popular = index.searchEntities("", limit: 2).map { index.entity($0.entity).articleCount }
        #expect(popular == [2, 2])
        #expect(index.searchEntities("seoul", limit: 1).map { index.entity($0.entity).name } == ["Seoul"])
    }

    @Test func speakerPicker() {
        #expect(index.searchSpeakers("jl", limit: 5).map { index.speakers[$0.speaker].name } == ["Jean Lee"])
    }

    @Test func expandedAnnotationUsesMergedNames() throws {
        let a = try #require(c.annotation(of: 1))
        #expect(a.entities.first?.text == "Blinken")
        #expect(a.entities.first?.canonical == "Antony Blinken")
        let q = try #require(c.annotation(of: 0)?.quotes.first)
        #expect(q.span.text == "\"We are watching closely,\"")
        #expect(q.speaker?.mention?.text == "Mr Blinken")
        #expect(c.annotation(of: 0)?.entities.first { $0.type == .date }?.value == "2022-01-13")
    }

    @Test func newestFirstPutsUndatedLast() {
        #expect(c.newestFirst == [1, 0, 2])
    }

    @Test func newestFirstBreaksTiesByPathWhateverTheIdOrder() {
        let day = CalendarDate(year: 2022, month: 1, day: 13)
        let inPathOrder = [
            Article(path: "a/1.txt", format: .txt, title: "", text: "", published: day),
            Article(path: "a/2.jsonl", item: 0, format: .jsonl, title: "", text: ""),
            Article(path: "a/2.jsonl", item: 1, format: .jsonl, title: "", text: "", published: day),
            Article(
                path: "b/3.txt", format: .txt, title: "", text: "",
                published: CalendarDate(year: 2022, month: 1, day: 14)),
            Article(path: "c/4.txt", format: .txt, title: "", text: "", published: day),
        ]
        let expected = ["b/3.txt", "a/1.txt", "a/2.jsonl#1", "c/4.txt", "a/2.jsonl#0"]
        let sorted = ArticleCollection(articles: inPathOrder)
        #expect(sorted.newestFirst.map { sorted.articles[Int($0)].key } == expected)
        let shuffled = ArticleCollection(articles: [
            inPathOrder[4], inPathOrder[2], inPathOrder[0], inPathOrder[3], inPathOrder[1],
        ])
        #expect(shuffled.newestFirst.map { shuffled.articles[Int($0)].key } == expected)
    }

    @Test func hostileOffsetsAreClamped() {
        var v = Vocabulary()
        let key = v.key("X", .person)
        let bad = CompactAnnotation(
            mentions: [
                CompactMention(start: -5, end: 999, key: key, alias: -1, value: -1),
                CompactMention(start: 3, end: 1, key: 77, alias: 5, value: 9),
            ], quotes: [])
        let a = bad.expand(text: "abc", vocabulary: v, canonical: { v.name(ofKey: $0) }, speaker: { v.string($0) })
        #expect(a.entities.map(\.text) == ["abc", ""])
    }

    @Test func quotesAloneAreThoseOfTheWholeAnnotation() {
        for id in 0..<c.count {
            #expect(c.quotes(of: id) == c.annotation(of: id)?.quotes)
        }
        #expect(c.quotes(of: c.count) == nil)
    }

    /// Snapshots taken while articles arrive split the word index into segments, merged as they
    /// grow; the answers must equal a plain scan of the texts.
    @Test func wordIndexAcrossManySegments() {
        let words = ["seoul", "missile", "talks", "kcna", "launch", "envoy", "summit"]
        var builder = IndexBuilder()
        var texts: [String] = []
        for id in 0..<300 {
            let text =
                (0..<5).map { words[(id * 7 + $0 * $0 * 3) % words.count].uppercased() }.joined(separator: ", ")
                + " #\(id)"
            texts.append(text)
            builder.add(article: Int32(id), annotation: CompactAnnotation(mentions: [], quotes: []), text: text)
            if id % 17 == 0 { _ = builder.snapshot(articleCount: id + 1) }
        }
        let index = builder.snapshot(articleCount: 300)
        for w in words + ["absent"] {
            let expected = texts.indices.filter { texts[$0].lowercased().contains(w) }.map(Int32.init)
            #expect(index.articles(containingWords: w) == expected, "\(w)")
        }
        #expect(
            index.articles(containingWords: "seoul talks")
                == texts.indices.filter { texts[$0].contains("SEOUL") && texts[$0].contains("TALKS") }.map(Int32.init))
    }
}
