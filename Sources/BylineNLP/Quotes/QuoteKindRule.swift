/// Tells a direct quotation from a partial one (a fragment woven into the writer's sentence,
/// or a scare quote) by where it sits: direct quotes open a paragraph, a sentence or a clause
/// (after ":" or ","), or follow a speech verb with a sentence of their own; partial ones are
/// preceded by the writer's own words ("a “new-type weapon”", "called this the “season”").
enum QuoteKindRule {
    static func kind(of r: QuotedRegion, in doc: Document) -> QuoteKind {
        if r.multiParagraph || r.interruption != nil { return .direct }
        let t = doc.tokens
        let s = doc.scalars
        let inner = r.inner
        var words = 0
        for k in inner where t[k].kind == .word || t[k].kind == .number { words += 1 }
        guard words > 0 else { return .partial }
        let lastInner = inner.upperBound - 1
        let endsWithPunct = t[lastInner].kind == .punct || t[lastInner].kind == .quote
        let afterIsPunct =
            r.close + 1 < t.count && t[r.close + 1].kind == .punct && !t[r.close + 1].has(.paragraphStart)
        // Short stretches that neither end a clause inside the marks nor before a comma are names or scare quotes.
        if words <= 3 && !endsWithPunct && !afterIsPunct { return .partial }
        if !endsWithPunct && continuesSentence(after: r, doc) { return .partial }
        if words <= 8 && isTitleCase(inner, doc) && (!endsWithPunct || isTitleInProse(r, doc)) { return .partial }
        if opensClause(r.open, doc) { return .direct }
        let p = r.open - 1
        let firstInner = inner.lowerBound
        let startsCapitalized = firstInner < t.count && t[firstInner].has(.capitalized)
        if t[p].kind == .word && QuoteWords.speechVerbs.contains(t[p].lowerHash) && (startsCapitalized || words >= 6) {
            return .direct
        }
        // "If “the US adopts ...”, the spokesman said": one connective before the quote at a sentence start.
        let sentence = doc.sentences[doc.sentenceIndex(ofToken: r.open)]
        if p == sentence.lowerBound && t[p].kind == .word && words >= 4 && r.close + 1 < t.count
            && t[r.close + 1].kind == .punct && s[Int(t[r.close + 1].start)].value == 0x2C
        {
            return .direct
        }
        return .partial
    }

    /// Most words a quote nobody says may have and still be taken for a fragment rather than speech.
    static let fragmentWords = 4

    /// A direct-looking quote with no speaker that is short, in title case or in capitals: a
    /// slogan, a title or a scare quote rather than someone's words.
    static func isUnattributedFragment(_ r: QuotedRegion, in doc: Document) -> Bool {
        guard !r.multiParagraph, r.interruption == nil else { return false }
        var words = 0
        var capitals = 0
        for k in r.inner where doc.tokens[k].kind == .word || doc.tokens[k].kind == .number {
            words += 1
            if doc.tokens[k].has(.allCaps) { capitals += 1 }
        }
        return words <= fragmentWords || (words <= 12 && (isTitleCase(r.inner, doc) || capitals == words))
    }

    /// The writer's sentence runs on through the quote (`“Orange is the New Black” star Dascha`):
    /// a word follows the closing mark, and no cue comes right after it.
    static func continuesSentence(after r: QuotedRegion, _ doc: Document) -> Bool {
        let t = doc.tokens
        let a = r.close + 1
        guard r.closed, a < t.count, t[a].kind == .word, !t[a].has(.paragraphStart) else { return false }
        for k in a..<min(t.count, a + 4) where t[k].kind == .word && QuoteWords.speechVerbs.contains(t[k].lowerHash) {
            return false
        }
        return !QuoteWords.subjectPronouns.contains(t[a].lowerHash)
    }

    /// A title with its own full stop or a sentence's comma inside the marks ('All Bets Are Off.',
    /// ''Make Your Kid a Millionaire,''), written in prose: a headline capitalises every word, so a
    /// quote in it (`Warren Hammers CEO: ‘You Should Be Investigated.’`) may still be speech.
    static func isTitleInProse(_ r: QuotedRegion, _ doc: Document) -> Bool {
        let t = doc.tokens
        let last = r.inner.upperBound - 1
        guard t[last].kind == .punct else { return false }
        let mark = doc.scalars[Int(t[last].start)].value
        guard mark == 0x2E || mark == 0x2C else { return false }
        // The writer's words just before the quote, back to its line's start, in sentence case.
        var k = r.open - 1
        while k >= 0 && k >= r.open - 12 {
            if t[k].kind == .word && !t[k].has(.capitalized) && !QuoteWords.functionWords.contains(t[k].lowerHash) {
                return true
            }
            if t[k].has(.lineStart) { break }
            k -= 1
        }
        return false
    }

    /// Every word capitalised except short function words: a title or a slogan, not speech.
    static func isTitleCase(_ inner: Range<Int>, _ doc: Document) -> Bool {
        var capitalized = 0
        for k in inner where doc.tokens[k].kind == .word {
            let t = doc.tokens[k]
            if t.has(.capitalized) {
                capitalized += 1
            } else if !QuoteWords.functionWords.contains(t.lowerHash) || t.length > 4 {
                return false
            }
        }
        return capitalized >= 2
    }

    /// Nothing of the writer's own clause precedes the mark: a paragraph or sentence start, or clause punctuation.
    static func opensClause(_ open: Int, _ doc: Document) -> Bool {
        let t = doc.tokens
        if open == 0 || t[open].has(.paragraphStart) { return true }
        let p = open - 1
        // A line of its own, unless the text is hard-wrapped mid-sentence (a lowercase word before the break).
        if t[open].has(.lineStart) && !(t[p].kind == .word && !t[p].has(.capitalized)) { return true }
        if t[p].kind == .quote { return true }
        guard t[p].kind == .punct else { return false }
        switch doc.scalars[Int(t[p].start)].value {
        case 0x3A, 0x2C, 0x3B, 0x28, 0x5B, 0x2014, 0x2013, 0x2D, 0x2E, 0x3F, 0x21, 0x2026: return true
        // the full-width colon, comma, semicolon, stops and marks of Chinese and Japanese text
        case 0xFF1A, 0xFF0C, 0x3001, 0xFF1B, 0x3002, 0xFF1F, 0xFF01: return true
        default: return false
        }
    }
}
