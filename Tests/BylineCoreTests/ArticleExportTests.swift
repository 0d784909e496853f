import BylineNLP
import Foundation
import Testing

@testable import BylineCore

/// The text `y`, `|` and `w` take out of an article: citations, plain text, Markdown, file names.
@Suite struct ArticleExportTests {
    static let text =
        "Talks resume\n\nLISBON - \"We are close,\" Maria Silva said on\nMonday.\n\nShe said a vote was due.\n"

    static var article: Article {
        Article(
            path: "a.txt", format: .txt, title: "Talks resume", text: text,
            published: CalendarDate(year: 2022, month: 1, day: 14), source: "The Straits Times",
            url: "https://example.org/a", author: "Jean Lee")
    }

    static func span(_ needle: String) -> TextSpan {
        let r = text.range(of: needle)!
        let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
        return TextSpan(start: start, end: start + needle.unicodeScalars.count, text: needle)
    }

    static var direct: Quote {
        Quote(
            kind: .direct, span: span("\"We are close,\""),
            speaker: Speaker(name: "Maria Silva", mention: span("Maria Silva")), cue: nil)
    }

    @Test func aCitationHasEveryPartKnown() {
        #expect(
            QuoteCitation.text(of: Self.direct, in: Self.article)
                == "\"We are close,\" — Maria Silva, The Straits Times, 2022-01-14, https://example.org/a")
    }

    @Test func missingPartsAreLeftOutWithTheirSeparators() {
        var a = Self.article
        a.source = nil
        a.url = nil
        var q = Self.direct
        q.speaker = nil
        #expect(QuoteCitation.text(of: q, in: a) == "\"We are close,\" — 2022-01-14")
        a.published = nil
        #expect(QuoteCitation.text(of: q, in: a) == "\"We are close,\"")
    }

    @Test func reportedSpeechIsNotDressedAsADirectQuote() {
        let q = Quote(
            kind: .indirect, span: Self.span("a vote was due"), speaker: Speaker(name: "Maria Silva", mention: nil),
            cue: nil)
        #expect(QuoteCitation.text(of: q, in: Self.article).hasPrefix("(reported) a vote was due — Maria Silva, "))
    }

    @Test func plainTextIsHeadlineMetaAndParagraphs() {
        #expect(
            ArticleBody.plainText(Self.article) == """
                Talks resume
                The Straits Times · 2022-01-14 · By Jean Lee · https://example.org/a

                LISBON - "We are close," Maria Silva said on Monday.

                She said a vote was due.

                """)
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        var a = Self.article
        a.title = "Evil\u{1B}]0;pwned\u{07} title"
        a.text = "Body \u{1B}[2J here \u{9B}31m and \u{202E}gnp.exe\n"
        a.url = "https://x/\u{1B}[1m"
        for out in [ArticleBody.plainText(a), ArticleMarkdown.document(a, annotation: nil)] {
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!out.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
            #expect(out.contains("Body ␛[2J here"))
        }
    }

    @Test func markdownListsQuotesNamesAndDates() {
        func mention(_ type: EntityType, _ needle: String, canonical: String? = nil, value: String? = nil)
            -> EntityMention
        {
            let s = Self.span(needle)
            return EntityMention(
                type: type, start: s.start, end: s.end, text: needle, canonical: canonical, value: value)
        }
        let annotation = Annotation(
            entities: [
                mention(.place, "LISBON", canonical: "Lisbon"), mention(.person, "Maria Silva"),
                mention(.date, "Monday", value: "2022-01-10"),
            ],
            quotes: [Self.direct])
        let md = ArticleMarkdown.document(Self.article, annotation: annotation)
        #expect(
            md.hasPrefix("# Talks resume\n\nThe Straits Times · 2022-01-14 · By Jean Lee · https://example.org/a\n"))
        #expect(md.contains("\n## Quotes\n\n- \"We are close,\" — **Maria Silva**\n"))
        #expect(md.contains("\n## People\n\n- Maria Silva\n"))
        #expect(md.contains("\n## Places\n\n- Lisbon\n"))
        #expect(md.contains("\n## Dates\n\n- Monday: 10 January 2022\n"))
        #expect(!md.contains("## Organisations"))
    }

    @Test func fileNamesFromHeadlines() {
        #expect(
            SafeFileName.from(headline: "US Secretary of State: 'We are ready'")
                == "us-secretary-of-state-we-are-ready.md")
        #expect(SafeFileName.from(headline: "../../etc/passwd") == "etc-passwd.md")
        #expect(SafeFileName.from(headline: "\u{1B}]0;x\u{07}") == "0-x.md")
        #expect(SafeFileName.from(headline: "...") == "article.md")
        #expect(SafeFileName.from(headline: "Zürich 会議") == "zürich-会議.md")
        let long = SafeFileName.from(headline: String(repeating: "word ", count: 40))
        #expect(long.count <= SafeFileName.maxLength + 3 && !long.contains("-.md"))
    }

    @Test func savingNeverOverwritesUnasked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.md").path
        try SavedFile.save("first", to: path, overwrite: false)
        #expect(throws: SavedFile.Failure.exists(path)) { try SavedFile.save("second", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try SavedFile.save("second", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(throws: SavedFile.Failure.notAFile(dir.path)) { try SavedFile.save("x", to: dir.path, overwrite: true) }
        let missing = dir.appendingPathComponent("no/such/dir.md").path
        #expect(throws: SavedFile.Failure.cannotWrite(path: missing, reason: "No such file or directory")) {
            try SavedFile.save("x", to: missing, overwrite: false)
        }
        #expect(SavedFile.expand("~/x.md", home: "/h") == "/h/x.md")
    }
}
