/// Full names of people the news often names by surname alone ("Obama"), one per surname
/// (`Resources/gazetteer/known-people.txt`, built by `Scripts/build-known-people.py`), so a
/// speaker the article only ever calls "Mr. Obama" still gets the name readers know.
enum KnownPeople {
    /// Full names by the lowercase hash of their last word.
    static let byLastWord: [UInt64: String] = {
        var out: [UInt64: String] = [:]
        for name in EntityGazetteer.resource("known-people") {
            guard let last = name.lastWord else { continue }
            out[TokenHash.lower(last)] = name
        }
        return out
    }()

    /// The known full name ending with the words of `name`, if any.
    static func fullName(_ name: String) -> String? {
        guard let last = name.lastWord, let full = byLastWord[TokenHash.lower(last)], full.endsWithWords(name)
        else { return nil }
        return full
    }
}
