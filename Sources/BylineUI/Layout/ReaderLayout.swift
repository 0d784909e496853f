import BylineCore
import BylineNLP
import Foundation

/// One grapheme of a paragraph being laid out, already made safe for the terminal.
struct Glyph {
    var text: Character
    var width: Int
    var role: Role
    var accent: UInt8
    var spot: Spot = .none
    /// Where in the displayed text the grapheme comes from (inserted text: where it is
    /// inserted); -1 for the headline and meta lines.
    var offset: Int = -1
}

/// Which quote and which search match a grapheme belongs to, so the current ones are
/// highlighted as the lines are drawn: `]` or `n` then moves the highlight without laying the
/// article out again (a long walk through a huge article).
public struct Spot: Sendable, Hashable {
    /// The innermost quote holding the grapheme (an index into the annotation's quotes), when
    /// it takes the quote's style; -1 otherwise.
    public var quote: Int32
    /// The search match (in `n` order) the grapheme is part of; -1 outside matches.
    public var match: Int32

    static let none = Spot(quote: -1, match: -1)
}

/// Consecutive graphemes of a line that look the same.
public struct StyleRun: Sendable, Hashable {
    /// How many grapheme clusters of the line's text the run covers.
    public var count: Int
    public var role: Role
    public var accent: UInt8
    public var spot: Spot = .none
}

/// One screen line of the reading pane, kept compact (its text and a few style runs) so a very
/// long article costs about its own size.
public struct ReaderLine: Sendable, Hashable {
    /// The line as drawn, grapheme clusters that each take `DisplayWidth.width(of:)` cells.
    public var text: String
    public var runs: [StyleRun]
    /// The accent of the direct quote this line belongs to (0 for a quote without a speaker),
    /// drawn as a gutter mark; nil outside direct quotes.
    public var gutter: UInt8?
    /// Where in the article's displayed text the line starts (`SafeText` offsets); -1 for the
    /// headline and meta lines and blank lines: a new layout of the article (another width,
    /// dates shown) opens on the same text.
    public var offset: Int

    init(_ glyphs: ArraySlice<Glyph>, gutter: UInt8?) {
        offset = glyphs.first?.offset ?? -1
        var text = ""
        var runs: [StyleRun] = []
        for g in glyphs {
            text.append(g.text)
            if let last = runs.last, last.role == g.role, last.accent == g.accent, last.spot == g.spot {
                runs[runs.count - 1].count += 1
            } else {
                runs.append(StyleRun(count: 1, role: g.role, accent: g.accent, spot: g.spot))
            }
        }
        self.text = text
        self.runs = runs
        self.gutter = gutter
    }

    /// Calls `body` with each cluster and its style run, in order.
    public func forEachCluster(_ body: (Character, StyleRun) -> Void) {
        var run = 0
        var left = runs.first?.count ?? 0
        for c in text {
            while left == 0, run + 1 < runs.count {
                run += 1
                left = runs[run].count
            }
            guard run < runs.count else { return }
            body(c, runs[run])
            left -= 1
        }
    }
}

/// An article laid out for a pane width: headline, meta line, then paragraphs wrapped by
/// display width, each character carrying its highlight role. Built once per article, width,
/// date toggle and search, so scrolling only slices lines, and the quote and match jumps only
/// change which quote and match `role(of:current:)` highlights.
public struct ReaderLayout: Sendable {
    /// Columns reserved left of the text for the quote gutter mark.
    public static let gutterWidth = 2
    /// Panes narrower than this keep every column for the text and go without the gutter.
    public static let gutterMinimumWidth = 8

    /// Columns the gutter takes in a pane `width` columns wide.
    public static func gutter(forWidth width: Int) -> Int { width >= gutterMinimumWidth ? gutterWidth : 0 }
    /// The longest line of article text: on a wide terminal, lines of more than about 100
    /// columns are hard to follow from one line to the next, so the text keeps this measure.
    public static let maximumMeasure = 100

    /// The pane width the layout was made for.
    public let width: Int
    /// The text laid out, and its terminal-safe form, which a new layout of the same text
    /// reuses rather than going through a long text again.
    private let source: String
    private let safe: SafeText

    /// The terminal-safe form of `text`, when this layout was made from it.
    public func safeText(of text: String) -> SafeText? { text == source ? safe : nil }
    public private(set) var lines: [ReaderLine] = []
    /// The line each quote of the annotation starts on (its label, for labelled quotes); nil
    /// for a quote that is not shown (one inside the headline) or not laid out yet.
    public private(set) var quoteLines: [Int?] = []
    /// The body still to lay out, and the unfinished last line of a paragraph laid out in
    /// part; nil once the whole article is laid out.
    private var rest: BodyWalker?
    private var carry: Paragraph?
    private let textWidth: Int
    /// How many quotes the body shows, and how many of them are laid out.
    private var quotesShown = 0
    private var quotesPlaced = 0
    /// How many search matches the article shows, laid out or not.
    public private(set) var matchCount = 0
    /// Whether the body holds more matches than it shows (`BodyWalker.matchLimit`).
    public private(set) var matchesCut = false

    /// Whether the whole article is laid out: a long one is laid out as far as it is viewed.
    /// Stored, not read from `rest`, which is taken out while a walk lays out more: `done` asks
    /// about `quotesLaidOut` in the middle of a walk, when the article is not yet complete.
    public private(set) var isComplete = false
    /// How many lines the whole article will take: exact once it is laid out, else guessed from
    /// how much of its text the lines laid out hold.
    public var estimatedLineCount: Int {
        guard let rest else { return lines.count }
        let f = rest.fractionWalked
        return f > 0 ? max(lines.count + 1, Int(Double(lines.count) / f)) : lines.count + 1
    }
    /// Whether every quote the article shows is laid out.
    public var quotesLaidOut: Bool { quotesPlaced >= quotesShown || isComplete }

    /// The line quote `q` starts on, or nil when it is not shown or out of range.
    public func line(ofQuote q: Int) -> Int? { quoteLines.indices.contains(q) ? quoteLines[q] : nil }
    /// The line of each search match, in text order.
    public private(set) var matchLines: [Int] = []
    /// The quote each quote sits inside (a partial quote in reported speech), or -1: the
    /// current quote is highlighted with the quotes inside it.
    private var quoteParents: [Int32] = []

    /// What goes into a layout besides the article.
    public struct Options: Sendable, Hashable {
        public var showDates = false
        public var search: String?

        public init(showDates: Bool = false, search: String? = nil) {
            self.showDates = showDates
            self.search = search
        }
    }

    /// The quote and the search match to highlight as current, if any.
    public struct Current: Sendable, Hashable {
        public var quote: Int?
        public var match: Int?

        public init(quote: Int? = nil, match: Int? = nil) {
            self.quote = quote
            self.match = match
        }
    }

    /// The role a run is drawn in: a search match's or a quote's own, or the current one's
    /// when it is part of the current match, or of the current quote (or a quote inside it)
    /// and in the quote's style rather than an entity's.
    public func role(of run: StyleRun, current: Current) -> Role {
        if run.role == .searchMatch, let m = current.match, run.spot.match == m { return .searchCurrent }
        guard let q = current.quote, run.role == .quote || run.role == .normal else { return run.role }
        var k = run.spot.quote
        while k >= 0, Int(k) < quoteParents.count {
            if k == q { return .quoteCurrent }
            k = quoteParents[Int(k)]
        }
        return run.role
    }

    /// Lays the article out as far as line `lines` (all of it by default); `layOut(toLine:)`
    /// goes on from there. `safe` is the text's terminal-safe form, when a layout made it already.
    public init(
        article: Article, annotation: Annotation?, width: Int, measure: DisplayWidth, options: Options = Options(),
        lines limit: Int = .max, safe: SafeText? = nil
    ) {
        source = article.text
        self.safe = safe ?? SafeText(article.text)
        self.width = max(0, width)
        let textWidth = min(ReaderLayout.maximumMeasure, max(1, width - ReaderLayout.gutter(forWidth: width)))
        self.textWidth = textWidth
        var builder = Paragraph(measure: measure)
        // The headline is searched too: its matches come first in the `n`/`N` order.
        let title = SafeText.line(article.title)
        let titleMatches = options.search.map { BodyWalker.find($0, in: title) } ?? []
        var titleMatchGlyphs: [Int] = []
        var offset = 0
        var m = 0
        for c in title {
            while m < titleMatches.count, titleMatches[m].upperBound <= offset { m += 1 }
            let inMatch = m < titleMatches.count && titleMatches[m].lowerBound <= offset
            if inMatch, titleMatchGlyphs.count == m { titleMatchGlyphs.append(builder.glyphs.count) }
            let spot = inMatch ? Spot(quote: -1, match: Int32(m)) : .none
            builder.add(c, role: inMatch ? .searchMatch : .title, accent: 0, gutter: nil, spot: spot)
            offset += c.unicodeScalars.count
        }
        let lineOfTitle = append(builder, width: textWidth).lineOf
        matchLines = titleMatchGlyphs.map(lineOfTitle)
        for line in ReaderLayout.metaLines(article, width: textWidth, measure: measure) {
            builder = Paragraph(measure: measure)
            builder.append(line, role: .meta)
            append(builder, width: textWidth)
        }
        if let url = article.url, !url.isEmpty {
            // The URL on a line of its own, plain text (o opens it), cut rather than wrapped.
            builder = Paragraph(measure: measure)
            builder.append(TextFit.cut(SafeText.line(url), to: textWidth, measure: measure), role: .meta)
            append(builder, width: textWidth)
        }
        let annotation = annotation ?? Annotation()
        quoteLines = Array(repeating: nil, count: annotation.quotes.count)
        let body = BodyWalker(
            article: article, annotation: annotation, measure: measure, options: options,
            titleMatches: titleMatches.count, safe: self.safe)
        // The walk shows a quote that reaches into the body, and a match with a character there.
        quoteParents = body.quoteParents
        quotesShown = body.quotes.count { $0.end > body.bodyOffset || $0.start >= body.bodyOffset }
        matchCount = titleMatches.count + body.matches.count { $0.upperBound > body.bodyOffset }
        matchesCut = body.matches.count >= BodyWalker.matchLimit
        rest = body
        layOut(toLine: limit)
    }

    /// The line showing displayed-text offset `offset`: the last line laid out that starts at
    /// or before it; nil when no body line does.
    public func line(atOffset offset: Int) -> Int? {
        var lo = 0
        var hi = lines.count
        // Body lines start at increasing offsets; the headline's, the meta lines' and blank
        // lines (-1) sort before any of them or are skipped.
        while lo < hi {
            let mid = (lo + hi) / 2
            var k = mid
            while k < hi, lines[k].offset < 0 { k += 1 }
            if k < hi, lines[k].offset <= offset { lo = k + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0, lines[k].offset < 0 { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// Lays out more of the article, until it has `line + 1` lines or is laid out whole.
    public mutating func layOut(toLine line: Int) {
        layOut(atMost: line) { _ in false }
    }

    /// Lays out more of the article until `done` holds, it has more than `limit` lines (the last
    /// piece of a paragraph may carry it up to a piece's worth of lines past) or it is laid out
    /// whole.
    mutating func layOut(atMost limit: Int, until done: (ReaderLayout) -> Bool) {
        guard var body = rest, lines.count <= limit, !done(self) else { return }
        rest = nil
        body.walk { piece, final in
            place(piece, final: final)
            return lines.count <= limit && !done(self)
        }
        if body.finished { isComplete = true } else { rest = body }
    }

    /// Wraps the next piece of a paragraph after what is left of the one before; all but the
    /// last line of an unfinished paragraph are final, since wrapping is greedy.
    private mutating func place(_ piece: Paragraph, final: Bool) {
        var p: Paragraph
        if let c = carry {
            p = c
            p.append(piece)
        } else {
            lines.append(ReaderLine([], gutter: nil))
            p = piece
        }
        carry = nil
        let (lineOf, lastLineStart) = append(p, width: textWidth)
        var kept = p.glyphs.count
        if !final {
            lines.removeLast()
            kept = lastLineStart
            carry = p.suffix(from: lastLineStart)
        }
        for (glyph, quote) in p.quoteStarts where glyph < kept {
            quoteLines[quote] = lineOf(glyph)
            quotesPlaced += 1
        }
        for (glyph, _) in p.matchStarts where glyph < kept { matchLines.append(lineOf(glyph)) }
    }

    /// Wraps a paragraph into lines; returns a function from glyph index to line number, and
    /// the glyph its last line starts with.
    @discardableResult
    private mutating func append(_ p: Paragraph, width: Int) -> (lineOf: (Int) -> Int, lastLineStart: Int) {
        let first = lines.count
        var lineStarts: [Int] = []
        var current: [Glyph] = []
        var currentWidth = 0
        var gutter: UInt8? = nil
        var lineStartGlyph = 0
        func flush(nextStart: Int) {
            lines.append(ReaderLine(current[...], gutter: gutter))
            lineStarts.append(lineStartGlyph)
            current = []
            currentWidth = 0
            gutter = nil
            lineStartGlyph = nextStart
        }
        func place(_ i: Int) {
            if current.isEmpty { lineStartGlyph = i }
            current.append(p.glyphs[i])
            currentWidth += p.glyphs[i].width
            if gutter == nil { gutter = p.gutters[i] }
        }
        var i = 0
        let n = p.glyphs.count
        while i < n {
            if p.spaces[i] {
                i += 1
                continue
            }
            var end = i
            var wordWidth = 0
            while end < n, !p.spaces[end] {
                wordWidth += p.glyphs[end].width
                end += 1
            }
            let separator = i > 0 && p.spaces[i - 1] && !current.isEmpty ? i - 1 : nil
            let sepWidth = separator.map { p.glyphs[$0].width } ?? 0
            if !current.isEmpty, currentWidth + sepWidth + wordWidth > width {
                flush(nextStart: i)
            } else if let s = separator {
                place(s)
            }
            for k in i..<end {
                if currentWidth + p.glyphs[k].width > width, !current.isEmpty { flush(nextStart: k) }
                place(k)
            }
            i = end
        }
        if !current.isEmpty || lineStarts.isEmpty { flush(nextStart: n) }
        let lineOf = { (glyph: Int) -> Int in
            var lo = 0
            var hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= glyph { lo = mid } else { hi = mid - 1 }
            }
            return first + lo
        }
        return (lineOf, lineStarts.last ?? 0)
    }

    /// The meta line's parts before the file path: "source · 2022-01-14 (inferred from the
    /// text) · WASHINGTON/SEOUL".
    private static func metaParts(_ a: Article) -> [String] {
        var parts: [String] = []
        if let s = a.source, !s.isEmpty { parts.append(s) }
        if let d = a.published {
            switch a.publishedSource {
            case .text?: parts.append("\(d) (inferred from the text)")
            // the file time is when the file was written, not when the article appeared
            case .fileTime?: parts.append("date unknown (file modified \(d))")
            default: parts.append(d.description)
            }
        } else {
            parts.append("undated")
        }
        if let places = a.dateline?.places, !places.isEmpty { parts.append(places.joined(separator: "/")) }
        return parts
    }

    /// The meta line for a text `width` cells wide. When it does not fit, the file path (its
    /// end) is cut in the middle rather than wrapped inside a name; when too little room is left
    /// for it after the rest, the path goes on a line of its own, cut the same way.
    static func metaLines(_ a: Article, width: Int, measure: DisplayWidth) -> [String] {
        let head = SafeText.line(metaParts(a).joined(separator: metaSeparator))
        let path = SafeText.line(a.key)
        let separated = head + metaSeparator
        let room = width - measure.width(of: separated)
        let pathWidth = measure.width(of: path)
        if pathWidth <= room { return [separated + path] }
        if room >= min(pathWidth, minimumPathWidth) {
            return [separated + TextFit.cutPath(path, to: room, measure: measure)]
        }
        return [head, TextFit.cutPath(path, to: width, measure: measure)]
    }

    /// The fewest cells a cut path keeps on the meta line before it takes a line of its own.
    static let minimumPathWidth = 20
    static let metaSeparator = " · "
}

/// A paragraph's glyphs before wrapping, with where quotes and matches start.
struct Paragraph {
    let measure: DisplayWidth
    var glyphs: [Glyph] = []
    var spaces: [Bool] = []
    var gutters: [UInt8?] = []
    var quoteStarts: [(Int, Int)] = []
    var matchStarts: [(Int, Int)] = []

    init(measure: DisplayWidth) { self.measure = measure }

    var isEmpty: Bool { glyphs.isEmpty }

    /// Appends already-safe text in one role.
    mutating func append(_ text: String, role: Role, accent: UInt8 = 0, gutter: UInt8? = nil, offset: Int = -1) {
        for c in text { add(c, role: role, accent: accent, gutter: gutter, offset: offset) }
    }

    /// Appends the next piece of the same paragraph.
    mutating func append(_ next: Paragraph) {
        let shift = glyphs.count
        glyphs += next.glyphs
        spaces += next.spaces
        gutters += next.gutters
        quoteStarts += next.quoteStarts.map { ($0 + shift, $1) }
        matchStarts += next.matchStarts.map { ($0 + shift, $1) }
    }

    /// The paragraph from glyph `start` on.
    func suffix(from start: Int) -> Paragraph {
        var p = Paragraph(measure: measure)
        p.glyphs = Array(glyphs[start...])
        p.spaces = Array(spaces[start...])
        p.gutters = Array(gutters[start...])
        p.quoteStarts = quoteStarts.filter { $0.0 >= start }.map { ($0 - start, $1) }
        p.matchStarts = matchStarts.filter { $0.0 >= start }.map { ($0 - start, $1) }
        return p
    }

    mutating func add(_ c: Character, role: Role, accent: UInt8, gutter: UInt8?, spot: Spot = .none, offset: Int = -1) {
        let space = c == " " || c == "\t"
        let drawn = measure.drawn(c)
        // A base that does not combine with the dotted circle (a lone Hangul vowel) shows as U+FFFD.
        let shown: Character = space ? " " : drawn.count == 1 ? drawn.first! : "\u{FFFD}"
        let w = space ? 1 : measure.width(of: c)
        glyphs.append(Glyph(text: shown, width: w, role: role, accent: accent, spot: spot, offset: offset))
        spaces.append(space)
        gutters.append(gutter)
    }
}
