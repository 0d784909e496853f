/// An organisation named "X of Y" named again by its head word after "the": "the Church" after
/// "the Church of Scientology", "the Parliament" after "the Parliament of New South Wales".
/// Capitalised mid-sentence after "the", the word refers to the body named in full, which the
/// tagger, reading the word alone, takes for a common word; alias merging then joins it to the
/// full name, which it opens. Only the head before "of" counts: the last word of a name may be
/// plural ("House of Representatives") or stand for something else ("the Centre" of "Toronto
/// Congress Centre" is where things happen).
///
/// This runs after the second stage (`EntitySpanClassifier`): it reads the organisations the
/// second stage kept.
enum EntityShortNames {
    typealias Found = EntityMentionCleanup.Found

    /// `found` (in text order) with every such head word, a common word written capitalised
    /// mid-sentence after "the", not before another capitalised word or "of", added as an
    /// organisation.
    static func added(_ found: [Found], _ doc: Document, _ features: EntityFeatures, gazetteer: EntityGazetteer)
        -> [Found]
    {
        let tokens = doc.tokens
        var heads: Set<UInt64> = []
        for m in found where m.type == .organization && m.tokens.count >= 3 {
            let first = m.tokens.lowerBound
            if tokens[first].has(.capitalized) && !tokens[first].has(.allCaps),
                tokens[first + 1].lowerHash == EntityMentionCleanup.of
            {
                heads.insert(tokens[first].hash)
            }
        }
        guard !heads.isEmpty else { return found }
        let common =
            EntityGazetteer.Membership.commonWord.rawValue | EntityGazetteer.Membership.lowercaseElsewhere.rawValue
        var out: [Found] = []
        out.reserveCapacity(found.count)
        var n = 0
        for k in 1..<tokens.count where tokens[k].has(.capitalized) && heads.contains(tokens[k].hash) {
            guard tokens[k - 1].lowerHash == EntityAffiliations.the,
                !tokens[k - 1].has(.capitalized) || features.opensSentence(k - 1), !features.opensSentence(k),
                k + 1 == tokens.count
                    || !tokens[k + 1].has(.capitalized) && tokens[k + 1].lowerHash != EntityMentionCleanup.of,
                features.facts[k].gazetteer & common != 0, !gazetteer.isNationality(doc, k..<(k + 1))
            else { continue }
            while n < found.count && found[n].tokens.upperBound <= k {
                out.append(found[n])
                n += 1
            }
            if n < found.count && found[n].tokens.lowerBound <= k { continue }
            out.append((k..<(k + 1), .organization))
        }
        out.append(contentsOf: found[n...])
        return out
    }
}
