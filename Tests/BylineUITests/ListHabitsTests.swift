import Testing

@testable import BylineCore
@testable import BylineUI

/// newsboat's and mutt's list habits: toggling read marks, marking all read, hiding read articles.
@Suite struct ListHabitsTests {
    func title(_ s: AppState) -> String? { s.selectedArticle.map { s.collection.article($0).title } }

    @Test func capitalNTogglesTheSelectedArticlesReadMark() {
        var s = Fixtures.state()
        #expect(s.keys("N") == [.saveReadMarks(["data/harbor.txt"])])
        #expect(s.readMarks == ["data/harbor.txt"] && s.message == "marked read")
        #expect(s.keys("N") == [.clearReadMarks(["data/harbor.txt"])])
        #expect(s.readMarks.isEmpty && s.message == "marked unread")
        // In the reader N stays the previous search match.
        s.keys("Enter")
        #expect(s.keys("N").isEmpty && s.readMarks == ["data/harbor.txt"] && s.keyContext == .reader)
    }

    @Test func markAllReadAsksFirstAndAnyOtherKeyCancels() {
        var s = Fixtures.state()
        #expect(s.keys("A").isEmpty)
        #expect(s.message == "mark 4 shown articles read? Press A again to do it")
        s.keys("j")
        #expect(s.confirming == nil)
        #expect(s.keys("A").isEmpty && s.readMarks.isEmpty)
        let effects = s.keys("A")
        #expect(effects.count == 1 && s.readMarks.count == 4 && s.unreadShown == 0)
        #expect(effects == [.saveReadMarks(s.readMarks)])
        #expect(s.message == "4 articles marked read")
        s.keys("A")
        #expect(s.message == "every article shown is read already")
    }

    @Test func markAllReadMarksOnlyWhatTheFiltersShow() {
        var s = Fixtures.state()
        s.addFilters([Query.Term(.person, "Maria Silva")])
        s.keys("A", "A")
        #expect(s.readMarks == ["data/harbor.txt", "data/budget.txt"])
    }

    @Test func hidingReadArticlesKeepsTheOneBeingRead() {
        var s = Fixtures.state()
        s.keys("Enter", "q", "H")
        // Harbor is open and read: it stays until the list changes.
        #expect(s.visible.count == 4 && s.hideRead && s.message == "read articles hidden")
        s.keys("C-l")
        #expect(Screen.render(s).lines.last!.contains(" unread only "))
        s.keys("j", "Enter", "q")
        s.keys("H", "H")
        #expect(s.visible.count == 3 && title(s) == "Budget vote delayed again")
        #expect(!s.visible.contains { s.collection.article($0).title == "Harbor talks resume in Lisbon" })
        s.keys("H")
        #expect(s.visible.count == 4 && !Screen.render(s).lines.last!.contains("unread only"))
    }

    @Test func hidingEveryArticleSaysHowToShowThem() {
        var s = Fixtures.state()
        s.keys("A", "A", "H")
        // The selected article stays until the list is made again without it.
        #expect(s.visible.count == 1)
        s.refilterDroppingSelection()
        #expect(s.visible.isEmpty)
        #expect(Screen.render(s).contains("Every article here is read. H shows them."))
    }

    @Test func openingTheURLMarksTheArticleRead() {
        var s = Fixtures.state()
        let effects = s.keys("o")
        #expect(effects == [.saveReadMarks(["data/harbor.txt"]), .openURL("https://example.org/harbor")])
    }
}

extension AppState {
    /// Refilters with nothing selected, as a fresh list would.
    mutating func refilterDroppingSelection() {
        reader = nil
        selected = Int.max
        refilter()
    }
}
