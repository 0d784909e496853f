import Foundation
import Testing

@testable import BylineEval
@testable import BylineNLP

/// The readers and type maps of the non-CoNLL entity corpora, on small fixtures written for
/// these tests in each corpus's layout.
@Suite struct EntityCorporaTests {
    /// The names of `article` as (category, text).
    static func names(_ article: CoNLLArticle) -> [(Int, String)] {
        let scalars = Array(article.text.unicodeScalars)
        return article.spans.map { s in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return (s.category, String(v))
        }
    }

    @Test func readsUniversalNERWithDocumentsAndComments() {
        let text = """
            # newdoc id = weblog-1
            # sent_id = weblog-1-0001
            # text = Ask Acme Corp in New York .
            1\tAsk\tO\t-\t-
            2\tAcme\tB-ORG\t-\ta
            3\tCorp\tI-ORG\t-\ta
            4\tin\tO\t-\t-
            5\tNew\tB-LOC\t-\ta
            6\tYork\tI-LOC\t-\ta
            7\t.\tO\t-\t-

            # newdoc id = weblog-2
            # sent_id = weblog-2-0001
            1\tAnna\tB-PER\t-\ta
            2\tKarenina\tB-OTH\t-\ta
            3\tLee\tB-PER\t-\ta

            """
        let articles = CoNLLReader.articles(text, format: .uner)
        #expect(articles.count == 2)
        #expect(articles[0].text == "Ask Acme Corp in New York.")
        let first = Self.names(articles[0])
        #expect(first.map(\.0) == [1, 2])
        #expect(first.map(\.1) == ["Acme Corp", "New York"])
        // IOB2: a B- label begins a new name even right after one of another or the same type.
        let second = Self.names(articles[1])
        #expect(second.map(\.0) == [0, 3, 0])
        #expect(second.map(\.1) == ["Anna", "Karenina", "Lee"])
    }

    @Test func gumNamesDocumentsAndDropsTimes() {
        let text = """
            -DOCSTART-\tO\tGUM_news_one

            On\tO\t_
            Monday\tB-MISC\ttime
            NASA\tB-ORG\torganization
            launched\tO\t_
            Apollo\tB-MISC\tobject

            -DOCSTART-\tO\tGUM_news_two

            Kim\tB-PER\tperson
            """
        let articles = CoNLLReader.articles(text, format: .gum)
        #expect(articles.map(\.name) == ["GUM_news_one", "GUM_news_two"])
        #expect(Self.names(articles[0]).map(\.1) == ["NASA", "Apollo"])
        #expect(Self.names(articles[0]).map(\.0) == [1, 3])
    }

    @Test func socialMediaTypesMapOntoCategoriesOneSentencePerDocument() {
        let text = """
            Netflix\tB-corporation
            shows\tO
            Stranger\tB-creative-work
            Things\tI-creative-work

            Arsenal\tB-group
            in\tO
            London\tB-location

            """
        let articles = CoNLLReader.articles(text, format: .wnut17)
        #expect(articles.count == 2)
        #expect(Self.names(articles[0]).map(\.0) == [1, 3])
        #expect(Self.names(articles[1]).map(\.0) == [1, 2])
    }

    @Test func crossNERKeepsWorksAndEventsApartFromPeople() {
        let text = """
            Orwell\tB-writer
            wrote\tO
            Animal\tB-book
            Farm\tI-book
            for\tO
            the\tO
            Labour\tB-politicalparty
            Party\tI-politicalparty
            in\tO
            jazz\tB-musicgenre
            """
        let articles = CoNLLReader.articles(text, format: .crossNER)
        let names = Self.names(articles[0])
        #expect(names.map(\.1) == ["Orwell", "Animal Farm", "Labour Party"])
        #expect(names.map(\.0) == [0, 3, 1])
    }

    @Test func heldBackGUMDocumentsAreNeverTrainedOn() {
        #expect(EntityCorpus.gumTrain.heldBack == EntityCorpus.gumHeldBack)
        #expect(EntityCorpus.gumHeldBack.allSatisfy { $0.hasPrefix("GUM_news_") })
        #expect(EntityCorpus.training.allSatisfy { $0.files != EntityCorpus.unerDev.files })
    }
}
