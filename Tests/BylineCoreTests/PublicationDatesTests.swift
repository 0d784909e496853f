import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// Which publication date an article gets, and what its relative dates are resolved against.
@Suite struct PublicationDatesTests {
    /// 2026-12-07 12:00 UTC, a file written long after the article.
    static let fileTime = 1_796_644_800.0

    static func article(_ text: String, modified: Double = fileTime, published: CalendarDate? = nil) -> Article {
        Article(
            path: "a.txt", format: .txt, title: "", text: text, published: published,
            publishedSource: published == nil ? nil : .metadata, modified: modified)
    }

    static func dateValues(_ a: AnnotatedArticle) -> [String: String?] {
        Dictionary(
            a.annotation.entities.filter { $0.type == .date }.map { ($0.text, $0.value) },
            uniquingKeysWith: { a, _ in a }
        )
    }

    @Test func onlyTheFileTimeLeavesRelativeDatesUnresolved() {
        let a = Annotator().annotate(Self.article("Sales rose this year, and again on Jan 13, 2005, officials said."))
        // the full date is the only date the text gives, so it is the publication date
        #expect(a.article.publishedSource == .text)
        let b = Annotator().annotate(Self.article("Sales rose this year, more than last month, officials said."))
        #expect(b.article.publishedSource == .fileTime)
        #expect(b.article.published == CalendarDate(year: 2026, month: 12, day: 7))
        let values = Self.dateValues(b)
        #expect(values["this year"] == .some(nil))
        #expect(values["last month"] == .some(nil))
    }

    @Test func metadataStillAnchorsRelativeDates() {
        let a = Annotator().annotate(
            Self.article("Sales rose this year.", published: CalendarDate(year: 2005, month: 3, day: 1)))
        #expect(Self.dateValues(a)["this year"] == .some("2005"))
    }

    @Test func anInferredDateLaterThanTheFileIsNotThePublicationDate() {
        let text = "The station opened on April 4, 2054, officials said."
        // a file written in 2026 cannot hold an article published in 2054
        let now = Annotator().annotate(Self.article(text))
        #expect(now.article.publishedSource == .fileTime)
        #expect(now.article.published == CalendarDate(year: 2026, month: 12, day: 7))
        let later = Annotator().annotate(Self.article(text, modified: 2_800_000_000))
        #expect(later.article.publishedSource == .text)
        #expect(later.article.published == CalendarDate(year: 2054, month: 4, day: 4))
    }

    @Test func withoutAFileTimeAnInferredDateStands() {
        let a = Annotator().annotate(Self.article("It opened on April 4, 2054.", modified: 0))
        #expect(a.article.publishedSource == .text)
        #expect(a.article.published == CalendarDate(year: 2054, month: 4, day: 4))
    }
}
