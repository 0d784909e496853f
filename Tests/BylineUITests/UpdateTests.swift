import Testing

@testable import BylineCore
@testable import BylineUI

/// Key handling through the state machine, no terminal involved.
@Suite struct UpdateTests {
    func title(_ s: AppState) -> String? { s.selectedArticle.map { s.collection.article($0).title } }
    func open(_ s: AppState) -> String? { s.reader.map { s.collection.article($0.article).title } }

    @Test func movingAndOpeningInTheNarrowLayout() {
        var s = Fixtures.state(width: 80, height: 24)
        #expect(title(s) == "Harbor talks resume in Lisbon")
        s.keys("j")
        #expect(title(s) == "Budget vote delayed again")
        s.keys("G")
        #expect(title(s) == "Rain expected")
        s.keys("k", "g", "Down")
        #expect(title(s) == "Budget vote delayed again")
        #expect(s.reader == nil)
        let effects = s.keys("Enter")
        #expect(open(s) == "Budget vote delayed again")
        #expect(s.focus == .reader && s.keyContext == .reader)
        #expect(effects == [.saveReadMarks(["data/budget.txt"])])
        #expect(PaneLayout(s).list == nil)
        s.keys("q")
        #expect(s.focus == .list && PaneLayout(s).reader == nil)
        #expect(s.keys("q") == [.quit])
    }

    @Test func theWideLayoutPreviewsTheSelection() {
        var s = Fixtures.state(width: 120, height: 30)
        #expect(open(s) == "Harbor talks resume in Lisbon")
        s.keys("j")
        #expect(open(s) == "Budget vote delayed again")
        #expect(s.readMarks.isEmpty)
        s.keys("Tab")
        #expect(s.focus == .reader)
        s.keys("Tab")
        #expect(s.focus == .list)
    }

    @Test func quotesInTheArticle() {
        var s = Fixtures.state()
        s.keys("]")
        #expect(s.reader?.currentQuote == 0 && s.focus == .reader)
        s.keys("]", "]")
        #expect(s.reader?.currentQuote == 2)
        s.keys("]")
        #expect(s.reader?.currentQuote == 2 && s.message == "that was the last quote (3 of 3)")
        s.keys("[")
        #expect(s.reader?.currentQuote == 1)
    }

    /// With nothing in the list, `]` says so rather than that an article is being annotated.
    @Test func aQuoteJumpInAnEmptyListSaysTheListIsEmpty() {
        var s = AppState(collection: ArticleCollection(annotated: []), width: 80, height: 24)
        s.keys("]")
        #expect(s.reader == nil)
        #expect(s.message == "no article to read: the list is empty")
    }

    @Test func speakerQuotesContinueIntoTheNextArticle() {
        var s = Fixtures.state()
        s.keys("]")
        #expect(s.reader?.currentQuote == 0)
        s.keys("}")
        // Maria Silva's next quote skips Tom Reyes.
        #expect(s.reader?.currentQuote == 2)
        s.keys("}")
        #expect(open(s) == "Budget vote delayed again")
        #expect(title(s) == "Budget vote delayed again")
        #expect(s.reader?.currentQuote == 0)
        #expect(s.readMarks.contains("data/budget.txt"))
        s.keys("}")
        #expect(s.message == "no more quotes by Maria Silva below in the list")
        s.keys("{")
        #expect(open(s) == "Harbor talks resume in Lisbon")
        #expect(s.reader?.currentQuote == 2)
    }

    @Test func theSpeakerChosenWithSIsTheOneFollowed() {
        var s = Fixtures.state()
        s.keys("S")
        s.typeText("tom")
        s.keys("Enter")
        #expect(s.followed == "Tom Reyes")
        #expect(Screen.render(s).line(23).contains("following Tom Reyes"))
        // From the list, `}` opens the article and lands on Tom Reyes's quote, not the first one.
        s.keys("}")
        #expect(open(s) == "Harbor talks resume in Lisbon")
        #expect(s.reader?.currentQuote == 1)
        #expect(s.message == "Tom Reyes: quote 1 of 1 in this article")
        s.keys("}")
        #expect(s.reader?.currentQuote == 1)
        #expect(s.message == "no more quotes by Tom Reyes below in the list")
        // `]` onto another speaker's quote does not change who is followed.
        s.keys("F", "[")
        #expect(s.reader?.currentQuote == 0)
        #expect(s.message == "quote 1 of 3 · Maria Silva")
        s.keys("}")
        #expect(s.reader?.currentQuote == 1 && s.followed == "Tom Reyes")
    }

    @Test func theSpeakerChosenWithSmallSIsFollowedAcrossArticles() {
        var s = Fixtures.state()
        s.keys("Enter", "s")
        s.typeText("maria")
        s.keys("Enter")
        #expect(s.followed == "Maria Silva" && s.reader?.currentQuote == 0)
        s.keys("}", "}")
        #expect(open(s) == "Budget vote delayed again")
        #expect(s.message == "Maria Silva: Budget vote delayed again")
        s.keys("{")
        #expect(open(s) == "Harbor talks resume in Lisbon" && s.reader?.currentQuote == 2)
    }

    @Test func aListSearchCarriesIntoTheArticleAndCoversTheHeadline() {
        var s = Fixtures.state()
        s.keys("/")
        s.typeText("budget")
        s.keys("Enter", "Enter")
        #expect(open(s) == "Budget vote delayed again" && s.reader?.search == "budget")
        s.keys("n")
        #expect(s.message == "match 1 of 2")
        var g = Screen.render(s)
        let headline = g.find("Budget vote delayed")!
        #expect(g[headline.x, headline.y].role == .searchCurrent)
        s.keys("n")
        #expect(s.message == "match 2 of 2")
        g = Screen.render(s)
        #expect(g[headline.x, headline.y].role == .searchMatch)
        let body = g.find("budget vote.")!
        #expect(g[body.x, body.y].role == .searchCurrent)
    }

    @Test func aFilterMatchingNothingEmptiesTheReaderAndQClearsItFirst() {
        var s = Fixtures.state(width: 120, height: 30)
        #expect(s.reader != nil)
        s.keys(":")
        s.typeText("text:zzzz")
        s.keys("Enter")
        #expect(s.visible.isEmpty && s.reader == nil)
        #expect(!Screen.render(s).contains("Harbor talks"))
        #expect(s.keys("q").isEmpty)
        #expect(s.filters.isEmpty && s.visible.count == 4)
        #expect(s.message == "filters cleared; q again quits")
        #expect(s.keys("q") == [.quit])
    }

    @Test func aRejectedQueryKeepsItsTextAndPromptsHaveHistory() {
        var s = Fixtures.state()
        s.keys(":")
        s.typeText("person:Silva date:2022-02-30")
        s.keys("Enter")
        guard case .prompt(let p)? = s.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(p.text == "person:Silva date:2022-02-30")
        #expect(p.error?.contains("2022-02-30") == true)
        #expect(Screen.render(s).line(23).contains("2022-02-30"))
        s.keys("Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Enter")
        #expect(s.overlay == nil && s.filters.map(\.description) == ["person:Silva", "date:2022"])
        s.keys("F", "/")
        s.typeText("vote")
        s.keys("Enter", ":", "Up")
        guard case .prompt(let again)? = s.overlay else {
            Issue.record("no prompt")
            return
        }
        // The query history, not the search's.
        #expect(again.text == "person:Silva date:2022")
        s.keys("Up", "Down", "Down")
        guard case .prompt(let cleared)? = s.overlay else { return }
        #expect(cleared.text.isEmpty)
    }

    @Test func nextAndPreviousArticleAndNextUnreadFromTheReader() {
        var s = Fixtures.state()
        let titles = s.visible.map { s.collection.article($0).title }
        s.keys("Enter", "J")
        #expect(open(s) == titles[1] && s.focus == .reader)
        #expect(s.readMarks.contains(s.collection.article(s.visible[1]).key))
        s.keys("K")
        #expect(open(s) == titles[0])
        s.keys("K")
        #expect(s.message == "that was the first article")
        // Harbor and Budget are read: u skips to the third.
        s.keys("u")
        #expect(open(s) == titles[2])
        // Space pages down, and at the end of the article goes on to the next unread one.
        for _ in 0..<20 where open(s) == titles[2] { s.keys("Space") }
        #expect(open(s) == titles[3])
        s.keys("u")
        #expect(s.message == "no unread articles in the list")
    }

    @Test func theEntityPanelTakesTheArticlesPlaceWhenThereIsNoRoomBesideIt() {
        var s = Fixtures.state(width: 40, height: 10)
        s.keys("Enter", "e")
        let frames = PaneLayout(s)
        #expect(frames.entityPanel == Rect(x: 0, y: 0, width: 40, height: 9) && frames.reader == nil)
        #expect(s.keyContext == .panel)
        s.keys("q")
        #expect(s.keyContext == .reader && PaneLayout(s).entityPanel == nil && PaneLayout(s).reader != nil)
        var wide = Fixtures.state(width: 120, height: 30)
        wide.keys("Enter", "e")
        #expect(PaneLayout(wide).entityPanel != nil && PaneLayout(wide).reader != nil && wide.message == nil)
    }

    @Test func landingOnAQuoteScrollsItIntoView() {
        var s = Fixtures.state(width: 40, height: 10)
        s.keys("Enter", "]", "]", "]")
        let line = s.reader!.layout.quoteLines[2]!
        let top = s.reader!.top
        #expect(line >= top && line < top + PaneLayout(s).reader!.height)
        let g = Screen.render(s)
        #expect(g.contains("[Maria Silva]"))
        let q = g.find("The vote")!
        #expect(g[q.x, q.y].role == .quoteCurrent)
    }

    @Test func speakerPickerJumpsToTheFirstQuote() {
        var s = Fixtures.state()
        s.keys("Enter", "s")
        guard case .picker(let p)? = s.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(p.rows.map(\.label) == ["Maria Silva", "Tom Reyes"])
        #expect(p.rows.map(\.detail) == ["2 quotes", "1 quote"])
        s.typeText("tom")
        s.keys("Enter")
        #expect(s.overlay == nil)
        #expect(s.reader?.currentQuote == 1)
    }

    @Test func collectionSpeakerPickerFilters() {
        var s = Fixtures.state()
        s.keys("S")
        s.typeText("maria")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.speaker, "Maria Silva")])
        #expect(
            s.visible.map { s.collection.article($0).title } == [
                "Harbor talks resume in Lisbon", "Budget vote delayed again",
            ])
        s.keys("F")
        #expect(s.filters.isEmpty && s.visible.count == 4)
    }

    @Test func entityFiltersCombineWithAnd() {
        var s = Fixtures.state()
        s.keys("f")
        s.typeText("port")
        s.keys("Enter")
        #expect(s.visible.count == 2)
        s.keys("f")
        s.typeText("lisbon")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.org, "Port Authority"), Query.Term(.place, "Lisbon")])
        #expect(s.visible.map { s.collection.article($0).title } == ["Harbor talks resume in Lisbon"])
    }

    @Test func pickerEditingKeys() {
        var s = Fixtures.state()
        s.keys("f")
        // Letters bound elsewhere (j, q) are typed, not run.
        s.typeText("jq")
        guard case .picker(let p)? = s.overlay else {
            Issue.record("picker closed")
            return
        }
        #expect(p.typed == "jq")
        s.keys("Backspace", "Backspace", "Down")
        guard case .picker(let p2)? = s.overlay else {
            Issue.record("picker closed")
            return
        }
        #expect(p2.typed.isEmpty && p2.selected == 1)
        s.keys("Esc")
        #expect(s.overlay == nil && s.filters.isEmpty)
    }

    @Test func searchNarrowsTheListAndHighlightsInTheReader() {
        var s = Fixtures.state()
        s.keys("/")
        s.typeText("rain")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.text, "rain")])
        #expect(s.visible.count == 1)
        s.keys("F", "g", "Enter", "/")
        s.typeText("signed")
        s.keys("Enter")
        #expect(s.reader?.layout.matchLines.count == 2)
        #expect(s.reader?.currentMatch == 0)
        s.keys("n")
        #expect(s.reader?.currentMatch == 1)
        s.keys("n")
        #expect(s.reader?.currentMatch == 0)
        s.keys("N")
        #expect(s.reader?.currentMatch == 1)
        // "Nothing is signed until everything is signed": the second is the current match.
        let g = Screen.render(s)
        let found = g.findAll("signed")
        #expect(found.map { g[$0.x, $0.y].role } == [.searchMatch, .searchCurrent])
    }

    @Test func queryPromptAddsItsTermsAsFilters() {
        var s = Fixtures.state()
        s.keys(":")
        s.typeText("speaker:\"Maria Silva\" place:lisbon")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.speaker, "Maria Silva"), Query.Term(.place, "lisbon")])
        #expect(s.visible.map { s.collection.article($0).title } == ["Harbor talks resume in Lisbon"])
        s.keys(":")
        s.typeText("colour:red")
        s.keys("Enter")
        // The prompt stays open with the reason; Esc gives up.
        guard case .prompt(let p)? = s.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(p.error?.contains("colour") == true)
        s.keys("Esc")
        #expect(s.overlay == nil && s.filters.count == 2)
    }

    @Test func effectsForTheOutsideWorld() {
        var s = Fixtures.state()
        #expect(s.keys("C-l") == [.redraw])
        #expect(s.keys("C-z") == [.suspend])
        #expect(s.keys("t") == [.themeChanged])
        #expect(s.themeIndex == 1)
        #expect(s.keys("o") == [.saveReadMarks(["data/harbor.txt"]), .openURL("https://example.org/harbor")])
        s.keys("j")
        #expect(s.keys("o").isEmpty)
        #expect(s.message == "this article has no URL")
    }

    @Test func helpOpensScrollsAndCloses() {
        var s = Fixtures.state(width: 80, height: 12)
        s.keys("?")
        #expect(s.keyContext == .help)
        s.keys("j", "j")
        guard case .help(let top)? = s.overlay else {
            Issue.record("no help")
            return
        }
        #expect(top == 2)
        s.keys("G")
        guard case .help(let bottom)? = s.overlay else {
            Issue.record("no help")
            return
        }
        #expect(bottom == HelpOverlay.rows(s).rows.count - HelpOverlay.rows(s).inside.height)
        #expect(s.keys("q").isEmpty)
        #expect(s.overlay == nil)
    }

    @Test func mouseSelectsAndScrolls() {
        var s = Fixtures.state(width: 120, height: 30)
        // Row 0 holds the column headings.
        s.send(.mouse(MouseEvent(.press, x: 5, y: 3)))
        #expect(s.selected == 2)
        s.send(.mouse(MouseEvent(.wheelDown, x: 5, y: 3)))
        #expect(s.selected == 3)
        let readerX = PaneLayout(s).reader!.x + 3
        s.send(.mouse(MouseEvent(.press, x: readerX, y: 3)))
        #expect(s.focus == .reader)
    }

    @Test func clickingAPickerRowChoosesIt() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("S")
        let g = Screen.render(s)
        let row = g.find("Tom Reyes")!
        s.send(.mouse(MouseEvent(.press, x: row.x, y: row.y)))
        #expect(s.overlay == nil)
        #expect(s.filters == [Query.Term(.speaker, "Tom Reyes")])
    }

    @Test func resizingRelaysOutAndKeepsTheArticle() {
        var s = Fixtures.state(width: 200, height: 60)
        s.keys("Enter", "]")
        for (w, h) in [(60, 20), (1, 1), (200, 60), (40, 10)] {
            s.send(.resize(width: w, height: h))
            #expect(open(s) == "Harbor talks resume in Lisbon")
            let g = Screen.render(s)
            #expect(g.width == w && g.height == h)
        }
        #expect(s.reader?.layout.width == 40)
    }

    @Test func collectionUpdatesKeepTheSelectionByKey() {
        let f = Fixtures.self
        var s = AppState(
            collection: ArticleCollection(articles: [f.harbor.article, f.plain.article]), width: 120, height: 30)
        #expect(s.collection.annotation(of: 0) == nil)
        s.keys("j")
        #expect(title(s) == "Rain expected")
        s.send(.collectionUpdated(f.collection))
        #expect(title(s) == "Rain expected")
        #expect(open(s) == "Rain expected")
        #expect(s.visible.count == 4)
    }

    @Test func anUntouchedListKeepsTheNewestArticleSelectedAsALoadGoesOn() {
        let f = Fixtures.self
        let partial = ArticleCollection(articles: [f.plain.article])
        var s = AppState(collection: partial, width: 120, height: 30)
        #expect(title(s) == f.plain.article.title)
        s.send(.collectionUpdated(f.collection))
        let newest = f.collection.article(Int(f.collection.newestFirst[0])).title
        #expect(newest != f.plain.article.title)
        #expect(title(s) == newest)
        #expect(open(s) == newest)
    }

    @Test func highlightsArriveInTheOpenArticle() {
        let f = Fixtures.self
        var s = AppState(
            collection: ArticleCollection(articles: [f.plain.article, f.harbor.article]), width: 80, height: 24)
        s.keys("Enter", "j")
        #expect(open(s) == "Harbor talks resume in Lisbon")
        #expect(s.reader?.annotation == nil)
        #expect(!Screen.render(s).contains("[Maria Silva]"))
        s.send(.collectionUpdated(f.collection))
        #expect(open(s) == "Harbor talks resume in Lisbon")
        #expect(s.reader?.layout.quoteLines.count == 3)
        #expect(Screen.render(s).contains("[Maria Silva]"))
    }

    @Test func rebindingThroughTheKeymap() throws {
        var s = Fixtures.state()
        try s.keymap.rebind("next-quote", to: ["x"])
        s.keys("]")
        #expect(s.reader == nil)
        s.keys("x")
        #expect(s.reader?.currentQuote == 0)
    }
}
