/// Picker matching: the typed letters must appear in order in the name (case-insensitive);
/// matches at word starts and in runs score higher, so "jl" finds "Jean Lee" before "Jalil".
enum FuzzyMatch {
    /// The score of `pattern` in `name`, or nil when it does not match. An empty pattern matches all.
    static func score(_ pattern: String, in name: String) -> Int? {
        if pattern.isEmpty { return 0 }
        let p = Array(pattern.lowercased().unicodeScalars.filter { $0 != " " })
        if p.isEmpty { return 0 }
        let n = Array(name.lowercased().unicodeScalars)
        var score = 0, pi = 0, run = 0
        for (i, s) in n.enumerated() where pi < p.count {
            if s == p[pi] {
                let wordStart = i == 0 || !n[i - 1].properties.isAlphabetic
                score += 1 + (wordStart ? 8 : 0) + run * 4
                run += 1
                pi += 1
            } else {
                run = 0
            }
        }
        guard pi == p.count else { return nil }
        if name.lowercased().hasPrefix(pattern.lowercased()) { score += 20 }
        return score - n.count / 8
    }
}
