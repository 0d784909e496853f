import Foundation
import Testing

@testable import BylineNLP

/// The seed article (sample-data/000_6dcc1abd43cc5c53.txt): its dates, and its publication date
/// inferred from the text alone.
@Suite struct DateSeedTests {
    static let seed: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func publicationDateIsInferredFromTheText() {
        let inferred = DateRecognizer.standard.inferPublicationDate(Document(Self.seed))
        #expect(inferred == CalendarDate(year: 2022, month: 1, day: 14))
    }

    @Test func datesResolveAgainstThePublicationDate() {
        let doc = Document(Self.seed)
        let found = DateRecognizer.standard.recognize(doc, anchor: CalendarDate(year: 2022, month: 1, day: 14))
        let values = Dictionary(found.map { ($0.text, $0.value) }, uniquingKeysWith: { a, b in a == b ? a : nil })
        #expect(values["Jan 11, 2022"] == "2022-01-11")
        #expect(values["Thursday (Jan 13)"] == "2022-01-13")
        #expect(found.filter { $0.text == "Wednesday" }.map(\.value) == ["2022-01-12", "2022-01-12"])
        #expect(values["early Friday"] == "2022-01-14")
        // neither "may" is a date
        #expect(!found.contains { $0.text.lowercased() == "may" })
    }

    @Test func weekdayDatePairsGiveTheYear() {
        let doc = Document("SEOUL - The envoy said on Thursday (Jan 13) that talks would resume in 2022 or later.")
        #expect(DateRecognizer.standard.inferPublicationDate(doc) == CalendarDate(year: 2022, month: 1, day: 13))
    }

    @Test func datelineWins() {
        let doc = Document(
            "WASHINGTON, March 3, 2021 (Reuters) - Officials met on Feb. 2, 2021 and again on March 1, 2021. They meet again on Thursday."
        )
        #expect(DateRecognizer.standard.inferPublicationDate(doc) == CalendarDate(year: 2021, month: 3, day: 3))
        let noYear = Document("SEOUL, Jan 13 (Reuters) - North Korea fired a missile, its third test of 2022.")
        #expect(DateRecognizer.standard.inferPublicationDate(noYear) == CalendarDate(year: 2022, month: 1, day: 13))
    }

    @Test func aLaterWeekdayInTheFutureDoesNotMoveThePair() {
        let doc = Document("He said on Thursday (Jan 13, 2022) that talks will resume on Friday.")
        #expect(DateRecognizer.standard.inferPublicationDate(doc) == CalendarDate(year: 2022, month: 1, day: 13))
    }

    @Test func latestFullDateWhenNothingElse() {
        let doc = Document(
            "The merger was agreed on June 2, 2019. It closed on Aug. 30, 2019. It will be reviewed on Jan. 5, 2030.")
        #expect(DateRecognizer.standard.inferPublicationDate(doc) == CalendarDate(year: 2019, month: 8, day: 30))
    }

    @Test func nothingReliableGivesNil() {
        #expect(
            DateRecognizer.standard.inferPublicationDate(Document("Talks resumed on Thursday. They may fail in March."))
                == nil)
        #expect(DateRecognizer.standard.inferPublicationDate(Document("")) == nil)
    }
}
