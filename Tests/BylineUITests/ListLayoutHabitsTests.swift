import Testing

@testable import BylineCore
@testable import BylineUI

/// The list's order (`O`), the movable split (`<`, `>`) and the key hints line.
@Suite struct ListLayoutHabitsTests {
    func titles(_ s: AppState) -> [String] { s.visible.map { s.collection.article($0).title } }

    @Test func capitalOCyclesTheOrderAndTheStatusBarSaysIt() {
        var s = Fixtures.state()
        #expect(titles(s).first == "Harbor talks resume in Lisbon")
        s.keys("O")
        #expect(s.sort == .source && s.message == "sorted: by source")
        // Two from Coast Daily (newest first between them), then Weekly, then no source.
        #expect(titles(s).last == "Rain expected" && titles(s).first == "Harbor talks resume in Lisbon")
        s.keys("O")
        #expect(titles(s) == titles(s).sorted { $0.lowercased() < $1.lowercased() })
        s.keys("O")
        #expect(s.sort == .quotes && titles(s).first == "Harbor talks resume in Lisbon")
        s.keys("C-l")
        #expect(Screen.render(s).lines.last!.contains(" most quoted first "))
        s.keys("O", "C-l")
        #expect(s.sort == .date && !Screen.render(s).lines.last!.contains("first "))
    }

    @Test func theSplitMovesWithinBothMinimums() {
        var s = Fixtures.state(width: 120, height: 30)
        let start = PaneLayout(s).list!.width
        s.keys(">")
        #expect(PaneLayout(s).list!.width == start + PaneLayout.splitStep)
        for _ in 0..<30 { s.keys(">") }
        #expect(PaneLayout(s).reader!.width == PaneLayout.minimumReaderWidth)
        #expect(s.message == "the article is as narrow as it goes")
        for _ in 0..<30 { s.keys("<") }
        #expect(PaneLayout(s).list!.width == PaneLayout.minimumListWidth)
        #expect(s.message == "the list is as narrow as it goes")
        var narrow = Fixtures.state(width: 80, height: 24)
        narrow.keys("<")
        #expect(narrow.message?.hasPrefix("the split moves when list and article are side by side") == true)
    }

    @Test func keyHintsNameTheKeysOfThePaneInUse() {
        var s = Fixtures.state(width: 100, height: 30)
        s.showKeyHints = true
        var g = Screen.render(s)
        #expect(g.line(0).hasPrefix(" q:Quit  Enter:Open  /:Search"))
        #expect(PaneLayout(s).list!.y == 2 && g.line(1).contains("date"))
        s.keys("Tab")
        g = Screen.render(s)
        #expect(g.line(0).hasPrefix(" q:Back  ]:Quote"))
        s.keys("e")
        #expect(Screen.render(s).line(0).hasPrefix(" q:Close  Enter:Filter"))
        // Short screens keep every row for the panes.
        var short = Fixtures.state(width: 100, height: 11)
        short.showKeyHints = true
        #expect(PaneLayout(short).keyHints == nil)
    }

    @Test func theConfigFileSetsTheOrderAndTheHints() throws {
        let c = try UserConfig.parse("sort = \"title\"\nkey-hints = false\n", file: "c.toml")
        #expect(c.sort == .title && !c.keyHints)
        #expect(try UserConfig.parse("", file: "c.toml").keyHints)
        #expect(throws: TOMLError.self) { try UserConfig.parse("sort = \"size\"\n", file: "c.toml") }
        let text = UserConfig.defaultsText()
        #expect(text.contains("key-hints = true") && text.contains("sort = \"date\""))
        #expect(text.contains("narrow-list = \"<\"") && text.contains("toggle-flag = \"!\""))
    }
}
