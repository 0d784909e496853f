import BylineEval
import BylineTestSupport
import Testing

/// The TempEval-3 harness on a small hand-written TimeML fixture.
@Suite struct DateEvaluationTests {
    @Test func timeMLIsRebuiltWithOffsets() throws {
        let doc = try #require(TimeMLDocument(name: "FIX001", markup: TimeMLFixture.text))
        #expect(doc.creation?.description == "2022-01-14")
        #expect(doc.timexes.count == 6)
        let s = Array(doc.text.unicodeScalars)
        func slice(_ g: GoldTimex) -> String { String(String.UnicodeScalarView(s[g.start..<g.end])) }
        #expect(doc.timexes.map(slice) == ["Wednesday", "the past three months", "next month", "9am", "daily", "May"])
        #expect(doc.text.contains("rose & fell"))
        #expect(!doc.text.contains("<"))
        #expect(doc.timexes.filter(\.isScored).count == 4)
    }

    @Test func scoringMatchesByOverlapAndValue() {
        let gold = [
            GoldTimex(start: 0, end: 5, type: "DATE", value: "2022-01-12"),
            GoldTimex(start: 10, end: 20, type: "DURATION", value: "P3M"),
            GoldTimex(start: 30, end: 35, type: "TIME", value: "2022-01-14T09:00"),
        ]
        let predicted = [
            PredictedTimex(start: 2, end: 8, value: "2022-01-12"),  // overlaps, right value
            PredictedTimex(start: 12, end: 15, value: "P3M"),  // only a DURATION: left out
            PredictedTimex(start: 30, end: 33, value: "2022-01-14"),  // overlaps, wrong value
            PredictedTimex(start: 40, end: 45, value: "2022"),
        ]  // spurious
        let o = DateScoring.score(gold: gold, predicted: predicted)
        #expect(o.counts.gold == 2)
        #expect(o.counts.predicted == 3)
        #expect(o.counts.extentMatched == 2)
        #expect(o.counts.valueMatched == 1)
        #expect(o.spurious.count == 1 && o.wrongValue.count == 1 && o.missed.isEmpty)
        #expect(abs(o.counts.extentF1 - 0.8) < 1e-9)
        #expect(abs(o.counts.valueF1 - 0.4) < 1e-9)
        #expect(abs(o.counts.valuePrecision - 1.0 / 3) < 1e-9)
        #expect(abs(o.counts.valueRecall - 0.5) < 1e-9)
    }

    @Test func oneExpressionOverTwoIsPairedWithTheFirstItMeets() {
        let gold = [
            GoldTimex(start: 0, end: 6, type: "DATE", value: "2022-01-12"),
            GoldTimex(start: 7, end: 12, type: "TIME", value: "2022-01-12T09:00"),
        ]
        // one prediction covering both: the second gold expression stays missed
        let wide = DateScoring.score(
            gold: gold, predicted: [PredictedTimex(start: 2, end: 12, value: "2022-01-12T09:00")])
        #expect(wide.counts.extentMatched == 1 && wide.counts.predicted == 1 && wide.counts.valueMatched == 0)
        #expect(wide.missed.map(\.start) == [7])
        // two predictions inside one gold expression: the first is paired, the second counts as spurious
        let split = DateScoring.score(
            gold: [gold[0]],
            predicted: [
                PredictedTimex(start: 0, end: 3, value: "2022-01-12"), PredictedTimex(start: 4, end: 6, value: "2022"),
            ]
        )
        #expect(split.counts.extentMatched == 1 && split.counts.valueMatched == 1 && split.counts.predicted == 2)
        #expect(split.spurious.map(\.start) == [4])
    }

    @Test func pairingIgnoresTypeAndValuesCompareAsWritten() {
        // a predicted duration over a gold DATE is paired with it and counted, its value wrong
        let gold = [GoldTimex(start: 0, end: 15, type: "DATE", value: "PAST_REF")]
        let o = DateScoring.score(
            gold: gold, predicted: [PredictedTimex(start: 4, end: 15, value: "P3Y", type: "DURATION")])
        #expect(o.counts.gold == 1 && o.counts.predicted == 1 && o.counts.extentMatched == 1)
        #expect(o.counts.valueMatched == 0 && o.wrongValue.count == 1)
        // gold "2000-W7" is not the ISO "2000-W07": the official scorer compares the strings
        let week = DateScoring.score(
            gold: [GoldTimex(start: 0, end: 9, type: "DATE", value: "2000-W7")],
            predicted: [PredictedTimex(start: 0, end: 9, value: "2000-W07")])
        #expect(week.counts.extentMatched == 1 && week.counts.valueMatched == 0)
        #expect(
            DateScoringBeforeAlignment.counts(
                gold: gold, predicted: [PredictedTimex(start: 4, end: 15, value: "P3Y", type: "DURATION")],
                types: .datesAndTimes
            ).extentMatched == 0)
    }

    @Test func bylineScoresTheFixture() throws {
        let doc = try #require(TimeMLDocument(name: "FIX001", markup: TimeMLFixture.text))
        let eval = DateEvaluation(corpora: [.init(name: "fixture", documents: [doc])])
        let (scores, _) = eval.scores(of: eval.byline())
        #expect(scores.total.gold == 4)
        #expect(scores.total.extentMatched == 4)
        #expect(scores.total.valueMatched == 4)
    }
}
