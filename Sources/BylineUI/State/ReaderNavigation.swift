import BylineCore
import BylineNLP

/// The reading pane: scrolling, and jumping between quotes and search matches.
extension AppState {
    /// Lays the open article out again for the current pane width and options, keeping the
    /// same text at the top of the view (after a resize the line numbers change, the text
    /// read does not).
    mutating func relayoutReader() {
        let anchor = readerAnchor()
        guard var r = reader, r.article < collection.count else {
            reader = nil
            return
        }
        let width = PaneLayout(self).reader?.width ?? readerWidthWhenHidden
        let options = ReaderLayout.Options(showDates: showDates, search: r.search)
        // A text a reload made stale waits for its new one: the new annotation is not over it.
        if r.annotation == nil, r.shown.hasText, isCurrent(r.shown, article: r.article) {
            r.annotation = collection.annotation(of: r.article, text: r.shown.article.text)
        }
        // Laid out as far as the view and a page beyond it; scrolling lays out more.
        r.layout = ReaderLayout(
            article: r.shown.article, annotation: r.annotation,
            width: width, measure: measure, options: options, lines: r.top + 2 * max(1, readerPage),
            safe: r.layout.safeText(of: r.shown.article.text))
        if let anchor {
            r.layout.layOut(atMost: r.layout.lines.count + AppState.layoutStep) {
                ($0.lines.last?.offset ?? -1) > anchor.offset
            }
            if let line = r.layout.line(atOffset: anchor.offset) { r.top = max(0, line - anchor.above) }
        }
        reader = r
        scrollReader(by: 0)
    }

    /// Where the text at the top of the view starts, and how many lines (a blank one between
    /// paragraphs) lie above it on screen; nil at the top of the article or before its text.
    func readerAnchor() -> (offset: Int, above: Int)? {
        guard let r = reader, r.top > 0, r.layout.safeText(of: r.shown.article.text) != nil else { return nil }
        let lines = r.layout.lines
        var k = r.top
        while k < lines.count, k < r.top + 2, lines[k].offset < 0 { k += 1 }
        guard k < lines.count, lines[k].offset >= 0 else { return nil }
        return (lines[k].offset, k - r.top)
    }

    /// How many lines one key may lay out beyond those laid out already: a huge article is
    /// laid out in steps of this size, so no key holds the reader up for long.
    static let layoutStep = 5000

    /// Lays out more of the open article, until it reaches a page past `line` or `done` holds,
    /// about `layoutStep` lines more at most (a paragraph's last piece may go a little past).
    mutating func layOutReader(toLine line: Int = .max / 4, until done: (ReaderLayout) -> Bool = { _ in false }) {
        guard let count = reader?.layout.lines.count, reader?.layout.isComplete == false else { return }
        let limit = min(line + 2 * max(1, readerPage), count + AppState.layoutStep)
        reader?.layout.layOut(atMost: limit, until: done)
    }

    /// `G`: the end of the article, or of as much as one step lays out of a huge one.
    mutating func scrollReaderToEnd() {
        scrollReader(to: .max / 4)
        guard let r = reader, !r.layout.isComplete else { return }
        message = "a long article: laid out to line \(r.layout.lines.count) so far (\(keyName(.bottom)) goes on)"
    }

    /// The width the reader will have when shown: narrow layouts show it full width.
    var readerWidthWhenHidden: Int { isWide ? max(0, width / 2) : width }

    mutating func scrollReader(by delta: Int) {
        guard let r = reader else { return }
        scrollReader(to: r.top + delta)
    }

    mutating func scrollReader(to line: Int) {
        layOutReader(toLine: line)
        guard var r = reader else { return }
        let maxTop = max(0, r.layout.lines.count - max(1, readerPage))
        r.top = min(max(0, line), maxTop)
        reader = r
    }

    /// Scrolls so `line` is near the top, with a line of context above.
    mutating func reveal(line: Int) {
        scrollReader(to: line - 1)
    }

    /// The reader on an article, focused: the selected one, opened (and marked read) when the
    /// list has focus. Nil when its text must be read first: `c`, the command asking, then runs
    /// again once the text is in.
    mutating func ensureReader(for c: Command) -> [Effect]? {
        guard reader == nil || focus == .list else { return [] }
        if let i = selectedArticle, textAtHand(i) == nil {
            request(i, .open(then: c))
            return nil
        }
        return openSelected()
    }

    /// `]` and `[`: the next or previous quote of the open article.
    mutating func jumpQuote(forward: Bool) -> [Effect] {
        guard let effects = ensureReader(for: forward ? .nextQuote : .previousQuote) else { return [] }
        layOutReader { $0.quotesLaidOut }
        guard let r = reader, let quotes = r.annotation?.quotes, !quotes.isEmpty else {
            if reader == nil {
                message = "no article to read: the list is empty"
            } else {
                message =
                    reader?.annotation == nil ? "this article is still being annotated" : "no quotes in this article"
            }
            return effects
        }
        // Only quotes the pane shows count (not one inside the headline).
        let shown = quotes.indices.filter { r.layout.line(ofQuote: $0) != nil }
        let target: Int?
        if let q = r.currentQuote {
            target = forward ? shown.first { $0 > q } : shown.last { $0 < q }
        } else {
            target = forward ? shown.first : shown.last
        }
        guard let t = target else {
            message =
                shown.isEmpty
                ? "no quotes in the article's text"
                : forward
                    ? "that was the last quote (\(shown.count) of \(shown.count))"
                    : "that was the first quote (1 of \(shown.count))"
            return effects
        }
        land(onQuote: t)
        let position = (shown.firstIndex(of: t) ?? 0) + 1
        message = "quote \(position) of \(shown.count) · " + AppState.attribution(of: quotes[t])
        return effects
    }

    /// Who said a quote and how, for the status bar: a quote's speaker label is not drawn on
    /// every line, and indirect quotes have none in the text.
    static func attribution(of q: Quote) -> String {
        let name = q.speaker.map { SafeText.line($0.name) } ?? ""
        return (name.isEmpty ? "speaker unknown" : name) + kindNote(q.kind)
    }

    static func kindNote(_ kind: QuoteKind) -> String {
        switch kind {
        case .direct: return ""
        case .partial: return " (partial quote)"
        case .indirect: return " (reported speech)"
        }
    }

    /// The speaker `}`/`{` follow: the one chosen with `s` or `S`, else the current quote's.
    var speakerToFollow: String? {
        if let followed { return followed }
        guard let r = reader, let q = r.currentQuote else { return nil }
        return r.annotation?.quotes[safe: q]?.speaker?.name
    }

    /// `}` and `{`: the next or previous quote by the followed speaker, going on into the next
    /// (previous) article of the list that quotes them.
    mutating func jumpSpeakerQuote(forward: Bool) -> [Effect] {
        guard var effects = ensureReader(for: forward ? .nextSpeakerQuote : .previousSpeakerQuote) else { return [] }
        layOutReader { $0.quotesLaidOut }
        guard let r = reader else { return effects }
        guard let name = speakerToFollow else {
            // Nobody to follow yet: land on a quote, whose speaker is followed from then on.
            effects += jumpQuote(forward: forward)
            if let q = reader?.currentQuote, let speaker = reader?.annotation?.quotes[safe: q]?.speaker?.name {
                followed = speaker
            }
            return effects
        }
        followed = name
        let quotes = r.annotation?.quotes ?? []
        let same = { (q: Quote) in q.speaker?.name.caseInsensitiveCompare(name) == .orderedSame }
        let here: [Int]
        if let current = r.currentQuote {
            here = forward ? quotes.indices.filter { $0 > current } : quotes.indices.filter { $0 < current }.reversed()
        } else {
            here = forward ? Array(quotes.indices) : quotes.indices.reversed()
        }
        if let t = here.first(where: { same(quotes[$0]) && r.layout.line(ofQuote: $0) != nil }) {
            land(onQuote: t)
            let mine = quotes.indices.filter { same(quotes[$0]) && r.layout.line(ofQuote: $0) != nil }
            let position = (mine.firstIndex(of: t) ?? 0) + 1
            message =
                "\(SafeText.line(name)): quote \(position) of \(mine.count) in this article"
                + AppState.kindNote(quotes[t].kind)
            return effects
        }
        let quoting = quotesByArticle(of: name)
        let start = visible.firstIndex(of: r.article) ?? selected
        let others =
            forward ? Array(visible.indices.filter { $0 > start }) : visible.indices.filter { $0 < start }.reversed()
        if let pos = others.first(where: { quoting[visible[$0]]?.isEmpty == false }) {
            return effects + withText(of: visible[pos], .followSpeaker(name, forward: forward))
        }
        let direction = forward ? "below" : "above"
        message = "no more quotes by \(SafeText.line(name)) \(direction) in the list"
        return effects
    }

    /// The quotes of each article quoting `name` (indices into its annotation's quotes). Which
    /// articles quote them comes from the index, not from re-reading annotations.
    func quotesByArticle(of name: String) -> [Int: [Int]] {
        var quoting: [Int: [Int]] = [:]
        for s in collection.index.speakers(named: name)
        where collection.index.speakers[s].name.caseInsensitiveCompare(name) == .orderedSame {
            for ref in collection.index.speakers[s].quotes {
                quoting[Int(ref.article), default: []].append(Int(ref.quote))
            }
        }
        return quoting
    }

    /// `}` or `{` arriving in article `i` with its text: selected, opened, marked read, on the
    /// speaker's first quote (the last, going back).
    mutating func openOnSpeakerQuote(_ i: Int, name: String, forward: Bool, _ text: ReadableArticle) -> [Effect] {
        selected = visible.firstIndex(of: i) ?? selected
        scrollListToSelection()
        show(article: i, text)
        focus = .reader
        let effects = markRead(i)
        layOutReader { $0.quotesLaidOut }
        // Prefer a quote the pane shows; one inside the headline has no line.
        let qs = quotesByArticle(of: name)[i] ?? []
        let sorted = forward ? qs.sorted() : qs.sorted(by: >)
        if let first = sorted.first { land(onQuote: sorted.first { reader?.layout.line(ofQuote: $0) != nil } ?? first) }
        message = "\(SafeText.line(name)): \(SafeText.line(collection.article(i).title))"
        return effects
    }

    /// Makes quote `q` current, highlighted and in view; the layout stays, only the highlight moves.
    mutating func land(onQuote q: Int) {
        guard reader != nil else { return }
        reader?.currentQuote = q
        layOutReader { $0.line(ofQuote: q) != nil }
        if let line = reader?.layout.line(ofQuote: q) { reveal(line: line) }
    }

    /// `n` and `N`: the next or previous match of the reader's search.
    mutating func cycleMatch(forward: Bool) {
        guard var r = reader, r.search != nil else {
            message = "no search: press / first"
            return
        }
        let count = r.layout.matchCount
        guard count > 0 else {
            message = "no matches"
            return
        }
        let before = r.currentMatch
        let total = "\(count)" + (r.layout.matchesCut ? "+ (only the first \(count) are shown)" : "")
        let next =
            r.currentMatch.map { forward ? ($0 + 1) % count : ($0 - 1 + count) % count } ?? (forward ? 0 : count - 1)
        r.currentMatch = next
        reader = r
        layOutReader { $0.matchLines.count > next }
        guard let line = reader?.layout.matchLines[safe: next] else {
            // Further on than one step lays out: the view goes as far as laid out, and the same
            // key goes on from there.
            reader?.currentMatch = before
            scrollReader(to: reader?.layout.lines.count ?? 0)
            message =
                "match \(next + 1) of \(total) is further on (\(keyName(forward ? .nextMatch : .previousMatch)) goes on)"
            return
        }
        reveal(line: line)
        message = "match \(next + 1) of \(total)"
    }

    /// Sets the reader's search and lands on the first match at or below the current view.
    mutating func searchReader(_ text: String) {
        guard var r = reader else { return }
        r.search = text.isEmpty ? nil : text
        r.currentMatch = nil
        reader = r
        relayoutReader()
        guard let top = reader?.top, let count = reader?.layout.matchCount, count > 0 else {
            if !text.isEmpty { message = "no matches for \(SafeText.line(text))" }
            return
        }
        layOutReader { ($0.matchLines.last ?? -1) >= top }
        let lines = reader?.layout.matchLines ?? []
        let first = lines.firstIndex { $0 >= top } ?? (reader?.layout.isComplete == true ? 0 : lines.count)
        reader?.currentMatch = first - 1 < 0 ? nil : first - 1
        cycleMatch(forward: true)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
