import BylineNLP

/// What every loader recognises in an article's text: the headline, photo captions and the
/// dateline; and how the non-plain-text formats lay an article out as one text.
enum ArticleLayout {
    /// Captions and datelines sit near the top; at most this many scalars are examined, so a
    /// huge article costs no more than a normal one here.
    static let scanLimit = 65_536
    /// The first look takes only this many: headline, captions and dateline nearly always lie
    /// within it, and every article of a collection is examined while the list fills.
    static let firstLook = 4_096
    /// At most this many caption paragraphs are looked for before the dateline.
    static let maxLeadingCaptions = 4

    struct Found {
        var title: String
        var dateline: Dateline?
        var captions: [Range<Int>]
    }

    /// The headline (first line of the first paragraph), captions and dateline of `text`.
    static func examine(_ text: String) -> Found {
        if let found = examine(text, window: firstLook) { return found }
        return examine(text, window: scanLimit) ?? Found(title: "", dateline: nil, captions: [])
    }

    /// `examine` over the first `window` scalars; nil when the window ends before the headline,
    /// captions and dateline are settled (the answer could differ with more text), unless this
    /// is the largest window.
    static func examine(_ text: String, window: Int) -> Found? {
        let scalars = [Unicode.Scalar](scalarsOf: text, limit: window)
        let truncated = scalars.count == window
        // Paragraphs are found as far as they are looked at: the headline, the captions and
        // the one after them, not the whole text.
        var paragraphs = Paragraphs.Scanner(scalars)
        func next() -> Range<Int>? {
            guard let p = paragraphs.next() else { return nil }
            // The window may cut the last paragraph: it is not judged on its beginning alone.
            return truncated && !paragraphs.hasMore() ? nil : p
        }
        let final = !truncated || window >= scanLimit
        guard let first = next() else { return final ? Found(title: "", dateline: nil, captions: []) : nil }
        var captions: [Range<Int>] = []
        var dateline: Dateline?
        var settled = false
        while let p = next() {
            if Captions.isCaption(scalars[p]) {
                captions.append(p)
            } else {
                if dateline == nil { dateline = Datelines.parse(scalars, paragraph: p) }
                settled = true
                break
            }
            if captions.count >= maxLeadingCaptions {
                settled = true
                break
            }
        }
        guard settled || final else { return nil }
        return Found(title: firstLine(of: scalars[first]), dateline: dateline, captions: captions)
    }

    /// The displayed text of a structured article: the title, a blank line, then the paragraphs
    /// separated by blank lines (the contract's layout for every format but `.txt`).
    static func compose(title: String, paragraphs: [String]) -> String {
        ([title] + paragraphs).joined(separator: "\n\n")
    }

    /// An article from a structured format: the text composed from title and paragraphs, with
    /// captions and dateline found in it. An empty title takes the first paragraph's place.
    static func article(path: String, item: Int?, format: ArticleFormat, title: String, paragraphs: [String]) -> Article
    {
        var paragraphs = paragraphs
        var title = title.trimmingSpaces()
        if title.isEmpty, !paragraphs.isEmpty { title = paragraphs.removeFirst() }
        let text = compose(title: title, paragraphs: paragraphs)
        let found = examine(text)
        return Article(
            path: path, item: item, format: format, title: title, text: text,
            dateline: found.dateline, captions: found.captions)
    }

    /// The scalar offset where the body of `text` starts when the text opens with the headline
    /// `title` on a line of its own (the `.txt` shape, and the composed text of every other
    /// format): just after the headline, and after a lone carriage return ending it, which
    /// `firstLine` takes as the end of the headline's line. 0 when the text does not open so.
    ///
    /// The headline is matched here, on the text as loaded, not on the text as a screen shows
    /// it: there a tab is expanded and a lone carriage return drawn as a symbol, so the two no
    /// longer compare equal.
    static func bodyStart(of text: String, title: String) -> Int {
        let head = Array(title.unicodeScalars)
        guard !head.isEmpty else { return 0 }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var offset = 0
        while i < scalars.endIndex, Paragraphs.isSpace(scalars[i]) {
            scalars.formIndex(after: &i)
            offset += 1
        }
        for u in head {
            guard i < scalars.endIndex, scalars[i] == u else { return 0 }
            scalars.formIndex(after: &i)
        }
        offset += head.count
        while i < scalars.endIndex, scalars[i] == " " || scalars[i] == "\t" {
            scalars.formIndex(after: &i)
            offset += 1
        }
        guard i < scalars.endIndex else { return offset }
        guard scalars[i] == "\n" || scalars[i] == "\r" else { return 0 }
        let next = scalars.index(after: i)
        if scalars[i] == "\r", next == scalars.endIndex || scalars[next] != "\n" { offset += 1 }
        return offset
    }

    /// The first line, trimmed of spaces, tabs and line breaks: trimmed as scalars, so that one
    /// `String` is made rather than two.
    private static func firstLine(of s: ArraySlice<Unicode.Scalar>) -> String {
        var end = s.firstIndex { $0 == "\n" || $0 == "\r" } ?? s.endIndex
        var start = s.startIndex
        while start < end && Paragraphs.isSpace(s[start]) { start += 1 }
        while end > start && Paragraphs.isSpace(s[end - 1]) { end -= 1 }
        return String(scalars: s[start..<end])
    }
}

extension Article {
    /// The scalar offset in `text` where the body starts, after the headline's line; 0 when the
    /// text does not open with the headline. Screens start the body here so the headline is not
    /// shown twice.
    public var bodyStart: Int { ArticleLayout.bodyStart(of: text, title: title) }
}
