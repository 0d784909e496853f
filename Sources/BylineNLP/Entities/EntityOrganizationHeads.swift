/// Names whose head word says they are an organisation, whatever the tagger read.
///
/// A name's head is the word that says what it names: its last word ("World Health
/// Organisation"), or in "X of Y" the word before "of" ("Department of Housing", "University of
/// Essex"). The tagger weighs the words around a name as much as its head, so a body whose name
/// opens like an event ("World …") comes out as a miscellaneous name and drops out of the
/// listing, and a department of a country ("United States Department of State") comes out as
/// the country, a place. An organisation word at the head settles both.
enum EntityOrganizationHeads {
    /// Organisation words that also head names of events and competitions ("Premier League",
    /// "Davis Cup Group") or of places ("Mexico City", "Soviet Union", "West Bank"): they do not
    /// make a miscellaneous name an organisation.
    static let sharedHeads: TokenSet = EntityMentionCleanup.placeHeads.union(
        TokenSet(Set(["League", "Group", "Club", "United", "Times", "Post", "News"].map { TokenHash.lower($0) })))

    /// Category numbers of `EntityTag`.
    static let organization = 1
    static let misc = 3

    /// `spans` with each miscellaneous name of two words or more ending in an organisation word
    /// (other than `sharedHeads`) made an organisation, and with it a short form in brackets
    /// right after it ("World Health Organisation (WHO)").
    static func spans(
        _ spans: [(tokens: Range<Int>, category: Int)], _ doc: Document, _ features: EntityFeatures
    ) -> [(tokens: Range<Int>, category: Int)] {
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        var out = spans
        for n in out.indices where out[n].category == misc && out[n].tokens.count > 1 {
            let last = out[n].tokens.upperBound - 1
            guard features.facts[last].gazetteer & orgWord != 0, doc.tokens[last].has(.capitalized),
                !sharedHeads.contains(doc.tokens[last].lowerHash)
            else { continue }
            out[n].category = organization
            if n + 1 < out.count, out[n + 1].category == misc, out[n + 1].tokens.count == 1,
                out[n + 1].tokens.lowerBound == last + 2, doc.isPunct(last + 1, "(")
            {
                out[n + 1].category = organization
            }
        }
        return out
    }

    /// The type of a place named "X of Y" whose head, the word before its first "of", is an
    /// organisation word ("United States Department of State"): an organisation. Heads that
    /// also head places ("City of London", "Gulf of Mexico") leave it a place; "Bank" heads
    /// places only without "of" ("West Bank", but "Bank of England").
    static func type(of found: EntityMentionCleanup.Found, _ doc: Document, _ features: EntityFeatures)
        -> EntityType
    {
        guard found.type == .place,
            let k = found.tokens.dropFirst().first(where: { doc.tokens[$0].lowerHash == EntityMentionCleanup.of })
        else { return found.type }
        let head = doc.tokens[k - 1].lowerHash
        guard features.facts[k - 1].gazetteer & EntityGazetteer.Membership.organizationWord.rawValue != 0,
            !EntityMentionCleanup.ofHeads.contains(head),
            !EntityMentionCleanup.placeHeads.contains(head) || head == bank
        else { return found.type }
        return .organization
    }
    static let bank = TokenHash.lower("Bank")

    /// Organisations named for two things joined by "and", which the tagger cuts at the "and"
    /// ("the Food and Drug Administration", "the Fish and Game Commission"): a mention ending in
    /// an organisation word right after "and", with one capitalised word before the "and" and
    /// "the" before that, takes that word in (and a one-word mention the tagger made of it).
    static func withConjunct(_ found: [EntityMentionCleanup.Found], _ doc: Document, _ features: EntityFeatures)
        -> [EntityMentionCleanup.Found]
    {
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        let tokens = doc.tokens
        var out: [EntityMentionCleanup.Found] = []
        out.reserveCapacity(found.count)
        for m in found {
            let a = m.tokens.lowerBound
            guard m.type != .person, a >= 3, features.facts[m.tokens.upperBound - 1].gazetteer & orgWord != 0,
                tokens[a - 1].lowerHash == and, !tokens[a - 1].has(.capitalized),
                tokens[a - 2].kind == .word, tokens[a - 2].has(.capitalized), !tokens[a - 2].has(.lineStart),
                tokens[a - 3].lowerHash == the, !tokens[a - 3].has(.capitalized)
            else {
                out.append(m)
                continue
            }
            if let last = out.last, last.tokens.upperBound > a - 2 {
                guard last.tokens == (a - 2)..<(a - 1), last.type != .person else {
                    out.append(m)
                    continue
                }
                out.removeLast()
            }
            out.append(((a - 2)..<m.tokens.upperBound, .organization))
        }
        return out
    }
    static let and = TokenHash.lower("and")
    static let the = TokenHash.lower("the")
}
