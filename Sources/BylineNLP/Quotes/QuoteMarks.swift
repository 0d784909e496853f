/// Pairs quotation marks into `QuotedRegion`s in one pass over the quote tokens.
///
/// Each double mark is read as opening or closing from what touches it (a mark with space before
/// and a word glued after opens; one glued to the word before and free after closes), and only
/// where its neighbours say nothing from its glyph ("“" opens, "”" closes, '"' alternates). So one
/// stray or missing mark cannot put the pairing out of step for the rest of the paragraph: a
/// closing-looking mark with nothing open opens nothing, and the narration between two quotes
/// (`…the plan," Jones said. "What I…`) never becomes one.
///
/// A quote left open at the end of a paragraph continues only when the next paragraph opens with a
/// mark (the newspaper convention for quotes running over several paragraphs), otherwise it ends
/// with its paragraph, so a stray mark can never swallow the rest of the article. The same
/// convention run together on one line (`"I am not fit yet. "I lost most of the winter. "If…`),
/// an opening mark right after a sentence end inside an open quote, continues that quote too.
/// Single marks pair only outside double ones, and only when a plausible closing mark follows
/// soon in the same paragraph (apostrophes look alike).
enum QuoteMarks {
    /// Longest single-quoted stretch, in tokens, before an opening ‘ is taken for something else.
    static let singleQuoteReach = 60

    /// What a double mark's neighbours and glyph say it does.
    enum Role { case opening, closing, either }

    static func find(_ doc: Document, meter: WorkMeter? = nil) -> [QuotedRegion] {
        let t = doc.tokens
        let s = doc.scalars
        var out: [QuotedRegion] = []
        var open: Int? = nil
        var openMarks = 1
        var multi = false

        /// The mark at `i`; a doubled apostrophe ('') counts as one straight double mark.
        func mark(_ i: Int) -> UInt32 { isDoubledApostrophe(t, s, i) ? 0x22 : s[Int(t[i].start)].value }
        func width(_ i: Int) -> Int { isDoubledApostrophe(t, s, i) ? 2 : 1 }
        func emit(_ o: Int, _ c: Int, closed: Bool, closeMarks: Int = 1) {
            if c >= o + openMarks {
                var r = QuotedRegion(open: o, close: c, closed: closed, single: false, multiParagraph: multi)
                r.openMarks = openMarks
                r.closeMarks = closed ? closeMarks : 1
                out.append(r)
            }
            multi = false
        }

        for para in doc.paragraphs {
            var i = para.lowerBound
            if let o = open {
                if i < para.upperBound && t[i].kind == .quote && isDouble(mark(i))
                    && role(i, width(i), mark(i), doc) != .closing
                {
                    multi = true
                    i += width(i)
                } else {
                    emit(o, para.lowerBound - 1, closed: false)
                    open = nil
                }
            }
            while i < para.upperBound {
                meter?.add()
                guard t[i].kind == .quote else {
                    i += 1
                    continue
                }
                let v = mark(i)
                if isDouble(v) {
                    let w = width(i)
                    let r = role(i, w, v, doc)
                    if let o = open {
                        if r == .opening && reopens(i, doc) {
                            // `…a month out. "I lost…`: the next paragraph of the same quote, run together.
                            multi = true
                        } else if r == .opening {
                            if let inner = nestedClose(after: i + w, in: para, doc, meter: meter) {
                                // `"He told me "no" and left," she said.`: a quote within the quote.
                                i = inner
                                continue
                            }
                            // A fresh opening mark: the quote before it never closed.
                            emit(o, i - 1, closed: false)
                            open = i
                            openMarks = w
                        } else {
                            emit(o, i + w - 1, closed: true, closeMarks: w)
                            open = nil
                        }
                    } else if r != .closing {
                        open = i
                        openMarks = w
                    }
                    i += w
                    continue
                } else if open == nil, let c = singleClose(doc, from: i, paragraphEnd: para.upperBound, meter: meter) {
                    out.append(QuotedRegion(open: i, close: c, closed: true, single: true, multiParagraph: false))
                    i = c
                }
                i += 1
            }
        }
        if let o = open { emit(o, t.count - 1, closed: false) }
        return joinSplitQuotes(out, doc)
    }

    /// Opening or closing, from the mark's neighbours first and its glyph second. A mark at the
    /// start of a line touching the word after it (`”Fear. I am afraid …”`) opens, whichever way
    /// round it was typed, since nothing before it on the line can close.
    static func role(_ i: Int, _ w: Int, _ v: UInt32, _ doc: Document) -> Role {
        let t = doc.tokens
        let freeBefore = i == 0 || t[i].has(.spaceBefore) || t[i].has(.lineStart) || opensBracket(i - 1, doc)
        let next = i + w
        let gluedAfter =
            next < t.count && !t[next].has(.spaceBefore) && !t[next].has(.lineStart)
            && (t[next].kind == .word || t[next].kind == .number || isEllipsis(next, doc))
        if freeBefore && gluedAfter { return .opening }
        if !freeBefore && !gluedAfter { return .closing }
        if isOpeningOnly(v) { return .opening }
        if isClosingOnly(v) { return .closing }
        return .either
    }

    /// An opening mark inside an open quote reopens it, rather than starting another, when it
    /// follows the end of a sentence of that quote.
    static func reopens(_ i: Int, _ doc: Document) -> Bool {
        guard i > 0, doc.tokens[i - 1].kind == .punct else { return false }
        switch doc.scalars[Int(doc.tokens[i - 1].start)].value {
        case 0x2E, 0x3F, 0x21, 0x2026: return true
        default: return false
        }
    }

    /// Most tokens a quotation within a quotation may hold.
    static let nestedReach = 12

    /// After an opening mark at `from - w` inside an open quote: the token after the mark closing
    /// a short inner quotation, when a closing mark follows it and another closing mark (the outer
    /// one's) comes later in the paragraph; nil when the mark rather starts a new quote.
    static func nestedClose(after from: Int, in para: Range<Int>, _ doc: Document, meter: WorkMeter?) -> Int? {
        let t = doc.tokens
        var j = from
        var inner: Int? = nil
        while j < para.upperBound {
            meter?.add()
            if t[j].kind == .quote && isDouble(doc.scalars[Int(t[j].start)].value) {
                let r = role(j, 1, doc.scalars[Int(t[j].start)].value, doc)
                if inner == nil {
                    guard r == .closing, j - from <= nestedReach else { return nil }
                    inner = j + 1
                } else {
                    return r == .closing ? inner : nil
                }
            }
            j += 1
            if inner == nil && j - from > nestedReach { return nil }
        }
        return nil
    }

    static func isEllipsis(_ i: Int, _ doc: Document) -> Bool {
        doc.tokens[i].kind == .punct
            && (doc.scalars[Int(doc.tokens[i].start)].value == 0x2026 || doc.tokens[i].end - doc.tokens[i].start == 3)
    }

    static func opensBracket(_ i: Int, _ doc: Document) -> Bool {
        guard doc.tokens[i].kind == .punct else { return false }
        switch doc.scalars[Int(doc.tokens[i].start)].value {
        case 0x28, 0x5B, 0x2014, 0x2013: return true
        default: return false
        }
    }

    /// Two apostrophes with nothing between them, an old typewriter double quote (`''Yes,'' he said`).
    static func isDoubledApostrophe(_ t: [Token], _ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 1 < t.count, t[i].kind == .quote, t[i + 1].kind == .quote, t[i + 1].start == t[i].end else {
            return false
        }
        let a = s[Int(t[i].start)].value
        let b = s[Int(t[i + 1].start)].value
        return (a == 0x27 || a == 0x2019 || a == 0x2018) && (b == 0x27 || b == 0x2019 || b == 0x2018)
    }

    /// Double marks, and the corner brackets of Chinese and Japanese (「」, 『』 within them), which
    /// quote speech as double marks do in English.
    static func isDouble(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0x201F || v == 0xAB || v == 0xBB
            || (v >= 0x300C && v <= 0x300F)
    }

    static func isOpeningOnly(_ v: UInt32) -> Bool {
        v == 0x201C || v == 0x201E || v == 0x201F || v == 0xAB || v == 0x300C || v == 0x300E
    }
    static func isClosingOnly(_ v: UInt32) -> Bool { v == 0x201D || v == 0xBB || v == 0x300D || v == 0x300F }

    /// The closing mark of a single-quoted stretch opened at `i`, when `i` opens one.
    static func singleClose(_ doc: Document, from i: Int, paragraphEnd: Int, meter: WorkMeter? = nil) -> Int? {
        let t = doc.tokens
        let s = doc.scalars
        let v = s[Int(t[i].start)].value
        guard v == 0x2018 || v == 0x27 || v == 0x201A || v == 0x2039 else { return nil }
        guard i + 1 < paragraphEnd, !t[i + 1].has(.spaceBefore), t[i + 1].kind == .word || t[i + 1].kind == .number,
            i == 0 || t[i].has(.spaceBefore) || t[i].has(.lineStart) || t[i - 1].kind == .quote
                || t[i - 1].kind == .punct
        else { return nil }
        var j = i + 2
        let limit = min(paragraphEnd, i + singleQuoteReach)
        while j < limit {
            meter?.add()
            if t[j].kind == .quote {
                let c = s[Int(t[j].start)].value
                if isDouble(c) { return nil }
                let endsHere = j + 1 >= t.count || t[j + 1].has(.spaceBefore) || t[j + 1].kind != .word
                if (c == 0x2019 || c == 0x27 || c == 0x203A) && !t[j].has(.spaceBefore) && endsHere { return j }
            }
            j += 1
        }
        return nil
    }

    /// Joins `"We are ready," he said, "to talk."` into one region whose interruption holds the attribution.
    static func joinSplitQuotes(_ regions: [QuotedRegion], _ doc: Document) -> [QuotedRegion] {
        var out: [QuotedRegion] = []
        out.reserveCapacity(regions.count)
        for r in regions {
            if let last = out.last, isSplit(last, r, doc) {
                out[out.count - 1].interruption = (last.close + 1)..<r.open
                out[out.count - 1].close = r.close
                out[out.count - 1].closed = r.closed
                out[out.count - 1].closeMarks = r.closeMarks
                out[out.count - 1].multiParagraph = last.multiParagraph || r.multiParagraph
                continue
            }
            out.append(r)
        }
        return out
    }

    /// Two double-quoted parts with only a short cue clause between them, commas on both sides.
    static func isSplit(_ a: QuotedRegion, _ b: QuotedRegion, _ doc: Document) -> Bool {
        guard a.closed, !a.single, !b.single, a.interruption == nil else { return false }
        let gap = b.open - a.close - 1
        guard gap >= 2 && gap <= 12 else { return false }
        let t = doc.tokens
        guard !t[b.open].has(.paragraphStart) else { return false }
        func isComma(_ i: Int) -> Bool { t[i].kind == .punct && doc.scalars[Int(t[i].start)].value == 0x2C }
        guard isComma(b.open - 1), isComma(a.inner.upperBound - 1) || isComma(a.close + 1) else { return false }
        for k in (a.close + 1)..<b.open where t[k].kind == .word && QuoteWords.speechVerbs.contains(t[k].lowerHash) {
            // The gap must not end a sentence ("... ," he said. "Next").
            return !((a.close + 1)..<b.open).contains {
                t[$0].kind == .punct && doc.scalars[Int(t[$0].start)].value == 0x2E
            }
        }
        return false
    }
}
