import BylineNLP
import Testing

@testable import BylineCore
@testable import BylineUI

/// A huge article is laid out as far as it is shown: the preview beside the list, opening it,
/// scrolling and the jumps each lay out a bounded number of lines, so no key waits on the
/// whole text.
@Suite struct HugeArticleTests {
    /// One paragraph of `words` words with no blank line (the shape of a text dumped on one
    /// line), then a short one; a quote and a search target near the start.
    static func huge(words: Int) -> AnnotatedArticle {
        let head = "Huge article\n\nThe mayor said \"we are ready\" on Monday. "
        var body = ""
        body.reserveCapacity(words * 8)
        let vocabulary = ["alpha", "Monday", "said", "the", "council", "Paris"]
        for k in 0..<words { body += vocabulary[(k * 7 + k / 3) % vocabulary.count] + " " }
        let t = head + body + "\n\nThe end.\n"
        let a = Article(path: "data/huge.txt", format: .txt, title: "Huge article", text: t)
        let quotes = [Fixtures.quote("\"we are ready\"", in: t, by: "The mayor", mention: "The mayor")]
        let entities = [Fixtures.entity(.date, "Monday", in: t, value: "2022-03-07")]
        return AnnotatedArticle(article: a, annotation: Annotation(entities: entities, quotes: quotes))
    }

    static func press(_ s: inout AppState, _ names: String...) -> [Effect] {
        names.flatMap { s.apply(.key(KeyPress(parsing: $0)!)) }
    }

    /// 300,000 words make about 40,000 lines of a preview pane.
    static let article = huge(words: 300_000)

    @Test func thePreviewLaysOutAboutAScreenful() throws {
        let s = AppState(
            collection: ArticleCollection(annotated: [Self.article, Fixtures.plain]), width: 120, height: 40)
        let r = try #require(s.reader)
        let page = s.readerPage
        #expect(!r.layout.isComplete)
        // The view and a page beyond it, plus at most one paragraph piece.
        #expect(r.layout.lines.count <= 2 * page + BodyWalker.pieceGlyphs / 40)
        #expect(Screen.render(s).contains("The mayor said"))
    }

    @Test func openingAndScrollingLayOutInBoundedSteps() throws {
        var s = AppState(collection: ArticleCollection(annotated: [Self.article]), width: 80, height: 24)
        #expect(s.reader == nil)
        _ = Self.press(&s, "Enter")
        let opened = try #require(s.reader)
        #expect(s.focus == .reader)
        #expect(opened.layout.lines.count <= 2 * s.readerPage + BodyWalker.pieceGlyphs / 40)
        #expect(Screen.render(s).contains("The mayor said"))
        _ = Self.press(&s, "C-d", "C-d", "j")
        #expect(s.reader?.top == 2 * (s.readerPage / 2) + 1)
        #expect((s.reader?.layout.lines.count ?? 0) <= s.reader!.top + 2 * s.readerPage + BodyWalker.pieceGlyphs / 40)
        // G goes as far as one step lays out, and again as far again.
        let before = s.reader?.layout.lines.count ?? 0
        _ = Self.press(&s, "G")
        let first = try #require(s.reader)
        #expect(!first.layout.isComplete)
        #expect(first.layout.lines.count <= before + AppState.layoutStep + BodyWalker.pieceGlyphs / 40)
        #expect(first.top == first.layout.lines.count - s.readerPage)
        #expect(s.message?.contains("laid out to line") == true)
        _ = Self.press(&s, "G")
        #expect((s.reader?.top ?? 0) > first.top)
        _ = Self.press(&s, "k")
        // The position is a share of the guessed length: about 25,000 lines at 80 columns.
        let total = s.reader!.layout.estimatedLineCount
        #expect(total > 20_000 && total < 30_000)
        #expect(Screen.render(s).line(23).contains("\(100 * (s.reader!.top + s.readerPage) / total)%"))
        // The quote near the start is still found, and lands the view on it.
        _ = Self.press(&s, "]")
        #expect(s.reader?.currentQuote == 0)
        #expect(s.message?.hasPrefix("quote 1 of 1") == true)
        #expect((s.reader?.top ?? .max) <= 2)
        #expect(Screen.render(s).contains("[The mayor]"))
    }

    /// Laid out in steps, the lines, quote starts and matches are those of the whole layout.
    @Test func layingOutInStepsGivesTheWholeLayout() {
        let a = Self.huge(words: 5_000)
        let options = ReaderLayout.Options(search: "council")
        for width in [30, 57, 120] {
            let whole = ReaderLayout(
                article: a.article, annotation: a.annotation, width: width, measure: .unicode, options: options)
            var stepped = ReaderLayout(
                article: a.article, annotation: a.annotation, width: width, measure: .unicode, options: options,
                lines: 3)
            #expect(stepped.lines.count < whole.lines.count)
            var steps = 0
            while !stepped.isComplete {
                stepped.layOut(toLine: stepped.lines.count + 7)
                steps += 1
            }
            #expect(steps > 3)
            #expect(stepped.lines == whole.lines)
            #expect(stepped.quoteLines == whole.quoteLines)
            #expect(stepped.matchLines == whole.matchLines)
            #expect(stepped.matchCount == whole.matchLines.count)
        }
    }

    /// A new layout of the same text (another width, a search) takes the safe text made before.
    @Test func aLayoutOfTheSameTextReusesItsSafeText() throws {
        let a = Self.huge(words: 2_000)
        let first = ReaderLayout(article: a.article, annotation: a.annotation, width: 60, measure: .unicode)
        let safe = try #require(first.safeText(of: a.article.text))
        #expect(first.safeText(of: a.article.text + " ") == nil)
        let options = ReaderLayout.Options(search: "Paris")
        let reused = ReaderLayout(
            article: a.article, annotation: a.annotation, width: 45, measure: .unicode, options: options, safe: safe)
        let fresh = ReaderLayout(
            article: a.article, annotation: a.annotation, width: 45, measure: .unicode, options: options)
        #expect(reused.lines == fresh.lines && reused.matchLines == fresh.matchLines)
        #expect(reused.quoteLines == fresh.quoteLines)
    }

    @Test func aCommonWordIsSearchedUpToTheLimit() throws {
        var s = AppState(collection: ArticleCollection(annotated: [Self.article]), width: 80, height: 24)
        _ = Self.press(&s, "Enter")
        s.searchReader("council")
        let r = try #require(s.reader)
        #expect(r.layout.matchesCut)
        #expect(r.layout.matchCount == BodyWalker.matchLimit)
        #expect(s.message == "match 1 of 10000+ (only the first 10000 are shown)")
        #expect(r.currentMatch == 0)
    }

    @Test func searchGoesOnStepByStep() throws {
        var s = AppState(collection: ArticleCollection(annotated: [Self.article]), width: 80, height: 24)
        _ = Self.press(&s, "Enter")
        s.searchReader("The end")
        // The only match is about 40,000 lines down: each `n` lays out one step further.
        let r = try #require(s.reader)
        #expect(r.layout.matchCount == 1)
        #expect(r.currentMatch == nil)
        #expect(s.message?.contains("is further on") == true)
        var presses = 0
        while s.reader?.currentMatch == nil, presses < 20 {
            _ = Self.press(&s, "n")
            presses += 1
            #expect((s.reader?.layout.lines.count ?? 0) <= s.reader!.top + 2 * s.readerPage + AppState.layoutStep + 200)
        }
        #expect(s.reader?.currentMatch == 0)
        #expect(s.message == "match 1 of 1")
        #expect(presses > 2)
    }

    /// `]`, `[`, `n` and `N` move the highlight in the layout they find: what is laid out stays
    /// laid out, rather than the article being walked again from its start on every key.
    @Test func jumpsKeepTheLayout() throws {
        var s = AppState(collection: ArticleCollection(annotated: [Self.article]), width: 80, height: 24)
        _ = Self.press(&s, "Enter")
        s.searchReader("Paris")
        _ = Self.press(&s, "G", "G", "g")
        let laidOut = try #require(s.reader?.layout.lines.count)
        #expect(laidOut > 2 * AppState.layoutStep)
        _ = Self.press(&s, "]")
        #expect(s.reader?.currentQuote == 0)
        #expect(s.reader?.layout.lines.count == laidOut)
        #expect(Screen.render(s).contains("[The mayor]"))
        _ = Self.press(&s, "n", "n", "N")
        #expect(s.reader?.currentMatch == 1)
        #expect(s.reader?.layout.lines.count == laidOut)
        // The current match, and only it, is drawn as current.
        let grid = Screen.render(s)
        let current = (0..<grid.height).flatMap { y in grid.roles(y).filter { $0 == .searchCurrent } }
        #expect(current.count == "Paris".count)
    }
}
