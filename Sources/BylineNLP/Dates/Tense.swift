/// The tense of the clause around a date expression, from the nearest tense marker: news text
/// resolves "on Friday" to the past Friday in "said on Friday" and to the coming one in "will
/// meet on Friday".
enum Tense: Sendable {
    case past, future, unknown

    /// Looks back from `range` toward the start of its sentence, then ahead, for the nearest
    /// future marker ("will", "next", "expected"), irregular past verb ("said") or "-ed" verb.
    static func around(_ range: Range<Int>, in doc: Document) -> Tense {
        guard !doc.sentences.isEmpty, range.lowerBound < doc.tokens.count else { return .unknown }
        let sentence = doc.sentences[doc.sentenceIndex(ofToken: range.lowerBound)]
        var k = range.lowerBound - 1
        let back = max(sentence.lowerBound, range.lowerBound - 15)
        while k >= back {
            if let t = marker(k, doc) { return t }
            k -= 1
        }
        k = range.upperBound
        let ahead = min(sentence.upperBound, range.upperBound + 10)
        while k < ahead {
            if let t = marker(k, doc) { return t }
            k += 1
        }
        return .unknown
    }

    static func marker(_ k: Int, _ doc: Document) -> Tense? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        if DateLexicon.futureMarkers.contains(t.lowerHash) { return .future }
        if DateLexicon.pastMarkers.contains(t.lowerHash) { return .past }
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
