/// The grammatical gender a pronoun needs and a candidate antecedent shows.
enum Gender: Sendable {
    case male, female, unknown

    /// From a title or noun ("Mr", "Ms", "spokeswoman"), by lowercase hash. Given names count
    /// only in a name (see `of(nameWord:)`): as a noun, "the star" or "the king" is anyone.
    static func of(word h: UInt64) -> Gender {
        if QuoteWords.maleTitles.contains(h) || QuoteWords.maleNouns.contains(h) { return .male }
        if QuoteWords.femaleTitles.contains(h) || QuoteWords.femaleNouns.contains(h) { return .female }
        return .unknown
    }

    /// From a word of a person's name: a title or a given name (see `GivenNames.gender`).
    static func of(nameWord h: UInt64, beforeSurname: Bool) -> Gender {
        let g = of(word: h)
        return g == .unknown ? GivenNames.gender(h, beforeSurname: beforeSurname) : g
    }

    /// The gender "he" or "she" asks for; unknown for any other word.
    static func of(pronoun h: UInt64) -> Gender {
        if QuoteWords.malePronouns.contains(h) { return .male }
        if QuoteWords.femalePronouns.contains(h) { return .female }
        return .unknown
    }
}
