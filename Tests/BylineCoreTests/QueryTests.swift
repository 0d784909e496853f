import BylineCore
import BylineNLP
import Testing

@Suite struct QueryTests {
    let c = IndexFixtures.collection

    @Test func parsesFieldsQuotesAndBareWords() throws {
        let q = try Query(
            parsing:
                #"person:"Antony Blinken" org:KCNA  place:Seoul speaker:“Jean Lee” date:2022-01 text:missile launch"#)
        #expect(
            q.terms == [
                .init(.person, "Antony Blinken"), .init(.org, "KCNA"), .init(.place, "Seoul"),
                .init(.speaker, "Jean Lee"),
                .init(.date, "2022-01"), .init(.text, "missile"), .init(.text, "launch"),
            ])
        #expect(try Query(parsing: "Organization:UN").terms == [.init(.org, "UN")])
        #expect(try Query(parsing: "at 10:30").terms == [.init(.text, "at"), .init(.text, "10:30")])
        #expect(try Query(parsing: "   ").terms.isEmpty)
        #expect(q.description.hasPrefix(#"person:"Antony Blinken" org:KCNA"#))
    }

    @Test func errorsSayWhatAndWhere() throws {
        #expect(throws: QueryError.unknownField("who", column: 7)) { try Query(parsing: "Seoul who:Lee") }
        #expect(throws: QueryError.unclosedQuote(column: 8)) { try Query(parsing: #"person:"Antony"#) }
        #expect(throws: QueryError.emptyValue(field: "org", column: 1)) { try Query(parsing: "org: x") }
        #expect(throws: QueryError.badDate("2022-13", column: 1)) { try Query(parsing: "date:2022-13") }
        #expect(throws: QueryError.badDate("jan", column: 1)) { try Query(parsing: "date:jan") }
        // A day the month does not have is refused like a month the year does not have.
        #expect(throws: QueryError.badDate("2022-02-30", column: 1)) { try Query(parsing: "date:2022-02-30") }
        #expect(throws: QueryError.badDate("2023-02-29", column: 6)) { try Query(parsing: "text date:2023-02-29") }
        #expect(try Query(parsing: "date:2024-02-29").terms == [Query.Term(.date, "2024-02-29")])
        #expect(
            QueryError.unknownField("who", column: 7).description.contains("person, org, place, speaker, date, text"))
    }

    func ids(_ q: String) throws -> [Int32] { c.matches(try Query(parsing: q)) }

    @Test func entityTermsMatchNamesAndAliasesIgnoringCase() throws {
        #expect(try ids(#"person:"antony blinken""#) == [0, 1])
        #expect(try ids("person:blinken") == [0, 1])
        #expect(try ids(#"person:"Mr Blinken""#) == [0, 1])
        #expect(try ids("org:kcna") == [0, 1])
        #expect(try ids("place:Pyongyang") == [2])
        #expect(try ids("place:KCNA").isEmpty)
        #expect(try ids("person:Nobody").isEmpty)
    }

    @Test func termsAndTogether() throws {
        #expect(try ids("org:KCNA place:Washington") == [1])
        #expect(try ids("person:Blinken text:closely") == [0])
        #expect(try ids("seoul launches") == [1])
        #expect(try ids("").count == 3)
    }

    @Test func speakerTerm() throws {
        #expect(try ids(#"speaker:"Jean Lee""#) == [1])
        #expect(try ids("speaker:blinken") == [0])
    }

    @Test func dateMatchesPublicationOrMention() throws {
        #expect(try ids("date:2022-02") == [1])
        #expect(try ids("date:2022-01-13") == [0])  // mentioned, not published
        #expect(try ids("date:2022") == [0, 1])
        #expect(try ids("date:2021").isEmpty)
    }

    @Test func selectKeepsNewestFirst() throws {
        #expect(c.select(try Query(parsing: "org:KCNA")) == [1, 0])
        #expect(c.select(Query()) == c.newestFirst)
    }

    @Test func sourceTagAndFlagAreTheArticlesOwnFields() throws {
        var one = IndexFixtures.article("x.txt", "One\n\nText.", published: "2022-01-01", source: "The Straits Times")
        one.tags = ["Politics", "Asia"]
        let two = IndexFixtures.article("y.txt", "Two\n\nText.", published: "2022-01-02", source: "Reuters")
        let c = ArticleCollection(annotated: [
            AnnotatedArticle(article: one, annotation: Annotation()),
            AnnotatedArticle(article: two, annotation: Annotation()),
        ])
        #expect(c.matches(try Query(parsing: "source:straits")) == [0])
        #expect(c.matches(try Query(parsing: #"source:"STRAITS times""#)) == [0])
        #expect(c.matches(try Query(parsing: "source:reuters")) == [1])
        #expect(c.matches(try Query(parsing: "tag:politics")) == [0])
        #expect(c.matches(try Query(parsing: "tag:polit")).isEmpty)
        #expect(c.matches(try Query(parsing: "flag:yes"), flagged: ["y.txt"]) == [1])
        #expect(c.matches(try Query(parsing: "flag:no"), flagged: ["y.txt"]) == [0])
        #expect(c.matches(try Query(parsing: "flag:yes")).isEmpty)
        #expect(c.select(try Query(parsing: "flag:no source:times")) == [0])
        #expect(try Query(parsing: "flag:TRUE flagged:n").terms == [Query.Term(.flag, "yes"), Query.Term(.flag, "no")])
        #expect(throws: QueryError.badFlag("maybe", column: 3)) { try Query(parsing: "a flag:maybe") }
        #expect(QueryError.badFlag("maybe", column: 3).description == "flag 'maybe' at column 3 is not yes or no")
        #expect(QueryError.unknownField("who", column: 1).description.contains("source, tag, flag"))
    }
}
