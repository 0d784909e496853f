import Foundation
import Testing

@testable import BylineCore
@testable import BylineUI

/// An article's text goes through the app loop: `update` asks for it with `.fetchText` and
/// finishes the command when `.textFetched` brings it. Here the loop's part is played by hand.
@Suite struct TextFetchTests {
    func open(_ s: AppState) -> String? { s.reader.map { s.collection.article($0.article).title } }
    func title(_ s: AppState) -> String? { s.selectedArticle.map { s.collection.article($0).title } }

    static func press(_ s: inout AppState, _ names: String...) -> [Effect] {
        names.flatMap { s.apply(.key(KeyPress(parsing: $0)!)) }
    }

    /// The harbor article, first in the list, is selected in an 80×24 list.
    static let harbor = "Harbor talks resume in Lisbon"

    @Test func openingAsksForTheTextAndReadsNothingItself() throws {
        let texts = TextTable(Fixtures.all.map(\.article))
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        #expect(Self.press(&s, "Enter") == [.fetchText(article: i)])
        #expect(texts.reads.isEmpty)
        #expect(s.reader == nil && s.focus == .list)
        #expect(Screen.render(s).line(23).contains("reading \(Self.harbor)… (Esc stops)"))
        // Asked once: a key held meanwhile does not ask again.
        #expect(Self.press(&s, "j").isEmpty)
        let effects = s.apply(.textFetched(texts.readable(i, of: s.collection)))
        #expect(texts.reads == ["data/harbor.txt"])
        #expect(effects == [.saveReadMarks(["data/harbor.txt"])])
        #expect(open(s) == Self.harbor && s.focus == .reader)
        #expect(s.awaitingText == nil)
        #expect(!Screen.render(s).contains("reading"))
    }

    @Test func textsHeldInMemoryNeedNoRoundTrip() {
        var s = AppState(collection: ArticleCollection(annotated: Fixtures.all), width: 120, height: 30)
        #expect(s.pendingEffects().isEmpty)
        #expect(open(s) == Self.harbor)
        #expect(Self.press(&s, "]") == [.saveReadMarks(["data/harbor.txt"])])
        #expect(s.reader?.currentQuote == 0)
        #expect(Self.press(&s, "Tab", "j").isEmpty)
        #expect(open(s) == "Budget vote delayed again")
    }

    @Test func aQuoteKeyFromTheListOpensThenLandsOnTheQuote() throws {
        var s = Fixtures.state()
        let effects = Self.press(&s, "]")
        let i = try #require(s.selectedArticle)
        #expect(effects == [.fetchText(article: i)])
        #expect(s.reader == nil && s.message == nil)
        let done = s.apply(.textFetched(Fixtures.texts.readable(i, of: s.collection)))
        #expect(done == [.saveReadMarks(["data/harbor.txt"])])
        #expect(s.reader?.currentQuote == 0 && s.focus == .reader)
        #expect(s.message == "quote 1 of 3 · Maria Silva")
    }

    @Test func keysTypedWhileTheTextIsReadActOnThatArticleInOrder() throws {
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        _ = Self.press(&s, "Enter")
        // In the list, j would move to another article and ] would open it: they wait instead.
        #expect(Self.press(&s, "j", "]", "]").isEmpty)
        #expect(title(s) == Self.harbor && s.reader == nil)
        s.send(.textFetched(Fixtures.texts.readable(i, of: s.collection)))
        #expect(title(s) == Self.harbor && open(s) == Self.harbor)
        #expect(s.reader?.currentQuote == 1)
        #expect(s.message == "quote 2 of 3 · Tom Reyes")
    }

    @Test func aHeldKeyThatNeedsAnotherTextAsksForItAndKeepsTheRestWaiting() throws {
        var s = Fixtures.state()
        let harbor = try #require(s.selectedArticle)
        _ = Self.press(&s, "Enter")
        _ = Self.press(&s, "]", "}", "}", "]")
        // Maria Silva's quotes: harbor's first and third, then budget's.
        let effects = s.apply(.textFetched(Fixtures.texts.readable(harbor, of: s.collection)))
        let budget = try #require(s.collection.articles.firstIndex { $0.title == "Budget vote delayed again" })
        #expect(effects == [.saveReadMarks(["data/harbor.txt"]), .fetchText(article: budget)])
        #expect(open(s) == Self.harbor && s.reader?.currentQuote == 2)
        _ = s.apply(.textFetched(Fixtures.texts.readable(budget, of: s.collection)))
        #expect(open(s) == "Budget vote delayed again")
        // The last `]` acted in budget, which has one quote.
        #expect(s.message == "that was the last quote (1 of 1)")
    }

    @Test func escStopsWaitingAndALateTextIsDropped() throws {
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        _ = Self.press(&s, "Enter", "]")
        #expect(Self.press(&s, "Esc").isEmpty)
        #expect(s.awaitingText == nil && s.message == "stopped reading \(Self.harbor)")
        #expect(s.apply(.textFetched(Fixtures.texts.readable(i, of: s.collection))).isEmpty)
        #expect(s.reader == nil && s.focus == .list && s.readMarks.isEmpty)
        s.keys("j")
        #expect(title(s) == "Budget vote delayed again")
    }

    @Test func anotherArticlesTextDoesNotFinishTheWait() throws {
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        _ = Self.press(&s, "Enter")
        let other = (i + 1) % s.collection.count
        #expect(s.apply(.textFetched(Fixtures.texts.readable(other, of: s.collection))).isEmpty)
        #expect(s.reader == nil && s.awaitingText?.article == i)
    }

    @Test func aTextThatCannotBeReadIsToldOnTheStatusLine() throws {
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        _ = Self.press(&s, "Enter")
        let gone = ReadableArticle(article: s.collection.article(i), hasText: false, note: ArticleTexts.goneNote)
        #expect(s.apply(.textFetched(gone)) == [.saveReadMarks(["data/harbor.txt"])])
        #expect(open(s) == Self.harbor && s.reader?.annotation == nil)
        #expect(s.message == "its file is gone since the list was loaded (R reloads)")
        #expect(Screen.render(s).line(23).contains("its file is gone since the list was loaded"))
    }

    @Test func aFileIsLookedAtOnlyWhenTheFetchIsCarriedOut() throws {
        let (dir, c) = try ReaderTextTests.loaded()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var s = AppState(collection: c, width: 80, height: 24)
        let row = try #require(s.visible.firstIndex { c.article(Int($0)).title == "Bridge opens in Oslo" })
        for _ in 0..<row { s.keys("j") }
        let i = try #require(s.selectedArticle)
        try FileManager.default.removeItem(atPath: dir + "/a.txt")
        // Nothing is read yet, so nothing can be found missing.
        #expect(Self.press(&s, "Enter") == [.fetchText(article: i)])
        #expect(s.message == nil && s.reader == nil)
        _ = s.carryOut([.fetchText(article: i)])
        #expect(s.message == "its file is gone since the list was loaded (R reloads)")
    }

    @Test func pipingAnArticleNotOpenFetchesItFirst() throws {
        var s = Fixtures.state()
        _ = Self.press(&s, "j", "|")
        s.typeText("wc -w")
        let budget = try #require(s.selectedArticle)
        #expect(Self.press(&s, "Enter") == [.fetchText(article: budget)])
        let effects = s.apply(.textFetched(Fixtures.texts.readable(budget, of: s.collection)))
        guard case .pipe(let command, let text)? = effects.first, effects.count == 1 else {
            Issue.record("not piped: \(effects)")
            return
        }
        #expect(command == "wc -w" && text.contains("We need another week"))
    }

    @Test func theEntityPanelFromTheListWaitsForTheText() throws {
        var s = Fixtures.state()
        let i = try #require(s.selectedArticle)
        _ = Self.press(&s, "e")
        #expect(!s.showEntityPanel)
        _ = s.apply(.textFetched(Fixtures.texts.readable(i, of: s.collection)))
        #expect(s.showEntityPanel && s.keyContext == .panel)
        #expect(EntityPanel.rows(s).contains { $0.label == "Maria Silva" })
    }

    @Test func aReloadThatChangedTheOpenFileBringsItsNewTextInPlace() throws {
        var s = Fixtures.state()
        s.keys("Enter")
        let harbor = Fixtures.harbor
        let changedText = harbor.article.text.replacingOccurrences(
            of: "Talks on the harbor", with: "Talks on the marina")
        var changed = harbor
        changed.article.text = changedText
        changed.article.modified = 42
        let reloaded = Fixtures.heldElsewhere([Fixtures.budget, Fixtures.plain, changed, Fixtures.wide])
        let texts = TextTable([changed.article])
        let effects = s.apply(.collectionUpdated(reloaded))
        let i = try #require(s.reader?.article)
        #expect(effects == [.fetchText(article: i)])
        // Until the new text is in, the old one is not highlighted with the new annotation.
        #expect(s.reader?.annotation == nil)
        _ = s.apply(.textFetched(texts.readable(i, of: s.collection)))
        #expect(s.reader?.shown.article.text == changedText)
        #expect(s.reader?.annotation?.quotes.count == 3 && s.focus == .reader)
        #expect(Screen.render(s).contains("Talks on the marina"))
    }
}
