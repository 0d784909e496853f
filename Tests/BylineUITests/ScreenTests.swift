import BylineNLP
import Testing

@testable import BylineCore
@testable import BylineUI

/// Every screen drawn into the grid at several sizes: text and roles at chosen cells.
@Suite struct ScreenTests {
    static let sizes = [(40, 10), (80, 24), (200, 60)]

    /// No row may hold more cells than the grid, and continuation cells follow wide ones.
    func checkShape(_ g: Grid) {
        for y in 0..<g.height {
            var x = 0
            while x < g.width {
                let c = g[x, y]
                #expect(!c.isContinuation, "orphan continuation at \(x),\(y)")
                let w = DisplayWidth.unicode.width(of: Character(c.text.isEmpty ? " " : c.text))
                if w == 2 { #expect(x + 1 < g.width && g[x + 1, y].isContinuation) }
                x += w
            }
        }
    }

    @Test(arguments: sizes) func listShowsNewestFirstWithCountsAndStatus(size: (Int, Int)) {
        let s = Fixtures.state(width: size.0, height: size.1)
        let g = Screen.render(s)
        checkShape(g)
        // A heading row names the columns, the quote count's included.
        #expect(g.line(0).contains("title") && g.line(0).contains("quotes"))
        #expect(g[2, 0].role == .listHeader)
        #expect(g.line(1).contains("Harbor talks"))
        #expect(g.line(2).contains("Budget vote"))
        #expect(g.line(g.height - 1).contains("4/4 articles"))
        #expect(g[0, 1].role == .listSelected)
        #expect(g[0, 2].role == .listUnread)
        if size.0 >= 40 { #expect(g.line(1).contains("2022-03-08")) }
        #expect(g.line(1).trimmingCharacters(in: .whitespaces).hasSuffix("3") || size.0 >= 100)
    }

    @Test func wideLayoutHasBothPanesAndASeparator() {
        let s = Fixtures.state(width: 200, height: 60)
        let g = Screen.render(s)
        let sep = PaneLayout(s).separators[0]
        #expect(g[sep, 0].text == "│" && g[sep, 0].role == .border)
        #expect(g.line(1).contains("Harbor talks resume in Lisbon │") == false)
        // The reading pane previews the selected article: its headline right of the separator,
        // on the row of the list's headings.
        #expect(g.line(1).components(separatedBy: "Harbor talks resume in Lisbon").count == 2)
        #expect(g.line(1).range(of: "Harbor talks resume in Lisbon")!.lowerBound < g.line(1).range(of: "│")!.lowerBound)
        #expect(g.line(0).components(separatedBy: "│  Harbor talks resume in Lisbon").count == 2)
    }

    @Test func titlesLineUpWhetherOrNotAnArticleHasASource() {
        let g = Screen.render(Fixtures.state(width: 80, height: 24))
        let withSource = g.find("Harbor talks resume")!
        let without = g.find("Rain expected")!
        #expect(withSource.x == without.x)
    }

    @Test func wideReaderKeepsAReadableMeasure() {
        var s = Fixtures.state(width: 200, height: 60)
        s.keys("Enter")
        let g = Screen.render(s)
        let reader = PaneLayout(s).reader!
        #expect(reader.width > ReaderLayout.maximumMeasure + ReaderLayout.gutterWidth)
        for y in 0..<(g.height - 1) {
            let row = (reader.x..<reader.maxX).map { g[$0, y].text }.joined()
            #expect(
                row.trimmingCharacters(in: .whitespaces).count <= ReaderLayout.maximumMeasure + ReaderLayout.gutterWidth
            )
        }
    }

    @Test(arguments: sizes) func readerHighlightsRolesAndLabelsQuotes(size: (Int, Int)) {
        var s = Fixtures.state(width: size.0, height: size.1)
        s.keys("Enter")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("Coast Daily"))
        guard let label = g.find("[Maria Silva]") else {
            Issue.record("no quote label")
            return
        }
        #expect(g[label.x, label.y].role == .quoteLabel)
        #expect(g[label.x, label.y].accent == SpeakerAccent.of("Maria Silva"))
        let gutterX = PaneLayout(s).reader!.x
        #expect(g[gutterX, label.y].text == "▌" && g[gutterX, label.y].role == .quoteGutter)
        #expect(g[gutterX, label.y].accent == SpeakerAccent.of("Maria Silva"))
        if let place = g.find("LISBON -") { #expect(g[place.x, place.y].role == .place) }
        if let org = g.find("Port Authority") { #expect(g[org.x, org.y].role == .organization) }
    }

    @Test func quotedPeopleAreSpeakersAndOthersArePeople() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("Enter")
        let g = Screen.render(s)
        let said = g.find("Maria Silva said")!
        #expect(g[said.x, said.y].role == .speaker)
        #expect(g[said.x, said.y].accent == SpeakerAccent.of("Maria Silva"))
        let quoteText = g.find("We are close")!
        #expect(g[quoteText.x, quoteText.y].role == .quote)
    }

    @Test func datesToggleShowsResolvedValues() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("Enter")
        #expect(!Screen.render(s).contains("→ 7 March 2022"))
        s.keys("d")
        let g = Screen.render(s)
        let v = g.find("→ 7 March 2022")!
        #expect(g[v.x, v.y].role == .dateValue)
        let d = g.find("Monday (Mar 7)")!
        #expect(g[d.x, d.y].role == .date)
    }

    /// A file's modification time is not shown as the article's publication date.
    @Test func aFileTimeIsNoPublicationDate() {
        let wide = Fixtures.wide.article
        #expect(
            ReaderLayout.metaLines(wide, width: 200, measure: .unicode)[0].contains(
                "date unknown (file modified 2022-02-20)"))
        #expect(
            ReaderLayout.metaLines(Fixtures.budget.article, width: 200, measure: .unicode)[0].contains(
                "2022-03-01 (inferred from the text)"))
        let g = Screen.render(Fixtures.state(width: 100, height: 24))
        #expect(!g.contains("2022-02-20"))
        #expect(g.contains("2022-03-01"))
    }

    @Test func wideCharactersKeepColumnsAligned() {
        let s = Fixtures.state(width: 80, height: 24)
        let g = Screen.render(s)
        checkShape(g)
        let row = g.lines.firstIndex { $0.contains("東京") }!
        // The count column is the last cell of every row, wide title or not.
        #expect(g[79, row].text == "0")
        #expect(g[79, 1].text == "3")
    }

    @Test func escapeSequencesNeverReachTheGrid() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("j", "j", "Enter")
        let g = Screen.render(s)
        #expect(g.contains("␛]0;pwned␇"))
        for y in 0..<g.height {
            for x in 0..<g.width {
                for u in g[x, y].text.unicodeScalars {
                    #expect(!(u.value < 0x20 || (0x7F..<0xA0).contains(u.value) || (0x202A...0x202E).contains(u.value)))
                }
            }
        }
    }

    @Test(arguments: [40, 80, 200]) func oddClustersKeepTheGridWellFormed(width: Int) {
        let text =
            "Odd\n\n\u{301}start \u{1160}vowel \u{200D}joiner \u{FE0F}selector 👨‍👩‍👧 family 🇫🇷 flag e\u{301}\u{302}\u{303} 東京\u{3099}\n"
        let a = AnnotatedArticle(
            article: Article(path: "odd.txt", format: .txt, title: "Odd", text: text), annotation: Annotation())
        var s = AppState(collection: ArticleCollection(annotated: [a]), width: width, height: 10)
        s.keys("Enter")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("family"))
        #expect(g.contains("\u{25CC}\u{301}start"))
    }

    @Test(arguments: [(1, 1), (10, 3), (19, 10), (0, 0)]) func tinyTerminalsSayTooSmall(size: (Int, Int)) {
        let s = Fixtures.state(width: size.0, height: size.1)
        let g = Screen.render(s)
        #expect(g.width == max(0, size.0) && g.height == max(0, size.1))
        if size.0 >= 10 { #expect(g.contains("too small")) }
        if size.0 == 1 { #expect(g.line(0) == "!") }
    }

    @Test(arguments: sizes) func helpOverlayListsTheKeyTable(size: (Int, Int)) {
        var s = Fixtures.state(width: size.0, height: size.1)
        s.keys("?")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("Keys"))
        let (rows, _, _) = HelpOverlay.rows(s)
        for b in KeyBinding.defaults {
            #expect(rows.contains { $0.keys == b.keys.map(\.description).joined(separator: " ") })
        }
        if size.1 >= 60 {
            let next = g.find("Next quote in the article")!
            #expect(g[next.x, next.y].role == .help)
            #expect(g.lines[next.y].contains("]"))
        }
    }

    @Test func aHelpTooLongForTheScreenSaysWhichRowsItShows() throws {
        var s = Fixtures.state(width: 100, height: 30)
        s.keys("?")
        let total = HelpOverlay.rows(s).rows.count
        let bottom = try #require(Screen.render(s).lines.first { $0.contains("└") })
        #expect(bottom.contains("1–27 of \(total) · j k to scroll"))
        s.keys("G")
        #expect(Screen.render(s).lines.contains { $0.contains("\(total - 26)–\(total) of \(total)") })
        // A screen taller than the help shows no position.
        var tall = Fixtures.state(width: 100, height: total + 4)
        tall.keys("?")
        #expect(!Screen.render(tall).contains(" of \(total)"))
    }

    @Test(arguments: sizes) func promptsAndPanelsAtEverySize(size: (Int, Int)) {
        var s = Fixtures.state(width: size.0, height: size.1)
        s.keys("Enter", "e", "/")
        s.typeText("signed")
        var g = Screen.render(s)
        checkShape(g)
        #expect(g.line(size.1 - 1).hasPrefix("/signed"))
        #expect(g[0, size.1 - 1].role == .prompt)
        s.keys("Enter")
        g = Screen.render(s)
        checkShape(g)
        let m = g.find("signed")!
        #expect(g[m.x, m.y].role == .searchCurrent)
    }

    @Test func statusBarShowsChipsAndProgress() {
        let f = Fixtures.self
        var s = AppState(
            collection: ArticleCollection(
                annotated: [f.budget, f.plain, f.harbor, f.wide], issues: [LoadIssue(path: "x.bin", reason: .binary)]),
            width: 120, height: 30)
        s.send(
            .loadProgress(
                LoadProgress(
                    phase: .annotating, filesRead: 4, filesTotal: 4, annotated: 2, articles: 4, fromCache: 0,
                    elapsed: 1, rate: 2)))
        s.keys("f")
        s.typeText("port")
        s.keys("Enter")
        let g = Screen.render(s)
        let status = g.line(29)
        #expect(status.contains("org:\"Port Authority\""))
        #expect(status.contains("2/4 articles"))
        #expect(status.contains("annotating 2/4"))
        #expect(status.contains("1 skipped"))
        let chip = g.find("org:")!
        #expect(g[chip.x, chip.y].role == .chip)
    }

    @Test func statusBarGivesTheFileTotalOnceEveryFileIsFound() {
        var s = Fixtures.state(width: 120, height: 30)
        var p = LoadProgress(
            phase: .reading, filesRead: 300, filesTotal: 512, annotated: 0, articles: 300, fromCache: 0,
            filesListed: false, elapsed: 0.2, rate: 0)
        s.send(.loadProgress(p))
        #expect(Screen.render(s).line(29).contains("reading 300 files…"))
        p.filesListed = true
        s.send(.loadProgress(p))
        #expect(Screen.render(s).line(29).contains("reading 300/512 files"))
    }

    @Test(arguments: sizes) func pickerShowsTypeAndCounts(size: (Int, Int)) {
        var s = Fixtures.state(width: size.0, height: size.1)
        s.keys("f")
        s.typeText("silva")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("> silva"))
        #expect(g.contains("person · 2 articles"))
        guard case .picker(let p)? = s.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(p.rows.map(\.label) == ["Maria Silva"])
        // Types are named as the legend and the help name them (where the picker has room).
        guard size.0 >= 60 else { return }
        var o = Fixtures.state(width: size.0, height: size.1)
        o.keys("f")
        o.typeText("port")
        #expect(Screen.render(o).contains("organisation · 2 articles"), "\(Screen.render(o))")
    }

    /// In a narrow terminal the picker's detail takes its short form instead of being cut in
    /// the middle of a word: the type and the count stay readable, and the name keeps its room.
    @Test(arguments: [40, 44]) func aNarrowPickerShortensItsDetail(width: Int) {
        var s = Fixtures.state(width: width, height: 20)
        s.keys("f")
        s.typeText("port")
        let g = Screen.render(s)
        checkShape(g)
        let row = g.lines.first { $0.contains("Port Authority") }
        #expect(row?.contains("org · 2") == true, "\(g.lines)")
        #expect(row?.contains("…") == false, "\(g.lines)")
    }

    @Test func entityPanelListsCounts() {
        var s = Fixtures.state(width: 200, height: 60)
        s.keys("Enter", "e")
        let g = Screen.render(s)
        checkShape(g)
        let panel = PaneLayout(s).entityPanel!
        #expect(g.find("People")!.x >= panel.x)
        let row = g.lines.firstIndex { $0.contains("Maria Silva") && $0.hasSuffix("2 ") }
        #expect(row != nil)
    }

    @Test(arguments: sizes) func loadReportListsSkippedFiles(size: (Int, Int)) {
        let f = Fixtures.self
        var s = AppState(
            collection: ArticleCollection(
                annotated: [f.harbor], issues: [LoadIssue(path: "bad.json", reason: .invalidJSON(detail: nil))]),
            width: size.0, height: size.1)
        s.keys("L")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("bad.json: invalid JSON"))
        s.keys("q")
        #expect(!Screen.render(s).contains("bad.json"))
    }

    /// An article cut at the analysis cap is loaded, so neither the status bar nor the report
    /// calls it skipped; a reason longer than the box goes on the next line instead of being cut.
    @Test(arguments: [(80, 24), (200, 60)]) func loadReportTellsAnalysedInPartFromSkipped(size: (Int, Int)) {
        let f = Fixtures.self
        let long = "/news/archive/" + String(repeating: "a-very-long-folder-name/", count: 6) + "big.txt"
        var s = AppState(
            collection: ArticleCollection(
                annotated: [f.harbor],
                issues: [
                    LoadIssue(path: "bad.json", reason: .invalidJSON(detail: nil)),
                    LoadIssue(path: long, reason: .analysedInPart(upTo: 1_000_000)),
                ]),
            width: size.0, height: size.1)
        let status = Screen.render(s).line(size.1 - 1)
        #expect(status.contains("1 skipped · 1 analysed in part (L)"))
        s.keys("L")
        let g = Screen.render(s)
        checkShape(g)
        #expect(g.contains("1 skipped:"))
        #expect(g.contains("1 analysed only in part (shown whole):"))
        // The whole reason is there, over several lines between the borders.
        let words = String(g.lines.joined(separator: " ").map { $0 == "│" ? " " : $0 }).split(separator: " ")
            .joined(separator: " ")
        #expect(!g.lines.contains { $0.contains("a│") })
        #expect(words.contains("(a cap per article); the rest is shown as it is"))
        #expect(!g.lines.contains { $0.contains("1 skipped:") && $0.contains("big.txt") })
    }
}

extension ScreenTests {
    /// A partial quote inside reported speech, and a quote inside the headline: the nested one
    /// is found and shown, the headline one is skipped by `]`.
    @Test func nestedAndHeadlineQuotes() {
        let t = "Mayor says budget is fine\n\nThe mayor said the budget was \"perfectly sound\" and would pass.\n"
        let indirect = Fixtures.span("the budget was \"perfectly sound\" and would pass", in: t)
        let partial = Fixtures.span("\"perfectly sound\"", in: t)
        let headline = Fixtures.span("budget is fine", in: t)
        let mayor = Fixtures.span("The mayor", in: t)
        let speaker = Speaker(name: "Ana Costa", mention: mayor)
        let quotes = [
            Quote(kind: .indirect, span: headline, speaker: speaker, cue: nil),
            Quote(kind: .indirect, span: indirect, speaker: speaker, cue: nil),
            Quote(kind: .partial, span: partial, speaker: speaker, cue: nil),
        ]
        let a = AnnotatedArticle(
            article: Article(path: "m.txt", format: .txt, title: "Mayor says budget is fine", text: t),
            annotation: Annotation(entities: [], quotes: quotes))
        var s = AppState(collection: ArticleCollection(annotated: [a]), width: 80, height: 24)
        s.keys("]")
        #expect(s.reader?.currentQuote == 1)
        #expect(s.reader?.layout.line(ofQuote: 0) == nil)
        #expect(s.reader?.layout.line(ofQuote: 2) != nil)
        var g = Screen.render(s)
        let p = g.find("perfectly")!
        #expect(g[p.x, p.y].role == .quoteCurrent)
        s.keys("]")
        #expect(s.reader?.currentQuote == 2)
        s.keys("]")
        #expect(s.message == "that was the last quote (2 of 2)")
        s.keys("g")
        s.send(.command(.back))
        s.keys("Enter")
        g = Screen.render(s)
        let w = g.find("would pass")!
        #expect(g[w.x, w.y].role == .normal)
        let said = g.find("The mayor")!
        #expect(g[said.x, said.y].role == .speaker)
    }
}
