/// The files of a load as the cache records them, packed: their keys in one buffer, the rest in
/// fixed-size rows. A load holds one entry per file until it ends; at 100,000 files the keys as
/// strings and the entries took 12.7 MB.
struct CacheEntries: RandomAccessCollection, Sendable {
    private struct Row: Sendable {
        var keyEnd: Int
        var size: Int64
        var modified: Double
        var firstArticle: Int32
        var articleCount: Int32
    }

    private var keys: [UInt8] = []
    private var rows: [Row] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { rows.count }

    subscript(i: Int) -> CacheEntry {
        let start = i == 0 ? 0 : rows[i - 1].keyEnd
        let row = rows[i]
        return CacheEntry(
            key: String(decoding: keys[start..<row.keyEnd], as: UTF8.self), size: row.size, modified: row.modified,
            articles: articles(at: i))
    }

    /// The articles of entry `i`, without making its key.
    func articles(at i: Int) -> Range<Int> {
        let first = Int(rows[i].firstArticle)
        return first..<(first + Int(rows[i].articleCount))
    }

    mutating func append(_ e: CacheEntry) {
        var key = e.key
        key.withUTF8 { keys.append(contentsOf: $0) }
        rows.append(
            Row(
                keyEnd: keys.count, size: e.size, modified: e.modified,
                firstArticle: Int32(clamping: e.articles.lowerBound),
                articleCount: Int32(clamping: e.articles.count)))
    }
}
