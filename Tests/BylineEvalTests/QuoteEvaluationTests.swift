import Foundation
import Testing

@testable import BylineEval

/// The PolNeAR quote harness on a small brat fixture written for these tests.
@Suite struct QuoteEvaluationTests {
    static let text =
        "“We will win,” Dana Ray said.\n\nShe called it a “disaster” for the party.\n\n“Go home.” \"Now.\""
    // T1 content wholly inside marks; T4 content with a scare quote inside (not direct);
    // E3 a discontinuous content of two quotes by no annotated source.
    static let ann = """
        T1\tContent 0 14\t“We will win,”
        T2\tSource 15 23\tDana Ray
        T3\tCue 24 28\tsaid
        E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2
        T4\tContent 42 71\tit a “disaster” for the party
        T5\tSource 31 34\tShe
        T6\tCue 35 41\tcalled
        E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5
        T7\tContent 74 84;85 91\t“Go home.” "Now."
        T8\tCue 74 75\t“
        E3\tAttribution-no-source:T8 Content:T7 Cue:T8

        """

    @Test func readsAttributionsAndPicksDirectQuotes() {
        let scalars = Array(Self.text.unicodeScalars)
        let attributions = BratStandoff.attributions(Self.ann)
        #expect(attributions.count == 3)
        #expect(attributions[0].source == [15..<23])
        #expect(attributions[2].content == [74..<84, 85..<91])
        let direct = BratStandoff.directQuotes(attributions, text: scalars)
        #expect(direct.map(\.span) == [0..<14, 74..<91])
        #expect(direct[1].parts == [74..<84, 85..<91])
        #expect(direct[1].source.isEmpty)
    }

    @Test func contentWithoutItsMarksStillCounts() {
        let scalars = Array("He said: “Yes, indeed.” Then left.".unicodeScalars)
        let a = GoldAttribution(source: [0..<2], cue: [3..<7], content: [10..<22])
        #expect(BratStandoff.directQuotes([a], text: scalars).first?.span == 9..<23)
    }

    @Test func matchingNeedsHalfOfTheShorterSpan() {
        let gold = [GoldQuote(span: 0..<20, parts: [0..<20], source: [30..<35])]
        let right = ScoredQuote(span: 5..<20, speakerName: "Dana Ray", speakerMention: 31..<34, sieve: .trailingCue)
        let wrongSpeaker = ScoredQuote(span: 0..<12, speakerName: "he", speakerMention: 40..<42, sieve: .sentenceCue)
        let elsewhere = ScoredQuote(span: 15..<60, speakerName: nil, speakerMention: nil, sieve: nil)
        let (score, _) = QuoteMatcher.match(gold: gold, predicted: [right, wrongSpeaker, elsewhere])
        #expect(score.predicted == 3)
        #expect(score.matched == 2)
        #expect(score.recalled == 1)
        #expect(score.speakerCorrect == 1 && score.withSource == 2)
        #expect(score.named == 1 && score.withSpeaker == 2)
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
        #expect(score.recall == 1)
    }

    @Test func resolutionComparesNamesIgnoringTitlesAndCase() {
        let c = ResolutionCase(doc: "a.txt", start: 0, end: 10, source: "she", name: "Dana Ray")
        #expect(c.isAnswered(by: "Ms Dana Ray"))
        #expect(c.isAnswered(by: "dana ray"))
        #expect(!c.isAnswered(by: "she"))
        var score = ResolutionScore()
        score.add(
            [c, ResolutionCase(doc: "a.txt", start: 50, end: 60, source: "he", name: "UNNAMED")],
            predicted: [ScoredQuote(span: 0..<9, speakerName: "Dana Ray", speakerMention: nil, sieve: nil)])
        #expect(score.cases == 1 && score.correct == 1)
    }

    @Test func runsOverASplitDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "byline-quote-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("text"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("attributions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.text.write(to: dir.appendingPathComponent("text/one.txt"), atomically: true, encoding: .utf8)
        try Self.ann.write(to: dir.appendingPathComponent("attributions/one_b2.ann"), atomically: true, encoding: .utf8)
        try "T1\tContent 0 5\tnope\nE1\tAttribution:T1 Content:T1\n".write(
            to: dir.appendingPathComponent("attributions/one_zz.ann"), atomically: true, encoding: .utf8)
        let cases = [ResolutionCase(doc: "one.txt", start: 0, end: 14, source: "she", name: "Dana Ray")]
        let report = try QuoteEvaluation().run(split: dir.path, resolution: cases, anchors: nil)
        #expect(report.articles == 1)
        #expect(report.ours.gold == 2)
        #expect(report.ours.recalled >= 1)
        #expect(report.ourResolution.cases == 1)
        #expect(report.sieves[.trailingCue]?.decided == 1)
        let table = QuoteReportText.render(report, corpus: "fixture")
        #expect(table.contains("quote F1"))
        #expect(table.contains("trailing-cue"))
    }

    @Test func aMissingSplitIsAClearError() {
        #expect(throws: QuoteEvaluation.Failure.self) {
            try QuoteEvaluation().run(split: "/nonexistent/polnear/dev", resolution: [], anchors: nil)
        }
    }
}
