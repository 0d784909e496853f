import Testing

@testable import BylineCore
@testable import BylineUI

/// `y`, `Y`, `|`, `w` and reload through the state machine: which text goes out, and how the
/// prompts and the overwrite question behave.
@Suite struct ArticleOutputTests {
    /// The harbor article open in the reader, at 80×24.
    func harborOpen() -> AppState {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("Enter")
        #expect(s.reader.map { s.collection.article($0.article).title } == "Harbor talks resume in Lisbon")
        return s
    }

    @Test func yCopiesTheCurrentQuoteWithItsCitation() {
        var s = harborOpen()
        s.keys("]", "]")
        let effects = s.keys("y")
        #expect(
            effects == [
                .copy(
                    text:
                        "\"Nothing is signed until everything is signed,\" — Tom Reyes, Coast Daily, 2022-03-08, https://example.org/harbor",
                    what: "quote")
            ])
    }

    @Test func withoutACurrentQuoteYTakesTheFirstOnScreen() {
        var s = harborOpen()
        guard case .copy(let text, _)? = s.keys("y").first else {
            Issue.record("nothing copied: \(s.message ?? "")")
            return
        }
        #expect(text.hasPrefix("\"We are close to a deal,\" — Maria Silva, Coast Daily"))
    }

    @Test func missingPartsOfTheCitationAreLeftOut() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("j", "Enter", "]")
        // The budget article has no URL; its date is inferred, and still cited.
        #expect(
            s.keys("y") == [
                .copy(text: "\"We need another week,\" — Maria Silva, Coast Daily, 2022-03-01", what: "quote")
            ])
    }

    @Test func anArticleWithoutQuotesSaysSo() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("G", "Enter")
        #expect(s.keys("y").isEmpty)
        #expect(s.message == "no quotes in this article")
        #expect(s.keys("Y").isEmpty)
        #expect(s.message == "this article has no URL")
    }

    @Test func bigYCopiesTheURLFromTheList() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("G", "g")
        #expect(s.keys("Y") == [.copy(text: "https://example.org/harbor", what: "URL")])
    }

    @Test func pipePromptsForACommandAndSendsTheArticle() {
        var s = harborOpen()
        s.keys("|")
        #expect(s.keyContext == .prompt)
        s.typeText("wc -w")
        guard case .pipe(let command, let text)? = s.keys("Enter").first else {
            Issue.record("no pipe effect")
            return
        }
        #expect(command == "wc -w")
        #expect(
            text.hasPrefix("Harbor talks resume in Lisbon\nCoast Daily · 2022-03-08 · https://example.org/harbor\n\n"))
        #expect(text.contains("\"We are close to a deal,\" Maria Silva said."))
        #expect(s.overlay == nil)
        // The command is remembered: Up brings it back.
        s.keys("|", "Up")
        guard case .prompt(let p)? = s.overlay else { return }
        #expect(p.text == "wc -w")
    }

    @Test func escapesInTheArticleNeverLeaveRaw() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("j", "j", "Enter", "|")
        s.typeText("cat")
        guard case .pipe(_, let text)? = s.keys("Enter").first else {
            Issue.record("no pipe effect")
            return
        }
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("␛]0;pwned␇"))
    }

    @Test func saveOffersAFileNameFromTheHeadline() {
        var s = harborOpen()
        s.keys("w")
        guard case .prompt(let p)? = s.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(p.text == "harbor-talks-resume-in-lisbon.md")
        guard case .save(let path, let text, let overwrite)? = s.keys("Enter").first else {
            Issue.record("no save effect")
            return
        }
        #expect(path == "harbor-talks-resume-in-lisbon.md" && !overwrite)
        #expect(text.hasPrefix("# Harbor talks resume in Lisbon\n"))
        #expect(text.contains("## Quotes\n\n- \"We are close to a deal,\" — **Maria Silva**\n"))
    }

    @Test func anExistingFileIsOverwrittenOnlyOnYes() {
        var s = harborOpen()
        #expect(s.send(.fileExists(path: "a.md", text: "x")).isEmpty)
        #expect(s.keyContext == .prompt)
        #expect(s.keys("n").isEmpty)
        #expect(s.overlay == nil)
        #expect(s.message == "not saved: a.md is unchanged")
        s.send(.fileExists(path: "a.md", text: "x"))
        #expect(s.keys("y") == [.save(path: "a.md", text: "x", overwrite: true)])
        #expect(s.overlay == nil)
    }

    @Test func aNewerCollectionKeepsTheListScrolledAsItWas() {
        var s = Fixtures.state(width: 80, height: 4)
        s.keys("G")
        while s.selected > s.listTop { s.keys("k") }
        #expect(s.listTop > 0, "the list must be scrolled for this test")
        let (top, selected) = (s.listTop, s.selected)
        s.send(.collectionUpdated(Fixtures.collection))
        #expect(s.listTop == top && s.selected == selected)
    }

    @Test func reloadIsAnEffectForTheLoop() {
        var s = harborOpen()
        #expect(s.keys("R") == [.reload])
    }
}
