import Testing

@testable import BylineUI

@Suite struct DisplayWidthTests {
    let w = DisplayWidth.unicode

    @Test(
        arguments: [
            ("a", 1), ("東", 2), ("한", 2), ("Ａ", 2), ("🎉", 2), ("👍🏽", 2), ("❤️", 1), ("❤", 1), ("e\u{301}", 1),
            ("\u{301}", 1), ("🇫🇷", 2), ("🇫", 1), ("कि", 2), ("क्ष", 2), ("กำ", 2), ("1\u{FE0F}\u{20E3}", 1), ("‐", 1),
            ("…", 1), ("👨‍👩‍👧", 2), ("\u{AD}", 1), ("\u{200B}", 1),
        ] as [(String, Int)])
    func clusters(text: String, cells: Int) {
        #expect(w.width(of: Character(text)) == cells, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func scalarWidthsMatchWcwidth() {
        #expect(w.scalarWidth("\u{1B}") == -1)
        #expect(w.scalarWidth("\u{301}") == 0)
        #expect(w.scalarWidth("\u{FE0F}") == 0)
        #expect(w.scalarWidth("\u{200D}") == 0)
        #expect(w.scalarWidth("\u{1160}") == 0)
        #expect(w.scalarWidth("\u{2764}") == 1)
        #expect(w.scalarWidth("\u{1F600}") == 2)
        #expect(w.scalarWidth("\u{3000}") == 2)
        #expect(w.scalarWidth("\u{20000}") == 2)
        #expect(w.scalarWidth("\u{600}") == 1)
        #expect(w.scalarWidth("\u{AD}") == 1)
        #expect(w.scalarWidth("\u{200E}") == 0)
        #expect(w.scalarWidth("\u{D7B0}") == 0)
    }

    @Test func stringsAndDrawing() {
        #expect(w.width(of: "東京 ok") == 7)
        #expect(w.drawn("\u{301}") == "\u{25CC}\u{301}")
        #expect(w.drawn("e\u{301}") == "e\u{301}")
    }

    @Test func anInjectedWidthIsUsedForLayout() {
        let allNarrow = DisplayWidth { _ in 1 }
        var g = Grid(width: 4, height: 1)
        g.put("東京東京", x: 0, y: 0, maxWidth: 4, role: .normal, measure: allNarrow)
        #expect(g.line(0) == "東京東京")
        g.put("東京東京", x: 0, y: 0, maxWidth: 4, role: .normal, measure: w)
        #expect(g.line(0) == "東京")
    }

    @Test func cuttingNeverSplitsAClusterOrOverflows() {
        #expect(TextFit.cut("東京で会議", to: 6, measure: w) == "東京…")
        #expect(TextFit.cut("東京で会議", to: 5, measure: w) == "東京…")
        #expect(TextFit.cut("été", to: 3, measure: w) == "été")
        #expect(TextFit.cut("ééé", to: 2, measure: w) == "é…")
        #expect(TextFit.wrap("one two three", to: 7, measure: w) == ["one two", "three"])
        #expect(TextFit.wrap("東京東京", to: 3, measure: w) == ["東", "京", "東", "京"])
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var g = Grid(width: 3, height: 1)
        let used = g.put("a東京", x: 0, y: 0, maxWidth: 3, role: .title, measure: w)
        #expect(used == 3)
        #expect(g.line(0) == "a東")
        g.put("xy", x: 2, y: 0, maxWidth: 1, role: .normal, measure: w)
        #expect(g.line(0) == "a x")
        #expect(!g[2, 0].isContinuation)
    }
}
