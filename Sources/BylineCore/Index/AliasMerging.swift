import BylineNLP

/// Collection-wide alias merging for people: a bare surname ("Blinken") that one article
/// leaves unresolved joins the one full name in the collection that ends with it ("Antony
/// Blinken"). When two full names share the surname ("Kim Jong Un", "Kim Yo Jong" for "Kim")
/// the bare name stays on its own rather than guess.
enum AliasMerging {
    /// For every entity key, the key it merges into (itself when it stays alone).
    static func representatives(_ v: Vocabulary, alive: [Bool]) -> [Int32] {
        var rep = (0..<Int32(v.keys.count)).map { $0 }
        let surnames = fullNamesBySurname(v, alive: alive)
        for (i, k) in v.keys.enumerated() where k.type == .person && alive[i] {
            let name = v.string(k.name)
            guard !name.contains(" "), let candidates = surnames[name.lowercased()], candidates.count == 1 else { continue }
            rep[i] = candidates[0]
        }
        return rep
    }

    /// Lowercased last word -> the distinct multi-word person keys ending with it.
    static func fullNamesBySurname(_ v: Vocabulary, alive: [Bool]) -> [String: [Int32]] {
        var out: [String: [Int32]] = [:]
        for (i, k) in v.keys.enumerated() where k.type == .person && alive[i] {
            let name = v.string(k.name)
            guard let space = name.lastIndex(of: " ") else { continue }
            let last = name[name.index(after: space)...].lowercased()
            guard !last.isEmpty else { continue }
            out[last, default: []].append(Int32(i))
        }
        return out
    }
}
