import BylineNLP

@testable import BylineCore
@testable import BylineUI

/// Small hand-written articles with hand-made annotations, so the UI is tested on exactly
/// known entities and quotes, whatever the NLP currently finds.
enum Fixtures {
    /// A span for the `n`-th occurrence of `needle` in `text`, as scalar offsets.
    static func span(_ needle: String, in text: String, occurrence n: Int = 0) -> TextSpan {
        var from = text.startIndex
        var found = text.range(of: needle)!
        for _ in 0..<n {
            from = found.upperBound
            found = text.range(of: needle, range: from..<text.endIndex)!
        }
        let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
        return TextSpan(start: start, end: start + needle.unicodeScalars.count, text: needle)
    }

    static func entity(
        _ type: EntityType, _ needle: String, in text: String, occurrence: Int = 0, canonical: String? = nil,
        value: String? = nil
    ) -> EntityMention {
        let s = span(needle, in: text, occurrence: occurrence)
        return EntityMention(type: type, start: s.start, end: s.end, text: s.text, canonical: canonical, value: value)
    }

    static func quote(
        _ needle: String, in text: String, by name: String, mention: String, mentionOccurrence: Int = 0,
        kind: QuoteKind = .direct
    ) -> Quote {
        Quote(
            kind: kind, span: span(needle, in: text),
            speaker: Speaker(name: name, mention: span(mention, in: text, occurrence: mentionOccurrence)), cue: nil)
    }

    static let harborText = """
        Harbor talks resume in Lisbon

        LISBON - Talks on the harbor resumed on Monday (Mar 7), officials said.

        "We are close to a deal," Maria Silva said. She added that the Port Authority would vote soon.

        "Nothing is signed until everything is signed," said Tom Reyes, who leads the union.

        "The vote is set for Friday," Silva said later.
        """

    static var harbor: AnnotatedArticle {
        let t = harborText
        var a = Article(
            path: "data/harbor.txt", format: .txt, title: "Harbor talks resume in Lisbon", text: t,
            published: CalendarDate(year: 2022, month: 3, day: 8), publishedSource: .metadata, source: "Coast Daily",
            url: "https://example.org/harbor")
        a.dateline = Dateline(places: ["LISBON"], agencies: [], start: 0, end: 0)
        let entities = [
            entity(.place, "Lisbon", in: t),
            entity(.place, "LISBON", in: t, canonical: "Lisbon"),
            entity(.date, "Monday (Mar 7)", in: t, value: "2022-03-07"),
            entity(.person, "Maria Silva", in: t),
            entity(.organization, "Port Authority", in: t),
            entity(.person, "Tom Reyes", in: t),
            entity(.date, "Friday", in: t, value: "2022-03-11"),
            entity(.person, "Silva", in: t, occurrence: 1, canonical: "Maria Silva"),
        ].sorted { $0.start < $1.start }
        let quotes = [
            quote("\"We are close to a deal,\"", in: t, by: "Maria Silva", mention: "Maria Silva"),
            quote("\"Nothing is signed until everything is signed,\"", in: t, by: "Tom Reyes", mention: "Tom Reyes"),
            quote("\"The vote is set for Friday,\"", in: t, by: "Maria Silva", mention: "Silva", mentionOccurrence: 1),
        ]
        return AnnotatedArticle(article: a, annotation: Annotation(entities: entities, quotes: quotes))
    }

    static let budgetText = """
        Budget vote delayed again

        The council delayed the budget vote. "We need another week," Maria Silva told reporters.

        The Port Authority declined to comment.
        """

    static var budget: AnnotatedArticle {
        let t = budgetText
        let a = Article(
            path: "data/budget.txt", format: .txt, title: "Budget vote delayed again", text: t,
            published: CalendarDate(year: 2022, month: 3, day: 1), publishedSource: .text, source: "Coast Daily")
        let entities = [entity(.person, "Maria Silva", in: t), entity(.organization, "Port Authority", in: t)]
        let quotes = [quote("\"We need another week,\"", in: t, by: "Maria Silva", mention: "Maria Silva")]
        return AnnotatedArticle(article: a, annotation: Annotation(entities: entities, quotes: quotes))
    }

    /// Titles that break naive column arithmetic: CJK, emoji with and without VS16, combining
    /// marks, and an escape sequence that must never reach the terminal.
    static var wide: AnnotatedArticle {
        let t = "東京で会議が開かれた 🎉 ❤️ e\u{301}te\u{301}\n\nThe text says \u{1B}]0;pwned\u{07} and \u{202E}reversed.\n"
        let a = Article(
            path: "data/wide.txt", format: .txt, title: "東京で会議が開かれた 🎉 ❤️ e\u{301}te\u{301}", text: t,
            published: CalendarDate(year: 2022, month: 2, day: 20), publishedSource: .fileTime, source: "Weekly 週刊")
        return AnnotatedArticle(article: a, annotation: Annotation())
    }

    static var plain: AnnotatedArticle {
        let t = "Rain expected\n\nIt will rain tomorrow across the region.\n"
        let a = Article(path: "data/rain.txt", format: .txt, title: "Rain expected", text: t)
        return AnnotatedArticle(article: a, annotation: Annotation())
    }

    static var all: [AnnotatedArticle] { [budget, plain, harbor, wide] }

    /// The four articles as a load gives them: their texts are not held, so opening one asks for
    /// its text, which `texts` gives.
    static var collection: ArticleCollection { heldElsewhere(all) }

    static let texts = TextTable(all.map(\.article))

    /// A collection of `annotated` whose texts stay outside it, as those of a loaded folder do.
    static func heldElsewhere(_ annotated: [AnnotatedArticle]) -> ArticleCollection {
        let full = ArticleCollection(annotated: annotated)
        let bare = full.articles.map { article -> Article in
            var a = article
            a.text = ""
            return a
        }
        return ArticleCollection(
            articles: ChunkedArray(bare), annotations: full.annotations, index: full.index, issues: full.issues,
            spots: ChunkedArray(repeatElement(TextSpot.source, count: bare.count)))
    }

    /// A state on `collection`, with the text it previews from the start (side by side) fetched.
    static func state(width: Int = 80, height: Int = 24) -> AppState {
        var s = AppState(
            collection: collection, width: width, height: height,
            themes: [Theme(name: "a", styles: [:]), Theme(name: "b", styles: [:])])
        _ = s.carryOut(s.pendingEffects())
        return s
    }
}

extension AppState {
    /// Feeds key presses written as key names ("j", "C-d", "Enter"), collecting the effects.
    @discardableResult
    mutating func keys(_ names: String...) -> [Effect] {
        var effects: [Effect] = []
        for n in names { effects += send(.key(KeyPress(parsing: n)!)) }
        return effects
    }

    /// Types text into a picker or prompt.
    mutating func typeText(_ s: String) {
        for c in s { send(.key(.char(c))) }
    }
}

extension Grid {
    /// Whether any row contains `text`.
    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// Position of the first occurrence of `text` (column counted in cells).
    func find(_ text: String) -> (x: Int, y: Int)? { findAll(text).first }

    /// Positions of every occurrence of `text`, row by row.
    func findAll(_ text: String) -> [(x: Int, y: Int)] {
        var found: [(x: Int, y: Int)] = []
        for y in 0..<height {
            let line = self.line(y)
            var from = line.startIndex
            while let r = line.range(of: text, range: from..<line.endIndex) {
                found.append((DisplayWidth.unicode.width(of: String(line[..<r.lowerBound])), y))
                from = r.upperBound
            }
        }
        return found
    }
}
