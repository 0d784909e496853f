import BylineNLP
import Testing

@testable import BylineCore
@testable import BylineUI

/// What the reading pane makes of clusters a terminal cell cannot hold: an emoji joiner sequence
/// shows as its emoji, two cells each; a flood of combining marks keeps eight on its letter.
@Suite struct ReaderClusterTests {
    static func opened(_ text: String, width: Int = 80) -> Grid {
        let a = AnnotatedArticle(
            article: Article(path: "odd.txt", format: .txt, title: "Odd", text: "Odd\n\n" + text),
            annotation: Annotation())
        var s = AppState(collection: ArticleCollection(annotated: [a]), width: width, height: 12)
        s.keys("Enter")
        return Screen.render(s)
    }

    @Test func anEmojiSequenceShowsEachOfItsEmoji() throws {
        let g = Self.opened("A family 👨\u{200D}👩\u{200D}👧\u{200D}👦 and a flag 🏳\u{FE0F}\u{200D}🌈 here.")
        let at = try #require(g.find("👨"), "\(g)")
        let cells = (0..<8).map { g[at.x + $0, at.y] }
        #expect(cells.map(\.text) == ["👨", "", "👩", "", "👧", "", "👦", ""])
        #expect(cells.enumerated().allSatisfy { $0.element.isContinuation == ($0.offset % 2 == 1) })
        #expect(g.line(at.y).contains("👨👩👧👦 and a flag 🏳\u{FE0F}🌈 here."))
        #expect(!g.lines.joined().unicodeScalars.contains("\u{200D}"))
    }

    @Test func aFloodOfCombiningMarksKeepsEightOnItsLetter() throws {
        let g = Self.opened("Zo" + String(repeating: "\u{0301}", count: 1_000) + "e said.")
        let at = try #require(g.find("Z"), "\(g)")
        let cell = g[at.x + 1, at.y]
        #expect(cell.text == "o" + String(repeating: "\u{0301}", count: SafeText.maxMarks))
        #expect(g[at.x + 2, at.y].text == "e")
    }

    /// Characters that draw nothing are not drawn: no replacement character, no dotted circle.
    @Test func invisibleCharactersAreNotDrawn() {
        let g = Self.opened(
            "Shalom\u{200F} and \u{061C}salaam\u{200E}. Zero\u{200B}width, soft\u{AD}ware, \u{FEFF}bom.")
        #expect(g.contains("Shalom and salaam. Zerowidth, software, bom."), "\(g)")
        #expect(!g.lines.joined().unicodeScalars.contains { [0xFFFD, 0x25CC].contains($0.value) })
    }

    /// A flag takes two cells, a regional indicator in each, as curses places them; so do
    /// the two spacing characters of "कि" and "กำ", none dropped, and the columns after stay put.
    @Test func clustersOfSeveralSpacingCharactersTakeACellEach() throws {
        let g = Self.opened("UK 🇬🇧| Hindi कि| Thai กำ| end")
        let at = try #require(g.find("UK"), "\(g)")
        let cells = (3..<16).map { g[at.x + $0, at.y].text }
        #expect(cells == ["🇬", "🇧", "|", " ", "H", "i", "n", "d", "i", " ", "क", "ि", "|"])
        #expect(g[at.x + 22, at.y].text == "ก" && g[at.x + 23, at.y].text == "ำ" && g[at.x + 24, at.y].text == "|")
    }

    /// The spaces inside a name, a date or a search match take its style: a date is underlined
    /// from end to end, not word by word.
    @Test func spacesInsideANameOrAMatchTakeItsStyle() throws {
        let t = "Odd\n\nTalks in New York on Jan 11, 2022 went on."
        let entities = [
            Fixtures.entity(.place, "New York", in: t),
            Fixtures.entity(.date, "Jan 11, 2022", in: t, value: "2022-01-11"),
        ]
        let a = AnnotatedArticle(
            article: Article(path: "odd.txt", format: .txt, title: "Odd", text: t),
            annotation: Annotation(entities: entities))
        var s = AppState(collection: ArticleCollection(annotated: [a]), width: 80, height: 12)
        s.keys("Enter")
        s.searchReader("went on")
        let g = Screen.render(s)
        let at = try #require(g.find("Talks"), "\(g)")
        let row = g.roles(at.y)
        func roles(of text: String) -> Set<Role> {
            let x = g.find(text)!.x
            return Set(row[x..<(x + text.count)])
        }
        #expect(roles(of: "New York") == [.place])
        #expect(roles(of: "Jan 11, 2022") == [.date])
        #expect(roles(of: "went on") == [.searchCurrent])
        #expect(roles(of: " in ") == [.normal])
    }

    /// A resize, or dates shown inline, lays the article out again on the text that was at the
    /// top of the view, not on the line number that was there.
    @Test func aNewLayoutKeepsTheTextAtTheTop() throws {
        let paragraphs = (0..<40).map { p in (0..<30).map { "w\(p)x\($0)" }.joined(separator: " ") }
        let t = "Words\n\n" + paragraphs.joined(separator: "\n\n")
        let a = AnnotatedArticle(
            article: Article(path: "words.txt", format: .txt, title: "Words", text: t),
            annotation: Annotation(entities: [Fixtures.entity(.date, "w20x3", in: t, value: "2022-01-11")]))
        var s = AppState(collection: ArticleCollection(annotated: [a]), width: 100, height: 30)
        s.keys("Enter")
        for _ in 0..<70 { s.keys("j") }
        func topWord(_ s: AppState) -> String {
            let r = s.reader!
            let first = r.layout.lines[r.top].text.split(separator: " ").first.map(String.init)
            return first ?? r.layout.lines[r.top + 1].text.split(separator: " ").first.map(String.init) ?? ""
        }
        let before = topWord(s)
        #expect(before.hasPrefix("w"))
        for (w, h) in [(60, 30), (37, 20), (140, 40)] {
            s.send(.resize(width: w, height: h))
            let word = topWord(s)
            // The top line now starts at or just before the word that was at the top.
            let line = s.reader!.layout.lines[s.reader!.top...].prefix(2).map(\.text).joined(separator: " ")
            #expect(line.contains(before), "at \(w)x\(h): \(word) for \(before)")
        }
        s.keys("d")
        #expect(s.reader!.layout.lines[s.reader!.top...].prefix(2).map(\.text).joined(separator: " ").contains(before))
    }
}
