import BylineCore
import BylineNLP
import Testing

/// What the collection's entity listing (and the picker, which reads the same index) keeps and
/// merges across articles.
@Suite struct EntityListingTests {
    /// An article whose only annotations are the given names, each found in `text`.
    func article(
        _ path: String, _ text: String, _ names: [(String, EntityType)], source: String? = nil, url: String? = nil
    ) -> AnnotatedArticle {
        var a = IndexFixtures.article(path, text, published: "2024-03-01", source: source)
        a.url = url
        return AnnotatedArticle(
            article: a, annotation: Annotation(entities: names.map { IndexFixtures.mention(text, $0.0, $0.1) }))
    }

    func names(_ articles: [AnnotatedArticle]) -> [String] {
        ArticleCollection(annotated: articles).index.entities.map(\.name).sorted()
    }

    @Test func theCollectionsOwnSiteIsNoEntity() {
        let listed = names([
            article(
                "a.md", "Fair opens\n\nHarbourwire attended the fair in Oslo.",
                [("Harbourwire", .person), ("Oslo", .place)],
                source: "Harbourwire"),
            article(
                "b.md", "Vote held\n\nVoters told Harbourwire they were tired.", [("Harbourwire", .organization)],
                url: "https://en.harbourwire.org/wiki/Vote_held"),
            article(
                "c.txt", "Talks\n\nHarbourwire's reporter met Jonas Berg.",
                [("Jonas Berg", .person), ("Harbourwire", .person)]),
        ])
        #expect(listed == ["Jonas Berg", "Oslo"])
    }

    @Test func oneArticleFromASourceDoesNotMakeItTheSite() {
        let listed = names([
            article("a.md", "Markets\n\nReuters reported a fall.", [("Reuters", .organization)], source: "Reuters"),
            article(
                "b.md", "Markets\n\nReuters said shares fell.", [("Reuters", .organization)], source: "Harbourwire"),
        ])
        #expect(listed == ["Reuters"])
    }

    @Test func diacriticsDoNotSplitAPerson() {
        let index = ArticleCollection(annotated: [
            article("a.txt", "Speech\n\nRecep Tayyip Erdoğan spoke.", [("Recep Tayyip Erdoğan", .person)]),
            article("b.txt", "Rally\n\nErdogan spoke again.", [("Erdogan", .person)]),
        ]).index
        let people = index.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Recep Tayyip Erdoğan"])
        #expect(people.first?.articleCount == 2)
    }

    /// "Brudziński" joins "Brudzinski" (the same name without its diacritic), which joins
    /// "Joachim Brudziński": all three are one person, under the full name.
    @Test func aNameJoiningANameThatJoinsAFullerOneEndsAtTheFullest() {
        let index = ArticleCollection(annotated: [
            article("a.txt", "Warsaw\n\nBrudziński spoke.", [("Brudziński", .person)]),
            article("b.txt", "Warsaw\n\nBrudzinski spoke again.", [("Brudzinski", .person)]),
            article("c.txt", "Warsaw\n\nJoachim Brudziński spoke.", [("Joachim Brudziński", .person)]),
        ]).index
        let people = index.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Joachim Brudziński"])
        #expect(people.first?.articleCount == 3)
    }

    @Test func shortFormsMergeOnlyAsWrittenOrExpanded() {
        let listed = names([
            article("a.txt", "Vote\n\nThe UN voted.", [("UN", .organization)]),
            article(
                "b.txt", "Vote\n\nThe United Nations voted. Un Hotels opened.",
                [
                    ("United Nations", .organization), ("Un", .organization),
                ]),
            article("c.txt", "Launch\n\nKim Jong Un watched.", [("Kim Jong Un", .person)]),
        ])
        #expect(listed == ["Kim Jong Un", "Un", "United Nations"])
    }

    /// Only calendar dates are entities a reader filters by; lengths of time, recurrences and
    /// references to the present, past or future stay in their article's annotation.
    @Test func onlyCalendarDatesAreListed() throws {
        let text = """
            Budget

            The budget of 3 March 2024 runs for two years; the town has now paid weekly since 2023, \
            unlike in the past. The vote is on Friday.
            """
        let dates: [(String, String?)] = [
            ("3 March 2024", "2024-03-03"), ("two years", "P2Y"), ("now", "PRESENT_REF"), ("weekly", "P1W"),
            ("2023", "2023"), ("the past", "PAST_REF"), ("Friday", nil),
        ]
        let entities = dates.map { IndexFixtures.mention(text, $0.0, .date, value: $0.1) }
        let collection = ArticleCollection(annotated: [
            AnnotatedArticle(
                article: IndexFixtures.article("a.txt", text, published: "2024-03-01"),
                annotation: Annotation(entities: entities))
        ])
        let index = collection.index
        #expect(index.entities.filter { $0.type == .date }.map(\.name).sorted() == ["2023", "2024-03-03"])
        // The article keeps every date it annotated, for the reading pane.
        #expect(collection.annotation(of: 0)?.entities.count == dates.count)
    }
}
