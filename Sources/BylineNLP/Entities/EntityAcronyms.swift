import Foundation

/// Well-known short forms from a hand list ("DPRK", "UN", "U.S."), which alias matching expands
/// before comparing names; any other acronym is matched against initials in the same text.
struct EntityAcronyms: Sendable {
    /// Exact short form without periods -> the full name's words.
    let words: [UInt64: EntityNameWords]
    /// The same, as strings, for the collection-level string keys.
    let names: [String: String]

    static let standard = EntityAcronyms(lines: EntityGazetteer.resource("acronyms"))

    /// Lines of `SHORT<TAB>FULL`.
    init(lines: [String]) {
        var words: [UInt64: EntityNameWords] = [:]
        var names: [String: String] = [:]
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let short = String(parts[0].filter { $0 != "." })
            let full = String(parts[1]).trimmingCharacters(in: .whitespaces)
            let doc = Document(full)
            words[TokenHash.of(short)] = EntityNameWords(
                doc, 0..<doc.tokens.count, type: .organization, titles: TokenSet([:]))
            names[short] = full
        }
        self.words = words
        self.names = names
    }

    /// `name` with every well-known short form replaced by the words it stands for.
    func expanded(_ name: EntityNameWords) -> EntityNameWords {
        guard name.words.contains(where: { words[$0.bare] != nil }) else { return name }
        var out = EntityNameWords()
        for word in name.words {
            if let full = words[word.bare] { out.words += full.words } else { out.words.append(word) }
        }
        return out
    }

    /// The full name a short form, written without its periods, stands for ("US" -> "United
    /// States").
    func expansion(ofBare word: String) -> String? { names[word] }
}
