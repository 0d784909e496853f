import BylineNLP

/// Collection-wide alias merging for people: a shorter name that one article leaves on its own
/// ("Blinken") joins the one fuller name in the collection it stands for ("Antony Blinken"),
/// decided by the NLP's `EntityAliases.resolveShortNames`. When two full names fit ("Kim Jong
/// Un", "Kim Yo Jong" for "Kim") the short name stays on its own rather than guess. Names are
/// first grouped by their last word, so the rule only ever compares names that can match and
/// the work stays linear in the number of names.
enum AliasMerging {
    /// For every entity key, the key it merges into (itself when it stays alone). Only keys
    /// some article still uses (`alive`) take part.
    static func representatives(_ v: Vocabulary, alive: [Bool]) -> [Int32] {
        var rep = (0..<Int32(v.keys.count)).map { $0 }
        var byLastWord: [String: [Int32]] = [:]
        for (i, k) in v.keys.enumerated() where k.type == .person && alive[i] {
            let name = v.string(k.name)
            guard let last = name.split(separator: " ").last?.lowercased() else { continue }
            byLastWord[last, default: []].append(Int32(i))
        }
        for group in byLastWord.values where group.count > 1 {
            let names = group.map { v.name(ofKey: $0) }
            let fuller = EntityAliases.resolveShortNames(names, type: .person)
            guard !fuller.isEmpty else { continue }
            var keyOf: [String: Int32] = [:]
            for (k, n) in zip(group, names) { keyOf[n] = k }
            for (k, n) in zip(group, names) {
                if let full = fuller[n], let target = keyOf[full] { rep[Int(k)] = target }
            }
        }
        return rep
    }
}
