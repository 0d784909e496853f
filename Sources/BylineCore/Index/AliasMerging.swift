import BylineNLP

/// Collection-wide alias merging.
///
/// People: a shorter name that one article leaves on its own ("Blinken") joins the one fuller
/// name in the collection it stands for ("Antony Blinken"), decided by the NLP's
/// `EntityAliases.resolveShortNames`. When two full names fit ("Kim Jong Un", "Kim Yo Jong" for
/// "Kim") the short name stays on its own rather than guess. Names are first grouped by their
/// last word without case or diacritics ("Erdogan" with "Recep Tayyip Erdoğan"), so the rule
/// only ever compares names that can match and the work stays linear in the number of names.
///
/// Organisations and places: names with the same `EntityNames.key` are one entity across the
/// collection ("SEOUL" in a dateline and "Seoul"; "UN" and "United Nations"), shown under the
/// fullest form written in mixed case.
enum AliasMerging {
    /// For every entity key, the key it merges into (itself when it stays alone). Only keys
    /// some article still uses (`alive`) take part. `nameKeys` holds each key's `nameKey`.
    ///
    /// People and the other names touch disjoint keys: in a large vocabulary the others are merged
    /// on a thread of their own while this one merges the people.
    static func representatives(_ v: Vocabulary, alive: [Bool], nameKeys: [String]) -> [Int32] {
        let identity = (0..<Int32(v.keys.count)).map { $0 }
        guard v.keys.count >= Index.parallelFrom else {
            var rep = identity
            mergeSameNames(v, alive: alive, nameKeys: nameKeys, into: &rep)
            mergePeople(v, alive: alive, nameKeys: nameKeys, into: &rep)
            return chainEnds(rep)
        }
        let others = BackgroundValue {
            var rep = identity
            mergeSameNames(v, alive: alive, nameKeys: nameKeys, into: &rep)
            return rep
        }
        var rep = identity
        mergePeople(v, alive: alive, nameKeys: nameKeys, into: &rep)
        let merged = others.value
        for (i, k) in v.keys.enumerated() where k.type != .person { rep[i] = merged[i] }
        return chainEnds(rep)
    }

    /// A person's short name joins the one fuller name of the collection it stands for.
    static func mergePeople(_ v: Vocabulary, alive: [Bool], nameKeys: [String], into rep: inout [Int32]) {
        var byLastWord: [String: [Int32]] = [:]
        for (i, k) in v.keys.enumerated() where k.type == .person && alive[i] && i < nameKeys.count {
            guard !nameKeys[i].isEmpty else { continue }
            byLastWord[nameKeys[i], default: []].append(Int32(i))
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
    }

    /// Every key pointed at the end of its chain: a name can join one that itself joins a fuller
    /// one ("Brudziński" -> "Brudzinski" -> "Joachim Brudziński"), and the index needs each key's
    /// representative to stand for itself. Names join only longer or better-written ones, so
    /// chains end; a cycle all the same leaves the key it is found at on its own.
    static func chainEnds(_ rep: [Int32]) -> [Int32] {
        var rep = rep
        for k in rep.indices {
            var r = rep[k]
            var steps = 0
            while rep[Int(r)] != r && steps < rep.count {
                r = rep[Int(r)]
                steps += 1
            }
            rep[k] = rep[Int(r)] == r ? r : Int32(k)
        }
        return rep
    }

    /// Organisations and places whose names share a key join the best-written of them.
    static func mergeSameNames(_ v: Vocabulary, alive: [Bool], nameKeys: [String], into rep: inout [Int32]) {
        var groups: [EntityKeyName: [Int32]] = [:]
        for (i, k) in v.keys.enumerated()
        where k.type != .person && alive[i] && i < nameKeys.count && !nameKeys[i].isEmpty {
            groups[EntityKeyName(type: k.type, key: nameKeys[i]), default: []].append(Int32(i))
        }
        for group in groups.values where group.count > 1 {
            let best = group.max { preference(v.name(ofKey: $0)) < preference(v.name(ofKey: $1)) }!
            for k in group { rep[Int(k)] = best }
        }
    }

    private struct EntityKeyName: Hashable {
        var type: EntityType
        var key: String
    }

    /// Mixed case over all capitals, then the longer (expanded) form; the earlier key on a tie,
    /// as `max` keeps the first of equals.
    private static func preference(_ name: String) -> (Int, Int) {
        (name.unicodeScalars.contains { $0.properties.isLowercase } ? 1 : 0, name.unicodeScalars.count)
    }

    /// What a vocabulary key is grouped by: for an organisation or a place its `EntityNames.key`
    /// (`mergeSameNames`), for a person the last word of the name without case or diacritics
    /// (`representatives`), for a date nothing ("").
    static func nameKey(_ v: Vocabulary, key k: Int) -> String {
        let key = v.keys[k]
        switch key.type {
        case .organization, .place: return EntityNames.key(v.string(key.name), type: key.type)
        case .person: return v.string(key.name).lastWord.map { EntityNames.folded(String($0)) } ?? ""
        case .date: return ""
        }
    }
}
