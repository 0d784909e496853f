import BylineCore

/// Connects the reader's read marks (article keys, `Article.key`) with the marks file, which keys
/// an article by its URL when it has one (`ReadMarks.key(for:)`), so a story saved twice is read once.
struct ReadMarkStore {
    private var marks: ReadMarks
    /// Article keys already written, so each save writes only what is new.
    private var saved: Set<String> = []

    init(marks: ReadMarks) {
        self.marks = marks
    }

    /// Problems met reading the file (a corrupted one moved aside).
    var warnings: [String] { marks.warnings }

    /// The articles of `collection` the file marks as read, as article keys (remembered as
    /// already written).
    mutating func readKeys(in collection: ArticleCollection) -> Set<String> {
        guard marks.count > 0 else { return [] }
        var out = Set<String>()
        for a in collection.articles where marks.isRead(ReadMarks.key(for: a)) { out.insert(a.key) }
        saved.formUnion(out)
        return out
    }

    /// Records the articles of `keys` not yet written and saves the file (merging with other
    /// readers' marks). Returns the error message when the file cannot be written.
    mutating func save(_ keys: Set<String>, in collection: ArticleCollection) -> String? {
        let fresh = keys.subtracting(saved)
        guard !fresh.isEmpty else { return nil }
        for a in collection.articles where fresh.contains(a.key) { marks.mark(ReadMarks.key(for: a)) }
        do {
            try marks.save()
            saved.formUnion(fresh)
            return nil
        } catch {
            return "cannot save read marks: \(error)"
        }
    }
}
