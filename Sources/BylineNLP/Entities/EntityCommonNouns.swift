/// Names found that the article writes as common words: a pronoun capitalised in a title ("They
/// Can't Stop All of Us"), which the tagger, seeing a capital on a short word, may read as "US".
///
/// This runs after the second stage (`EntitySpanClassifier`), which reads a name's words in
/// lowercase and so cannot tell "Us" from "US".
enum EntityCommonNouns {
    typealias Found = EntityMentionCleanup.Found

    /// Pronouns: written in mixed case alone ("Us", "We") they name nothing; "US" in capitals is
    /// the country, and "IT" a department, so only mixed case counts.
    static let pronouns: TokenSet = TokenSet(
        Set(["Us", "We", "Me", "Him", "Her", "Them", "They", "He", "She", "It", "You"].map { TokenHash.of($0) }))

    /// `found` without the one-word names that are pronouns in mixed case.
    static func filtered(_ found: [Found], _ doc: Document) -> [Found] {
        found.filter { m in
            m.tokens.count != 1 || !pronouns.contains(doc.tokens[m.tokens.lowerBound].hash)
        }
    }
}
