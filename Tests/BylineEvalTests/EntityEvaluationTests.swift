import Testing

@testable import BylineEval
@testable import BylineNLP

/// The evaluation harness on a small CoNLL-format fixture written for this test.
@Suite struct EntityEvaluationTests {
    static let fixture = """
        -DOCSTART- -X- O O

        Maria NNP I-NP I-PER
        Okafor NNP I-NP I-PER
        of IN I-PP O
        the DT I-NP O
        Lagos NNP I-NP I-ORG
        Harbour NNP I-NP I-ORG
        Board NNP I-NP I-ORG
        said VBD I-VP O
        on IN I-PP O
        Monday NNP I-NP O
        " " O O
        we PRP I-NP O
        're VBP I-VP O
        ready JJ I-ADJP O
        " " O O
        in IN I-PP O
        Nigeria NNP I-NP I-LOC
        's POS B-NP O
        capital NN I-NP O
        ( ( O O
        Abuja NNP I-NP I-LOC
        ) ) O O
        . . O O

        -DOCSTART- -X- O O

        Dutch JJ I-NP I-MISC
        striker NN I-NP O
        Ruud NNP I-NP I-PER
        Gullit NNP I-NP I-PER
        Johan NNP I-NP B-PER
        Cruyff NNP I-NP I-PER
        scored VBD I-VP O
        $ $ O O
        5 CD I-NP O
        . . O O
        """

    @Test func rebuildsTextAndGoldSpans() {
        let articles = CoNLLReader.articles(Self.fixture)
        #expect(articles.count == 2)
        let first = articles[0]
        #expect(
            first.text
                == "Maria Okafor of the Lagos Harbour Board said on Monday \"we're ready\" in Nigeria's capital (Abuja)."
        )
        let scalars = Array(first.text.unicodeScalars)
        func text(_ s: CoNLLArticle.Span) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
        #expect(first.spans.map(text) == ["Maria Okafor", "Lagos Harbour Board", "Nigeria", "Abuja"])
        #expect(first.spans.map(\.category) == [0, 1, 2, 2])
        // IOB1: "B-PER" starts a second person right after the first; MISC is kept for training but not scored.
        let second = articles[1]
        #expect(second.text == "Dutch striker Ruud Gullit Johan Cruyff scored $5.")
        #expect(second.spans.map(\.category) == [3, 0, 0])
        #expect(second.goldItems.count == 2)
    }

    @Test func scoresExactSpansPerTypeAndMicro() {
        var score = EntityScore()
        let gold = [
            EntityScore.Item(type: .person, start: 0, end: 12), .init(type: .organization, start: 20, end: 39),
            .init(type: .place, start: 75, end: 82),
        ]
        let predicted = [
            EntityScore.Item(type: .person, start: 0, end: 12),  // right
            .init(type: .organization, start: 24, end: 39),  // wrong start
            .init(type: .person, start: 75, end: 82),  // wrong type
            .init(type: .date, start: 50, end: 56),
        ]  // not scored
        score.add(gold: gold, predicted: predicted)
        #expect(score.counts(.person) == .init(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(score.counts(.organization) == .init(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(score.counts(.place) == .init(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(score.micro.truePositives == 1)
        #expect(abs(score.micro.precision - 1.0 / 3.0) < 1e-9)
        #expect(abs(score.micro.recall - 1.0 / 3.0) < 1e-9)
        #expect(abs(score.counts(.person).f1 - 2.0 / 3.0) < 1e-9)
    }

    @Test func evaluatesTheRecognizerOnTheFixture() {
        let score = EntityEvaluation.score(CoNLLReader.articles(Self.fixture), recognizer: .standard)
        let micro = score.micro
        #expect(micro.truePositives + micro.falseNegatives == 6)
        #expect(micro.truePositives >= 3)
    }

    @Test func printsTheSideBySideTable() {
        var ours = EntityScore()
        var theirs = EntityScore()
        ours.add(gold: [.init(type: .place, start: 0, end: 5)], predicted: [.init(type: .place, start: 0, end: 5)])
        theirs.add(gold: [.init(type: .place, start: 0, end: 5)], predicted: [])
        let table = EntityReport.table(byline: ours, spaCy: theirs).split(separator: "\n").map(String.init)
        #expect(table.count == 5)
        #expect(table[0].contains("spaCy"))
        #expect(table[3] == "place         1.000     1.000   1.000     0.000       0.000   0.000")
        #expect(!EntityReport.table(byline: ours, spaCy: nil).contains("spaCy"))
    }
}
