import Testing

@testable import BylineCore
@testable import BylineUI

/// Flags (`!`): set and taken off, shown in the list, saved through effects, queried with `flag:`.
@Suite struct FlagsTests {
    @Test func bangFlagsTheSelectedOrOpenArticle() {
        var s = Fixtures.state()
        #expect(s.keys("!") == [.saveFlags(["data/harbor.txt"])])
        #expect(s.flags == ["data/harbor.txt"] && s.message == "flagged")
        let row = Screen.render(s).lines.first { $0.contains("Harbor talks") }!
        #expect(row.hasPrefix("●!"))
        #expect(s.keys("!") == [.clearFlags(["data/harbor.txt"])])
        #expect(s.flags.isEmpty && s.message == "flag taken off")
        // From the reader, the open article.
        s.keys("j", "Enter")
        #expect(s.keys("!") == [.saveFlags(["data/budget.txt"])])
    }

    @Test func flagQueryFollowsTheFlags() {
        var s = Fixtures.state()
        s.send(.flagsLoaded(["data/budget.txt", "data/rain.txt"]))
        s.keys(":")
        s.typeText("flag:yes")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.flag, "yes")])
        #expect(s.visible.map { s.collection.article($0).key } == ["data/budget.txt", "data/rain.txt"])
        // Flags arriving later refilter a list filtered by them.
        s.send(.flagsLoaded(["data/harbor.txt"]))
        #expect(s.visible.count == 3)
        s.keys(":")
        s.typeText("flag:perhaps")
        s.keys("Enter")
        guard case .prompt(let p)? = s.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(p.error == "flag 'perhaps' at column 1 is not yes or no" && p.text == "flag:perhaps")
    }

    @Test func theURLIsOnALineOfItsOwnCutWithAnEllipsis() {
        var s = Fixtures.state(width: 30, height: 20)
        s.keys("Enter")
        let lines = s.reader!.layout.lines.map(\.text)
        #expect(lines.contains("https://example.org/harbor"))
        var long = Fixtures.harbor
        long.article.url = "https://example.org/" + String(repeating: "a", count: 200)
        let layout = ReaderLayout(
            article: long.article, annotation: long.annotation, width: 30, measure: .unicode)
        let url = layout.lines.map(\.text).first { $0.hasPrefix("https://example.org/") }!
        #expect(url.hasSuffix("…") && DisplayWidth.unicode.width(of: url) <= 30 - ReaderLayout.gutterWidth)
        #expect(layout.lines.filter { $0.text.hasPrefix("aaa") }.isEmpty)
    }
}
