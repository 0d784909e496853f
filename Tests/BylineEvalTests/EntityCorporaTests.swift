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

    /// GUM CoNLL-U lines: id, form, lemma, UPOS, XPOS, features, head, relation, deps, misc.
    static func gum(_ rows: [(String, String, String, Int, String)]) -> String {
        rows.enumerated().map { k, r in
            "\(k + 1)\t\(r.0)\t_\t\(r.1)\t\(r.2)\t_\t\(r.3)\t_\t_\t" + (r.4.isEmpty ? "_" : "Entity=" + r.4)
        }.joined(separator: "\n")
    }

    @Test func gumNamesStopAtNestedNamesAndLeaveTitlesOut() {
        let text =
            "# newdoc id = GUM_news_x\n"
            + Self.gum([
                ("Afghan", "ADJ", "JJ", 4, "(1-person-new-x-x-x-x-Someone"),
                ("Ambassador", "PROPN", "NNP", 4, ""),
                ("Hamdullah", "PROPN", "NNP", 4, ""),
                ("Mohib", "PROPN", "NNP", 6, "1)"),
                ("and", "CCONJ", "CC", 6, ""),
                ("Fung", "PROPN", "NNP", 0, "(2-person-new-x-x-x-x-Fung"),
                ("of", "ADP", "IN", 8, ""),
                ("ADPL", "PROPN", "NNP", 6, "(3-organization-new-x-x-x-x)2)"),
                ("met", "VERB", "VBD", 0, ""),
                ("Muslims", "PROPN", "NNPS", 9, "(4-person-new-x-x-x-x)"),
                ("on", "ADP", "IN", 12, ""),
                ("Monday", "PROPN", "NNP", 9, "(5-time-new-x-x-x-x)"),
            ]) + "\n\n"
        let article = GUMReader.article(text, name: "GUM_news_x")
        #expect(article.name == "GUM_news_x")
        let names = Self.names(article)
        #expect(names.map(\.1) == ["Hamdullah Mohib", "Fung", "ADPL", "Muslims"])
        #expect(names.map(\.0) == [0, 0, 1, 3])
    }

    @Test func gumOrganisationKeepsItsOwnPlaceAndOfPhrase() {
        let text = Self.gum([
            ("the", "DET", "DT", 2, "(1-organization-new-x-x-x-x-Bank"),
            ("Bank", "PROPN", "NNP", 0, ""),
            ("of", "ADP", "IN", 4, ""),
            ("England", "PROPN", "NNP", 2, "(2-place-new-x-x-x-x-England)1)"),
        ])
        #expect(Self.names(GUMReader.article(text, name: "d")).map(\.1) == ["Bank of England"])
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
