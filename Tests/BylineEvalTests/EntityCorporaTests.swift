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
            # text = Ask Acme Corp in New York.
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

    @Test func wordsKeepTheSpacingOfTheWrittenSentence() {
        let text = """
            # text = Muqtada al-Sadr met Coca-Cola's chief ("Ben").
            1\tMuqtada\tB-PER\t-\ta
            2\tal\tI-PER\t-\ta
            3\t-\tI-PER\t-\ta
            4\tSadr\tI-PER\t-\ta
            5\tmet\tO\t-\t-
            6\tCoca\tB-ORG\t-\ta
            7\t-\tI-ORG\t-\ta
            8\tCola\tI-ORG\t-\ta
            9\t's\tO\t-\t-
            10\tchief\tO\t-\t-
            11\t(\tO\t-\t-
            12\t"\tO\t-\t-
            13\tBen\tB-PER\t-\ta
            14\t"\tO\t-\t-
            15\t)\tO\t-\t-
            16\t.\tO\t-\t-

            """
        let article = CoNLLReader.articles(text, format: .uner)[0]
        #expect(article.text == "Muqtada al-Sadr met Coca-Cola's chief (\"Ben\").")
        #expect(Self.names(article).map(\.1) == ["Muqtada al-Sadr", "Coca-Cola", "Ben"])
    }

    @Test func wordsNotFoundInTheWrittenSentenceAreSpacedAsNews() {
        // The tokens spell "do not" where the sentence says "don't": news spacing for the whole line.
        let text = """
            # text = I don't know Acme.
            1\tI\tO\t-\t-
            2\tdo\tO\t-\t-
            3\tnot\tO\t-\t-
            4\tknow\tO\t-\t-
            5\tAcme\tB-ORG\t-\ta
            6\t.\tO\t-\t-

            """
        let article = CoNLLReader.articles(text, format: .uner)[0]
        #expect(article.text == "I do not know Acme.")
        #expect(Self.names(article).map(\.1) == ["Acme"])
    }

    /// GUM CoNLL-U lines: id, form, lemma, UPOS, XPOS, features, head, relation, deps, misc.
    static func gum(_ rows: [(String, String, String, Int, String)]) -> String {
        gum(rows.map { ($0.0, $0.1, $0.2, $0.3, "_", $0.4) })
    }

    /// The same with each token's relation to its head.
    static func gum(_ rows: [(String, String, String, Int, String, String)]) -> String {
        rows.enumerated().map { k, r in
            "\(k + 1)\t\(r.0)\t_\t\(r.1)\t\(r.2)\t_\t\(r.3)\t\(r.4)\t_\t" + (r.5.isEmpty ? "_" : "Entity=" + r.5)
        }.joined(separator: "\n")
    }

    @Test func gumNameAttachedToACommonNounIsAName() {
        let text = Self.gum([
            ("English", "ADJ", "JJ", 2, "amod", "(1-person-new-x-x-x-x-Kane"),
            ("captain", "NOUN", "NN", 5, "nsubj", ""),
            ("Harry", "PROPN", "NNP", 2, "appos", ""),
            ("Kane", "PROPN", "NNP", 3, "flat", "1)"),
            ("scored", "VERB", "VBD", 0, "root", ""),
            ("and", "CCONJ", "CC", 9, "cc", ""),
            ("spokeswoman", "NOUN", "NN", 9, "nsubj", "(2-person-new-x-x-x-x-Raisinghani"),
            ("Sujata", "PROPN", "NNP", 7, "flat", "2)"),
            ("spoke", "VERB", "VBD", 5, "conj", ""),
            ("to", "ADP", "IN", 12, "case", ""),
            ("the", "DET", "DT", 12, "det", "(3-person-new-x-x-x-x-x"),
            ("captain", "NOUN", "NN", 9, "obl", "3)"),
        ])
        #expect(Self.names(GUMReader.article(text, name: "d")).map(\.1) == ["Harry Kane", "Sujata"])
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

    @Test func gumNameKeepsAHyphenBetweenItsWords() {
        let text =
            "# text = Lee Cheuk-yan won.\n"
            + Self.gum([
                ("Lee", "PROPN", "NNP", 5, "(1-person-new-x-x-x-x-Lee"),
                ("Cheuk", "PROPN", "NNP", 1, ""),
                ("-", "PUNCT", "HYPH", 4, ""),
                ("yan", "PROPN", "NNP", 2, "1)"),
                ("won", "VERB", "VBD", 0, ""),
                (".", "PUNCT", ".", 5, ""),
            ])
        let article = GUMReader.article(text, name: "d")
        #expect(article.text == "Lee Cheuk-yan won.")
        #expect(Self.names(article).map(\.1) == ["Lee Cheuk-yan"])
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
