/// Splits a token array into sentences and paragraphs (token index ranges).
///
/// A sentence ends at ".", "!", "?" or an ellipsis (taking any closing quotes and brackets with it)
/// when the next token could start a sentence; abbreviations such as "Mr." and "U.S." were kept
/// whole by the tokenizer, so a lone period is trusted. A blank line always ends both a sentence
/// and a paragraph, so nothing downstream can cross a paragraph break.
public enum Sentences {
    /// Abbreviations that may end a sentence when a typical sentence opener follows ("in the U.S. The ...").
    static let sentenceOpeners: TokenSet = TokenSet(
        Set(
            [
                "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "there",
                "his", "her", "their", "its", "on", "at", "after", "as", "if", "while", "when", "some", "many", "mr.",
                "mrs.", "ms.", "dr.", "meanwhile", "however", "officials", "both",
            ].map { TokenHash.of($0) }))

    static let titleAbbreviations: TokenSet = TokenSet(
        Set(
            [
                "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "prof.",
                "rev.", "hon.", "maj.", "adm.", "st.", "mt.", "no.", "vs.", "pres.", "cmdr.", "supt.", "insp.", "det.",
            ].map { TokenHash.of($0) }))

    /// Kept inside the module: the tokens must lie within `s`, as a `Document` makes them, since
    /// they are read through buffer pointers without bounds checks (with them and with the arrays'
    /// retains, every test of every token paid more than the test).
    static func split(_ tokens: [Token], _ s: [Unicode.Scalar]) -> (
        sentences: [Range<Int>], paragraphs: [Range<Int>]
    ) {
        tokens.withUnsafeBufferPointer { t in s.withUnsafeBufferPointer { split(t, $0) } }
    }

    static func split(_ tokens: UnsafeBufferPointer<Token>, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> (
        sentences: [Range<Int>], paragraphs: [Range<Int>]
    ) {
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        guard !tokens.isEmpty else { return ([], []) }
        var sentenceStart = 0
        var paragraphStart = 0
        var i = 0
        let n = tokens.count
        while i < n {
            if i > 0 && tokens[i].has(.paragraphStart) {
                if sentenceStart < i { sentences.append(sentenceStart..<i) }
                paragraphs.append(paragraphStart..<i)
                sentenceStart = i
                paragraphStart = i
            }
            if endsSentence(tokens, s, i) {
                var j = i + 1
                while j < n && !tokens[j].has(.paragraphStart) && isCloser(tokens[j], s) { j += 1 }
                if j < n && !tokens[j].has(.paragraphStart) && canStart(tokens[j], s) {
                    sentences.append(sentenceStart..<j)
                    sentenceStart = j
                }
                i = j
                continue
            }
            i += 1
        }
        if sentenceStart < n { sentences.append(sentenceStart..<n) }
        paragraphs.append(paragraphStart..<n)
        return (sentences, paragraphs)
    }

    @inline(__always) static func endsSentence(
        _ tokens: UnsafeBufferPointer<Token>, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int
    )
        -> Bool
    {
        let t = tokens[i]
        if t.kind == .punct {
            let v = s[Int(t.start)].value
            // and the full stop, exclamation and question marks of Chinese and Japanese
            return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026 || v == 0x3002 || v == 0xFF01 || v == 0xFF1F
        }
        // "U.S." at the end of a sentence: only before a typical opener; titles never end one.
        if t.kind == .word && t.has(.hasPeriod) && s[Int(t.end) - 1].value == 0x2E && i + 1 < tokens.count {
            if titleAbbreviations.contains(t.lowerHash) || t.length == 2 { return false }
            let next = tokens[i + 1]
            return next.has(.capitalized) && sentenceOpeners.contains(next.lowerHash)
        }
        return false
    }

    static func isCloser(_ t: Token, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let v = s[Int(t.start)].value
        if t.kind == .quote {
            // closing marks, or a straight quote right after the punctuation
            return v == 0x201D || v == 0x2019 || v == 0xBB || v == 0x203A || v == 0x300D || v == 0x300F
                || ((v == 0x22 || v == 0x27) && !t.has(.spaceBefore))
        }
        return t.kind == .punct && (v == 0x29 || v == 0x5D || v == 0x2E || v == 0x21 || v == 0x3F)
    }

    static func canStart(_ t: Token, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if t.has(.capitalized) || t.kind == .number || t.kind == .quote { return true }
        let v = s[Int(t.start)].value
        // Chinese and Japanese have no capitals: any of their characters may open a sentence.
        return v == 0x28 || v == 0x5B || v == 0x2014 || v == 0x2013 || v == 0x2D || ScalarClass.isSpacelessScript(v)
    }
}
