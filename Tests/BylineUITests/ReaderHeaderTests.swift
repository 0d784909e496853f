import Testing

@testable import BylineCore
@testable import BylineUI

/// The reader's header: the headline once (never again as the first body line) and the meta
/// line, whose file path is cut in the middle instead of wrapping inside a name.
@Suite struct ReaderHeaderTests {
    /// The text lines of `text` loaded as a `.txt` and laid out 60 cells wide.
    static func lines(ofTextFile text: String, path: String = "a.txt") -> [String] {
        let article = TextLoader().article(text: text, path: path)
        let layout = ReaderLayout(article: article, annotation: nil, width: 60, measure: .unicode)
        return layout.lines.map(\.text)
    }

    @Test(arguments: [
        "Headline\twith a tab\n\nThe body.\n",
        "Headline one\rsecond part\n\nThe body.\n",
        "  Headline\t\n\nThe body.\n",
        "Headline\r\n\r\nThe body.\r\n",
    ])
    func theHeadlineIsNotRepeatedInTheBody(text: String) {
        let lines = Self.lines(ofTextFile: text)
        let title = TextLoader().article(text: text, path: "a.txt").title
        let headline = SafeText.line(title)
        #expect(lines.first == headline)
        #expect(lines.filter { $0.contains(headline) }.count == 1, "\(lines)")
        #expect(lines.contains("The body."))
    }

    @Test func aLoneCarriageReturnEndsTheHeadlineAndTheRestStartsTheBody() {
        let lines = Self.lines(ofTextFile: "Headline one\rsecond part\n\nThe body.\n")
        #expect(lines.first == "Headline one")
        #expect(lines.contains("second part"))
        #expect(!lines.contains { $0.contains("␍") })
    }

    @Test func aLongPathIsCutInTheMiddleKeepingTheFileName() {
        let path = "/home/reader/news/archive/2022/january/week-two/north-korea-missile-launch-statement.txt"
        let article = TextLoader().article(text: "Headline\n\nThe body.\n", path: path)
        for width in [40, 60, 80] {
            let layout = ReaderLayout(article: article, annotation: nil, width: width, measure: .unicode)
            let text = layout.lines.map(\.text)
            #expect(text.count == 4 && text[2] == "" && text[3] == "The body.", "\(width): \(text)")
            let meta = text[1]
            #expect(meta.contains("…") && meta.hasSuffix("-launch-statement.txt"), "\(width): \(meta)")
            #expect(DisplayWidth.unicode.width(of: meta) <= width - ReaderLayout.gutter(forWidth: width))
            // With room for the file name, the path keeps its name whole and its start.
            if width >= 60 {
                #expect(
                    meta.contains("undated · /home/") && meta.hasSuffix("/north-korea-missile-launch-statement.txt"))
            }
        }
    }

    @Test func cutPathKeepsTheStartAndTheName() {
        #expect(TextFit.cutPath("/a/b/c/name.txt", to: 30, measure: .unicode) == "/a/b/c/name.txt")
        #expect(TextFit.cutPath("/aaaa/bbbb/cccc/name.txt", to: 15, measure: .unicode) == "/aaaa…/name.txt")
        #expect(TextFit.cutPath("/aaaa/a-very-long-file-name.txt", to: 10, measure: .unicode) == "…-name.txt")
        #expect(TextFit.cutPath("no-slash-at-all-here.txt", to: 10, measure: .unicode) == "…-here.txt")
    }
}
