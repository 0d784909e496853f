/// What a reload found: articles new since the last load, changed (their file's size or time
/// differs) and gone, counted by article key.
public struct CollectionChanges: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    public var removed = 0

    public init(from old: ArticleCollection, to new: ArticleCollection) {
        var before: [String: (Int, Double)] = [:]
        before.reserveCapacity(old.count)
        for a in old.articles { before[a.key] = (a.fileSize, a.modified) }
        for a in new.articles {
            guard let (size, modified) = before.removeValue(forKey: a.key) else {
                added += 1
                continue
            }
            if size != a.fileSize || modified != a.modified { changed += 1 }
        }
        removed = before.count
    }

    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }

    /// "2 new, 1 changed, 3 removed", or "no changes".
    public var summary: String {
        let parts = [(added, "new"), (changed, "changed"), (removed, "removed")].filter { $0.0 > 0 }
        return parts.isEmpty ? "no changes" : parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
