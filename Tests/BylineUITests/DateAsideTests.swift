import BylineCore
import BylineNLP
import Testing

@testable import BylineUI

/// With `d`, a date is followed by the words worked out for it only where the text does not
/// already say them.
@Suite struct DateAsideTests {
    static let text = """
        Port reopens

        The port closed on Jan 11, 2022 and reopened on Thursday, as it had in the past.
        """

    static var state: AppState {
        let t = text
        let a = Article(
            path: "data/port.txt", format: .txt, title: "Port reopens", text: t,
            published: CalendarDate(year: 2022, month: 1, day: 14), publishedSource: .metadata, source: "Coast Daily")
        let entities = [
            Fixtures.entity(.date, "Jan 11, 2022", in: t, value: "2022-01-11"),
            Fixtures.entity(.date, "Thursday", in: t, value: "2022-01-13"),
            Fixtures.entity(.date, "the past", in: t, value: "PAST_REF"),
        ]
        let article = AnnotatedArticle(article: a, annotation: Annotation(entities: entities, quotes: []))
        var s = AppState(
            collection: ArticleCollection(annotated: [article]), width: 80, height: 24,
            themes: [Theme(name: "a", styles: [:])])
        _ = s.carryOut(s.pendingEffects())
        return s
    }

    @Test func onlyDatesTheTextDoesNotSpellOutGetWords() {
        var s = Self.state
        s.keys("Enter", "d")
        _ = s.carryOut(s.pendingEffects())
        let g = Screen.render(s)
        let worked = g.find("→ 13 January 2022")
        #expect(worked != nil, "\(g.lines)")
        if let worked { #expect(g[worked.x, worked.y].role == .dateValue) }
        #expect(g.contains("Jan 11, 2022 and"), "\(g.lines)")
        #expect(!g.contains("→ 11 January 2022"), "\(g.lines)")
        #expect(!g.contains("→ the past"), "\(g.lines)")
    }

    /// The entity picker finds a date by the words it shows, not by its ISO value.
    @Test func thePickerFindsADateByItsWords() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("f")
        s.typeText("7 march")
        guard case .picker(let p)? = s.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(p.rows.first?.label == "7 March 2022", "\(p.rows.map(\.label))")
        #expect(p.rows.first?.filter.value == "2022-03-07")
    }

    @Test(
        arguments: [
            ("Jan 11, 2022", "2022-01-11", nil), ("Sept. 3, 2021", "2021-09-03", nil), ("in the past", "PAST_REF", nil),
            ("2019", "2019", nil), ("Thursday", "2022-01-13", "13 January 2022"),
            ("Thursday (Jan 13)", "2022-01-13", "13 January 2022"), ("two years", "P2Y", "2 years"),
            ("the 14th", "2022-01-14", "14 January 2022"),
        ] as [(String, String, String?)])
    func wordsAreLeftOutWhereTheTextSaysThem(text: String, value: String, words: String?) {
        #expect(DateAside.words(for: value, writtenAs: text) == words)
    }
}
