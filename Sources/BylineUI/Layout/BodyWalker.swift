import BylineCore
import BylineNLP
import Foundation

/// Walks an article's text once, grapheme by grapheme with its scalar offset, splitting it into
/// paragraphs at blank lines and giving every character its highlight: search match, then
/// entity or speaker mention, then quote. Quote labels and resolved dates are inserted here.
///
/// It walks the terminal-safe text (`SafeText`), so the annotation's offsets, which refer to
/// the original, are mapped to display offsets first.
struct BodyWalker {
    /// A highlighted stretch: an entity, or the mention a quote's speaker points at.
    struct Mark {
        var start: Int
        var end: Int
        var role: Role
        var accent: UInt8
        /// For dates shown inline with `d`: the resolved value.
        var dateValue: String?
    }

    /// A quote's display range, with what the layout needs of it.
    struct QuoteMark {
        var start: Int
        var end: Int
        var kind: QuoteKind
        var speaker: String?
    }

    let text: String
    let measure: DisplayWidth
    let quotes: [QuoteMark]
    /// For each quote, the innermost quote holding it when it starts (always an earlier one), or -1.
    let quoteParents: [Int32]
    let marks: [Mark]
    let matches: [Range<Int>]
    /// How many matches the headline, laid out before the body, holds.
    let titleMatches: Int
    /// A paragraph is handed on in pieces of about this many glyphs, so a text without blank
    /// lines (or without spaces) is laid out as far as it is shown, not whole.
    static let pieceGlyphs = 4096

    // Where the walk is, kept between calls so the body is laid out as far as it is needed.
    /// The scalar offset of the text the walk has reached.
    private(set) var pos = 0
    private var i: String.Index
    /// The scalar offset where the body starts.
    private(set) var bodyOffset = 0
    private var para: Paragraph
    /// Whether a piece of the paragraph being walked was handed on already.
    private var paraStarted = false
    private var lineHasText = false
    private var pendingSpace = false
    private var mi = 0
    private var qi = 0
    private var si = 0
    /// Quotes whose span holds the current position, outermost first: a partial quote can
    /// sit inside an indirect one.
    private var active: [Int] = []
    /// The last match the walk entered, and how many it entered: matches are numbered in the
    /// order shown (the headline's first, then these); one in the text before the body is never
    /// shown.
    private var lastSi = -1
    private var matchesSeen = 0
    /// Whether the whole body was handed on.
    private(set) var finished = false
    /// How much of the text, in bytes, the walk has gone through.
    var fractionWalked: Double {
        Double(text.utf8.distance(from: text.startIndex, to: i)) / Double(max(1, text.utf8.count))
    }

    init(
        article: Article, annotation: Annotation, measure: DisplayWidth, options: ReaderLayout.Options,
        titleMatches: Int = 0, safe: SafeText? = nil
    ) {
        self.titleMatches = titleMatches
        para = Paragraph(measure: measure)
        i = "".startIndex
        let safe = safe ?? SafeText(article.text)
        text = safe.text
        self.measure = measure
        quotes = annotation.quotes.map { q in
            let r = safe.displayRange(q.span.start..<max(q.span.start, q.span.end))
            return QuoteMark(start: r.lowerBound, end: r.upperBound, kind: q.kind, speaker: q.speaker?.name)
        }
        quoteParents = BodyWalker.parents(quotes)
        marks = BodyWalker.marks(annotation, showDates: options.showDates).map { m in
            var m = m
            let r = safe.displayRange(m.start..<m.end)
            (m.start, m.end) = (r.lowerBound, r.upperBound)
            return m
        }
        matches = options.search.map { BodyWalker.find($0, in: safe.text, limit: BodyWalker.matchLimit) } ?? []
        pos = safe.displayOffset(article.bodyStart)
        i = text.unicodeScalars.index(text.startIndex, offsetBy: pos)
        bodyOffset = pos
    }

    /// The innermost earlier quote whose span holds each quote's start, as the walk nests them.
    static func parents(_ quotes: [QuoteMark]) -> [Int32] {
        var open: [Int] = []
        return quotes.indices.map { k in
            open.removeAll { quotes[$0].end <= quotes[k].start }
            defer { open.append(k) }
            return Int32(open.last ?? -1)
        }
    }

    /// Entities by type (names of people and organisations that are quoted become speakers,
    /// in their own colour), plus speaker mentions that are not entities ("she", "the
    /// spokesman"); sorted, overlaps dropped.
    static func marks(_ a: Annotation, showDates: Bool) -> [Mark] {
        let speakers = Set(a.quotes.compactMap { $0.speaker?.name.lowercased() })
        var out: [Mark] = a.entities.map { e in
            let isSpeaker = e.type != .date && speakers.contains(e.canonical.lowercased())
            let role: Role
            switch e.type {
            case .person: role = isSpeaker ? .speaker : .person
            case .organization: role = isSpeaker ? .speaker : .organization
            case .place: role = .place
            case .date: role = .date
            }
            return Mark(
                start: e.start, end: e.end, role: role, accent: isSpeaker ? SpeakerAccent.of(e.canonical) : 0,
                dateValue: showDates && e.type == .date ? DateAside.words(for: e.value, writtenAs: e.text) : nil)
        }
        for q in a.quotes {
            if let s = q.speaker, let m = s.mention {
                out.append(
                    Mark(start: m.start, end: m.end, role: .speaker, accent: SpeakerAccent.of(s.name), dateValue: nil))
            }
        }
        out.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [Mark] = []
        for m in out where m.end > m.start {
            if let last = kept.last, m.start < last.end { continue }
            kept.append(m)
        }
        return kept
    }

    /// The most search matches an article's body shows: a common word in a huge text would
    /// otherwise hold the keys up while every occurrence is found.
    static let matchLimit = 10_000

    /// Scalar ranges of the case-insensitive occurrences of `needle`, the first `limit` of them.
    static func find(_ needle: String, in text: String, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        var out: [Range<Int>] = []
        var from = text.startIndex
        var offset = 0
        while out.count < limit,
            let r = text.range(of: needle, options: [.caseInsensitive], range: from..<text.endIndex)
        {
            let start = offset + text.unicodeScalars.distance(from: from, to: r.lowerBound)
            let length = text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
            out.append(start..<(start + length))
            offset = start + length
            from = r.upperBound
            if r.isEmpty { break }
        }
        return out
    }

    /// Whether a cluster breaks lines, and whether it is white space; ASCII is decided without
    /// the Unicode property lookups, which dominate the walk otherwise.
    @inline(__always)
    static func kind(_ c: Character) -> (newline: Bool, whitespace: Bool) {
        if let b = c.utf8.first, b < 0x80 {
            let newline = b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
            return (newline, newline || b == 0x20 || b == 0x09)
        }
        return (c.isNewline, c.isWhitespace)
    }

    /// Hands the body on to `emit` a paragraph at a time, a long paragraph in pieces (`final`
    /// false for all but its last), until `emit` returns false or the body is all handed on;
    /// the next call goes on from there.
    mutating func walk(_ emit: (_ piece: Paragraph, _ final: Bool) -> Bool) {
        guard !finished else { return }
        var more = true
        while more, i < text.endIndex {
            let c = text[i]
            let len = c.unicodeScalars.count
            defer {
                pos += len
                i = text.index(after: i)
            }
            let (newline, whitespace) = BodyWalker.kind(c)
            if newline {
                if !lineHasText, !para.isEmpty || paraStarted {
                    more = emit(para, true)
                    para = Paragraph(measure: measure)
                    paraStarted = false
                    pendingSpace = false
                } else if lineHasText {
                    pendingSpace = true
                }
                lineHasText = false
                continue
            }
            if whitespace {
                if lineHasText { pendingSpace = true }
                continue
            }
            while mi < marks.count, marks[mi].end <= pos { mi += 1 }
            while si < matches.count, matches[si].upperBound <= pos { si += 1 }
            active.removeAll { quotes[$0].end <= pos }
            var starting: [Int] = []
            while qi < quotes.count, quotes[qi].start <= pos {
                // A quote that ended before the body (in the headline) is not shown.
                if quotes[qi].end > pos || quotes[qi].start >= bodyOffset { starting.append(qi) }
                if quotes[qi].end > pos { active.append(qi) }
                qi += 1
            }
            let mark = mi < marks.count && marks[mi].start <= pos ? marks[mi] : nil
            let inMatch = si < matches.count && matches[si].lowerBound <= pos
            let innermost = active.last.map { quotes[$0] }
            let direct = active.last { quotes[$0].kind == .direct }.map { quotes[$0] }
            let gutter: UInt8? = direct.map { $0.speaker.map(SpeakerAccent.of) ?? 0 }
            let quoteRole: Role = innermost.map { $0.kind == .indirect ? .normal : .quote } ?? .normal
            let quoteSpot = Spot(quote: Int32(active.last ?? -1), match: -1)
            if pendingSpace {
                // A space inside a match or a name takes its style, so "Jan 11, 2022" is
                // underlined as one date, not as three words.
                if inMatch, si == lastSi {
                    let spot = Spot(quote: -1, match: Int32(titleMatches + matchesSeen - 1))
                    para.add(" ", role: .searchMatch, accent: 0, gutter: gutter, spot: spot, offset: pos)
                } else if let mark, mark.start < pos, starting.isEmpty {
                    para.add(" ", role: mark.role, accent: mark.accent, gutter: gutter, offset: pos)
                } else if starting.isEmpty {
                    para.add(" ", role: quoteRole, accent: 0, gutter: gutter, spot: quoteSpot, offset: pos)
                } else {
                    para.add(" ", role: .normal, accent: 0, gutter: gutter, offset: pos)
                }
                pendingSpace = false
            }
            lineHasText = true
            for q in starting {
                para.quoteStarts.append((para.glyphs.count, q))
                if let s = quotes[q].speaker, quotes[q].kind == .direct {
                    para.append(
                        "[" + SafeText.line(s) + "]", role: .quoteLabel, accent: SpeakerAccent.of(s), gutter: gutter,
                        offset: pos)
                    para.add(" ", role: quoteRole, accent: 0, gutter: gutter, spot: quoteSpot, offset: pos)
                }
            }
            if inMatch, si != lastSi {
                lastSi = si
                matchesSeen += 1
                para.matchStarts.append((para.glyphs.count, si))
            }
            var role = quoteRole
            var accent: UInt8 = 0
            var spot = quoteSpot
            if inMatch {
                role = .searchMatch
                spot = Spot(quote: -1, match: Int32(titleMatches + matchesSeen - 1))
            } else if let mark {
                role = mark.role
                accent = mark.accent
                spot = .none
            }
            para.add(c, role: role, accent: accent, gutter: gutter, spot: spot, offset: pos)
            if let mark, mark.end == pos + len, let value = mark.dateValue {
                para.add(" ", role: .date, accent: 0, gutter: gutter, offset: pos)
                para.append("→ " + SafeText.line(value), role: .dateValue, gutter: gutter, offset: pos)
            }
            if para.glyphs.count >= BodyWalker.pieceGlyphs {
                more = emit(para, false)
                para = Paragraph(measure: measure)
                paraStarted = true
            }
        }
        guard i >= text.endIndex else { return }
        finished = true
        if !para.isEmpty || paraStarted { _ = emit(para, true) }
        para = Paragraph(measure: measure)
    }
}
