import BylineNLP
import Testing

@testable import BylineCore
@testable import BylineUI

/// The first quote jump counts every quote of an article laid out only as far as it is shown.
@Suite struct QuoteCountTests {
    @Test func theFirstJumpCountsQuotesBeyondTheFirstScreen() throws {
        var t = "Many quotes\n\n"
        var quotes: [Quote] = []
        for k in 0..<30 {
            t += "Some words of narration before it. The mayor said \"we are ready \(k)\" on the day.\n\n"
        }
        for k in 0..<30 {
            quotes.append(Fixtures.quote("\"we are ready \(k)\"", in: t, by: "The mayor", mention: "The mayor"))
        }
        let a = Article(path: "data/many.txt", format: .txt, title: "Many quotes", text: t)
        let annotated = AnnotatedArticle(article: a, annotation: Annotation(entities: [], quotes: quotes))
        var s = AppState(collection: ArticleCollection(annotated: [annotated]), width: 60, height: 20)
        _ = s.apply(.key(KeyPress(parsing: "Enter")!))
        _ = s.apply(.key(KeyPress(parsing: "]")!))
        #expect(Screen.render(s).contains("quote 1 of 30"))
    }
}
