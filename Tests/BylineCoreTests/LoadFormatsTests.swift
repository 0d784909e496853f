import BylineNLP
import BylineTestSupport
import Foundation
import Testing

@testable import BylineCore

@Suite struct LoadFormatsTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt").path

    @Test func seedDatelineCaptionAndTitle() throws {
        var issues: [LoadIssue] = []
        let articles = ArticleFiles.load(file: Self.seedPath, issues: &issues)
        #expect(issues.isEmpty)
        let a = try #require(articles.first)
        #expect(
            a.title == "US Secretary of State Blinken says North Korea may be seeking attention with missile launches")
        #expect(a.text == (try String(contentsOfFile: Self.seedPath, encoding: .utf8)))
        let d = try #require(a.dateline)
        #expect(d.places == ["Washington", "Seoul"])
        #expect(d.agencies == ["AFP", "REUTERS"])
        #expect(slice(a.text, d.start..<d.end) == "WASHINGTON/SEOUL (AFP, REUTERS) - ")
        #expect(a.captions.count == 1)
        #expect(slice(a.text, a.captions[0]).hasSuffix("PHOTO: AFP/KCNA"))
        #expect(a.format == .txt && a.item == nil)
    }

    @Test func markdownWithFrontMatter() throws {
        let md = """
            ---
            title: "Talks resume: \\"no preconditions\\""
            date: 2022-01-14T09:30:00-05:00
            source: The Example Times   # where it ran
            url: https://example.org/talks
            author: 'Jean O''Neill'
            tags: [diplomacy, "North Korea"]
            extra:
              nested: ignored
            ---
            # Talks resume: "no preconditions"

            SEOUL (Reuters) - The envoy said talks
            would resume **soon**, according to [the ministry](https://example.org).

            > "We are ready," she said.
            """
        let (articles, issues) = try loadOne("a.md", md)
        #expect(issues.isEmpty)
        let a = try #require(articles.first)
        #expect(a.title == "Talks resume: \"no preconditions\"")
        #expect(
            a.text == """
                Talks resume: "no preconditions"

                SEOUL (Reuters) - The envoy said talks would resume soon, according to the ministry.

                "We are ready," she said.
                """)
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 14))
        #expect(a.publishedSource == .metadata)
        #expect(a.source == "The Example Times")
        #expect(a.url == "https://example.org/talks")
        #expect(a.author == "Jean O'Neill")
        #expect(a.tags == ["diplomacy", "North Korea"])
        #expect(a.dateline?.places == ["Seoul"])
        #expect(a.dateline?.agencies == ["Reuters"])
        #expect(a.format == .md)
    }

    @Test func markdownBlockListsAndNoFrontMatter() throws {
        let withList = "---\ntitle: T\ntags:\n  - one\n  - \"two, three\"\ndate: January 11, 2022\n---\nBody.\n"
        let a = try #require(try loadOne("b.md", withList).articles.first)
        #expect(a.tags == ["one", "two, three"])
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 11))
        let plain = try #require(
            try loadOne("c.md", "## A heading title\n\nFirst paragraph.\r\n\r\nSecond.\r\n").articles.first)
        #expect(plain.title == "A heading title")
        #expect(plain.text == "A heading title\n\nFirst paragraph.\n\nSecond.")
    }

    @Test func malformedFrontMatterIsReportedWithItsLine() throws {
        let cases: [(String, LoadProblem)] = [
            ("---\ntitle: x\nBody without a closing line\n", .frontMatter(line: 1, .neverClosed)),
            ("---\ntitle: \"unterminated\n---\nBody\n", .frontMatter(line: 2, .unclosedQuote)),
            ("---\ntitle: x\njust words\n---\nBody\n", .frontMatter(line: 3, .notKeyValue(found: "just words"))),
            ("---\ntags: [a, b\n---\nBody\n", .frontMatter(line: 2, .unclosedList)),
        ]
        for (md, reason) in cases {
            let (articles, issues) = try loadOne("bad.md", md)
            #expect(articles.isEmpty)
            #expect(issues == [LoadIssue(path: "bad.md", reason: reason)])
        }
    }

    @Test func jsonObjectAndArray() throws {
        let one =
            #"{"title": "Hello", "body": "First para.\n\nSecond para.", "published": "Fri, 14 Jan 2022 10:00:00 +0000", "source": {"name": "Wire"}, "link": "https://x.org", "author": ["A B", {"name": "C D"}]}"#
        let a = try #require(try loadOne("one.json", one).articles.first)
        #expect(a.text == "Hello\n\nFirst para.\n\nSecond para.")
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 14))
        #expect(a.source == "Wire" && a.url == "https://x.org" && a.author == "A B, C D")
        #expect(a.item == nil && a.format == .json)

        let array =
            #"[{"title": "A", "text": ["p1", "p2"], "date": 1642118400}, 42, {"title": "", "content": ""}, {"title": "C", "content": "line one\nline two"}]"#
        let (articles, issues) = try loadOne("many.json", array)
        #expect(articles.map(\.title) == ["A", "C"])
        #expect(articles.map(\.item) == [0, 3])
        #expect(articles[0].text == "A\n\np1\n\np2")
        #expect(articles[0].published == CalendarDate(year: 2022, month: 1, day: 14))
        #expect(articles[1].text == "C\n\nline one\n\nline two")
        #expect(
            issues == [
                LoadIssue(path: "many.json", reason: .item(1, .notAnArticleObject(found: .number))),
                LoadIssue(path: "many.json", reason: .item(2, .noArticleFields)),
            ])
    }

    @Test func malformedJSONIsReported() throws {
        // Invalid JSON carries the parser's own explanation, worded by Foundation.
        let cases: [(String, LoadProblem)] = [
            ("{\"title\": ", .invalidJSON(detail: nil)), ("[1, 2", .invalidJSON(detail: nil)),
            ("\"just a string\"", .notAnArticleObject(found: .string)), ("[]", .emptyArray),
        ]
        for (bad, expected) in cases {
            let (articles, issues) = try loadOne("bad.json", bad)
            #expect(articles.isEmpty)
            #expect(issues.count == 1)
            let reason = try #require(issues.first?.reason)
            #expect(HostileFiles.matches(reason, expected), "\(bad): \(reason)")
        }
    }

    @Test func jsonLinesKeepGoodLines() throws {
        let jsonl = """
            {"title": "One", "body": "Alpha said so."}
            {"title": "Two", "body": 

            not json at all
            ["an", "array"]
            {"title": "Five", "text": "WASHINGTON - Beta said so.", "date": "2021-12-31"}
            """
        let (articles, issues) = try loadOne("feed.jsonl", jsonl)
        #expect(articles.map(\.title) == ["One", "Five"])
        #expect(articles.map(\.item) == [0, 5])
        #expect(articles[1].dateline?.places == ["Washington"])
        #expect(articles[1].published == CalendarDate(year: 2021, month: 12, day: 31))
        let expected: [LoadProblem] = [
            .line(2, .invalidJSON(detail: nil)), .line(4, .invalidJSON(detail: nil)),
            .line(5, .notAnArticleObject(found: .array)),
        ]
        #expect(issues.count == expected.count)
        for (issue, want) in zip(issues, expected) { #expect(HostileFiles.matches(issue.reason, want), "\(issue)") }
    }

    @Test func sampleDataLoadsEveryFormatWithItsSource() {
        let dir = (Self.seedPath as NSString).deletingLastPathComponent
        let result = ArticleFiles.load(paths: [dir])
        #expect(result.issues.isEmpty)
        #expect(result.articles.count >= 41)
        #expect(Set(result.articles.map(\.format)) == [.txt, .md, .json, .jsonl, .rss, .html])
        #expect(!result.articles.contains { $0.title.contains("Sample data") }, "ATTRIBUTION.md is not an article")
        for a in result.articles where a.format != .txt {
            #expect(a.url?.hasPrefix("https://en.wikinews.org/wiki/") == true, "\(a.key)")
            #expect(a.publishedSource == .metadata && a.source == "Wikinews", "\(a.key)")
            #expect(a.text.hasPrefix(a.title + "\n\n"), "\(a.key)")
        }
        let keys = result.articles.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test func loadersAreRegisteredByExtension() {
        #expect(Loaders.loader(for: "a/b.TXT") is TextLoader)
        #expect(Loaders.loader(for: "x.md") is MarkdownLoader)
        #expect(Loaders.loader(for: "x.json") is JSONLoader)
        #expect(Loaders.loader(for: "x.jsonl") is JSONLinesLoader)
        #expect(Loaders.loader(for: "x.pdf") == nil)
    }
}

@Suite struct LoadTextShapesTests {
    @Test func captionsEndInAShortCredit() {
        func caption(_ s: String) -> Bool { Captions.isCaption(Array(s.unicodeScalars)[...]) }
        #expect(caption("Kim Jong Un watches a test launch. PHOTO: AFP/KCNA"))
        #expect(caption("Crowds in the square. Photo credit: Jean Lee"))
        #expect(!caption("The agency said the PHOTO: was released. Then officials left the room."))
        #expect(!caption("He collects photos: dozens of them"))
        #expect(!caption("PHOTO:"))
        #expect(!caption("Smoke rises. Image: " + String(repeating: "x", count: 61)))
    }

    @Test func aLongCaptionDoesNotHideTheDatelineAfterIt() {
        let caption = String(repeating: "Crowds gather in the square ", count: 200) + "PHOTO: AFP"
        let found = ArticleLayout.examine("Headline here\n\n" + caption + "\n\nSEOUL (Reuters) - Talks resumed.\n")
        #expect(found.title == "Headline here")
        #expect(found.captions.count == 1)
        #expect(found.dateline?.places == ["Seoul"])
        let unsettled = ArticleLayout.examine("Only a headline\n\n" + String(repeating: "long body ", count: 600))
        #expect(unsettled.title == "Only a headline" && unsettled.dateline == nil && unsettled.captions.isEmpty)
    }

    @Test func markdownLinesLoseTheirSyntaxAndKeepTheirWords() {
        #expect(MarkdownText.paragraphs("## Talks resume ##") == ["Talks resume"])
        #expect(MarkdownText.paragraphs("> > \"We are ready,\" she said.") == ["\"We are ready,\" she said."])
        #expect(
            MarkdownText.paragraphs("See [the report](https://example.org/r) and ![a chart](c.png).") == [
                "See the report and ."
            ])
        #expect(
            MarkdownText.paragraphs("**Bold** and __strong__ and `code` and \\*stars\\*") == [
                "Bold and strong and code and *stars*"
            ])
        #expect(MarkdownText.paragraphs("- - -") == [])
        #expect(MarkdownText.paragraphs("```swift") == [])
        #expect(MarkdownText.paragraphs("#hashtag stays") == ["#hashtag stays"])
        #expect(MarkdownText.paragraphs("[unclosed link") == ["[unclosed link"])
        #expect(
            MarkdownText.paragraphs("# Title\r\n\r\nOne line\r\nwraps here.\n\n---\n\nLast.") == [
                "Title", "One line wraps here.", "Last.",
            ])
    }

    @Test func fileExtensionsAreReadAsFoundationReadsThem() {
        let cases: [(String, Substring)] = [
            (".md", ""), ("a/.md", ""), ("file.", ""), ("a.b.MD", "MD"), ("dir.v2/file", ""),
            ("readme.md", "md"), ("..md", "md"), ("plain", ""),
        ]
        for (path, ext) in cases { #expect(Loaders.fileExtension(of: path) == ext, "\(path)") }
        #expect(ArticleFiles.isCollectionDocument("README.md") && ArticleFiles.isCollectionDocument("License.txt"))
        #expect(
            !ArticleFiles.isCollectionDocument("readme-notes.md") && !ArticleFiles.isCollectionDocument("story.md"))
    }

    @Test func decodingPicksTheEncodingFromTheBytes() throws {
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("café".utf8))) == ("café", .utf8))
        #expect(try TextDecoding.decode(Data([0x63, 0x61, 0x66, 0xE9])) == ("café", .latin1))
        #expect(try TextDecoding.decode(Data(Array("é".utf8) + [0xFF])) == ("é\u{FFFD}", .utf8WithReplacements))
        #expect(throws: LoadProblem.binary) { try TextDecoding.decode(Data([0x41, 0x00, 0x42])) }
    }

    /// The control bytes are found eight bytes at a time: the count agrees with one taken byte by
    /// byte wherever the NULs and controls fall, and in heads of every length.
    @Test func controlBytesAreCountedAsByteByByte() {
        var rng = SystemRandomNumberGenerator()
        let kinds: [UInt8] = [0x41, 0x20, 0x0A, 0x09, 0x1B, 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xFF, 0x00]
        for length in 0..<200 {
            for _ in 0..<20 {
                let rare = Int.random(in: 1...40, using: &rng)
                let bytes = (0..<length).map { _ in
                    Int.random(in: 0..<rare, using: &rng) == 0 ? kinds.randomElement(using: &rng)! : 0x61
                }
                var nul = false
                var count = 0
                for b in bytes {
                    if b == 0 {
                        nul = true
                        break
                    }
                    if b < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(b) { count += 1 }
                }
                let found = bytes.withUnsafeBufferPointer { TextDecoding.controls(in: $0) }
                #expect(found.nul == nul)
                #expect(found.count == count)
                #expect(TextDecoding.looksBinary(Data(bytes)) == (nul || count * 10 > length))
            }
        }
    }
}

/// Where the body starts after a `.txt` headline, whatever ends the headline's line.
@Suite struct TextBodyStartTests {
    @Test(arguments: [
        ("Headline\twith a tab\n\nBody.\n", "Headline\twith a tab", 19),
        ("Headline one\rsecond part\n\nBody.\n", "Headline one", 13),
        ("\n  Headline\r\n\r\nBody.\r\n", "Headline", 11),
        ("Headline", "Headline", 8),
    ])
    func theBodyStartsAfterTheHeadlinesLine(text: String, title: String, start: Int) {
        let a = TextLoader().article(text: text, path: "a.txt")
        #expect(a.title == title)
        #expect(a.bodyStart == start)
    }

    @Test func aTextThatDoesNotOpenWithItsTitleHasItsBodyFromTheStart() {
        var a = TextLoader().article(text: "Headline\n\nBody.\n", path: "a.txt")
        a.title = "Head"
        #expect(a.bodyStart == 0)
        a.title = "Another"
        #expect(a.bodyStart == 0)
    }
}
