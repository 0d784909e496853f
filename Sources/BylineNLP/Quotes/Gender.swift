/// The grammatical gender a pronoun needs and a candidate antecedent shows.
enum Gender: Sendable {
    case male, female, unknown

    /// From a title or noun ("Mr", "Ms", "spokeswoman") or a given name, by lowercase hash.
    static func of(word h: UInt64) -> Gender {
        if QuoteWords.maleTitles.contains(h) || QuoteWords.maleNouns.contains(h) || GivenNames.male.contains(h) {
            return .male
        }
        if QuoteWords.femaleTitles.contains(h) || QuoteWords.femaleNouns.contains(h) || GivenNames.female.contains(h) {
            return .female
        }
        return .unknown
    }

    /// The gender "he" or "she" asks for; unknown for any other word.
    static func of(pronoun h: UInt64) -> Gender {
        if QuoteWords.malePronouns.contains(h) { return .male }
        if QuoteWords.femalePronouns.contains(h) { return .female }
        return .unknown
    }
}
