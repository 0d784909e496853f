/// Names an article repeats where the tagger missed them.
///
/// A name found once in an article is the same name wherever the article writes it again in the
/// same spelling: "Google" tagged in one sentence and left out in the next is still Google. Each
/// written form of a found name is looked for among the words no mention covers, as a whole run
/// of capitalised words: never a part of a longer run ("Paris" is not found inside "Paris
/// Hilton"), though a common word opening the sentence may stand before it ("Later Google
/// said"). A one-word form is not taken when it is a common word, nor at the start of a
/// sentence when the text also writes it in lowercase.
enum EntityRepeats {
    typealias Found = EntityMentionCleanup.Found

    /// The longest form looked for, in words.
    static let longestForm = 8

    /// `found` (in text order, without overlaps) with the repeats of its names added, in text
    /// order; a repeat takes the type of the form it repeats.
    static func mentions(_ found: [Found], _ doc: Document, _ features: EntityFeatures) -> [Found] {
        guard !found.isEmpty else { return found }
        let tokens = doc.tokens
        var forms: [UInt64: EntityType] = [:]
        var lengths: Set<Int> = []
        for m in found where m.tokens.count <= longestForm {
            forms[hash(m.tokens, doc)] = m.type
            lengths.insert(m.tokens.count)
        }
        var covered = [Bool](filledWith: false, count: tokens.count)
        for m in found { for k in m.tokens { covered[k] = true } }
        let common = EntityGazetteer.Membership.commonWord.rawValue
        func isNameWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].has(.capitalized) }
        // "Later Quorvant Ridge said": a common word capitalised because it opens the sentence.
        func isOrdinaryOpener(_ k: Int) -> Bool {
            features.opensSentence(k) && features.facts[k].gazetteer & common != 0
        }
        var added: [Found] = []
        var i = 0
        while i < tokens.count {
            guard !covered[i], tokens[i].kind == .word, tokens[i].has(.capitalized),
                !isNameWord(i - 1) || tokens[i].has(.lineStart) || isOrdinaryOpener(i - 1)
            else {
                i += 1
                continue
            }
            var matched: Found? = nil
            for length in lengths.sorted(by: >) where i + length <= tokens.count {
                let range = i..<(i + length)
                guard !range.contains(where: { covered[$0] || tokens[$0].has(.lineStart) && $0 > i }),
                    !isNameWord(i + length) || tokens[i + length].has(.lineStart),
                    let type = forms[hash(range, doc)]
                else { continue }
                if length == 1
                    && (features.facts[i].gazetteer & common != 0
                        || features.opensSentence(i) && features.isWrittenInLowercase(i))
                {
                    continue
                }
                matched = (range, type)
                break
            }
            if let m = matched {
                added.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        guard !added.isEmpty else { return found }
        return (found + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The hash of the exact words of `range`.
    static func hash(_ range: Range<Int>, _ doc: Document) -> UInt64 {
        var h: UInt64 = 3
        for k in range { h = EntityGazetteer.extend(h, doc.tokens[k].hash) }
        return h
    }
}
