/// The tense of the clause around a date expression, from the nearest tense marker: news text
/// resolves "on Friday" to the past Friday in "said on Friday" and to the coming one in "will
/// meet on Friday".
enum Tense: Sendable {
    case past, future, unknown

    /// The nearest future marker ("will", "next", "expected"), irregular past verb ("said") or
    /// "-ed" verb in the sentence, looking one token back, then one ahead, then two back, and so
    /// on: the verb a date modifies is usually right next to it ("said Friday", "on Friday issued").
    static func around(_ range: Range<Int>, in doc: Document) -> Tense {
        guard !doc.sentences.isEmpty, range.lowerBound < doc.tokens.count else { return .unknown }
        let sentence = doc.sentences[doc.sentenceIndex(ofToken: range.lowerBound)]
        for d in 1...15 {
            let back = range.lowerBound - d, ahead = range.upperBound + d - 1
            let inBack = back >= sentence.lowerBound, inAhead = ahead < sentence.upperBound && d <= 10
            if !inBack && !inAhead { break }
            if inBack, let t = marker(back, doc) { return t }
            if inAhead, let t = marker(ahead, doc) { return t }
        }
        return .unknown
    }

    static func marker(_ k: Int, _ doc: Document) -> Tense? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        if DateLexicon.futureMarkers.contains(t.lowerHash) { return .future }
        if DateLexicon.pastMarkers.contains(t.lowerHash) { return .past }
        // an infinitive ("planned to leave on Thursday", "set to resume Monday") looks ahead
        if k > 0, doc.tokens[k - 1].lowerHash == DateLexicon.to, !t.has(.capitalized),
           !DateLexicon.notVerbsAfterTo.contains(t.lowerHash) { return .future }
        // A lowercase word ending in "-ed" is almost always a past verb or participle in news text.
        if t.length >= 4, !t.has(.capitalized), !t.has(.hasDigit) {
            let e = Int(t.end)
            // a participle after "be" ("will be reviewed") leaves the tense to the auxiliaries
            if doc.scalars[e - 1] == "d" && doc.scalars[e - 2] == "e" && !DateLexicon.edNonVerbs.contains(t.lowerHash)
                && !(k > 0 && DateLexicon.passiveAuxiliaries.contains(doc.tokens[k - 1].lowerHash)) {
                return .past
            }
        }
        return nil
    }
}
