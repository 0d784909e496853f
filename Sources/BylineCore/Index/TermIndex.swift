/// The word index: lowercased word -> the articles containing it, in increasing order, stored
/// as a few sorted segments (keys, offsets, article ids in flat arrays) rather than one array
/// per word, so building it is sequential sorting instead of a cache miss per word, and
/// loading it from the cache is a copy. Keys are the top 48 bits of the word's `TermScanner`
/// hash. A word index taken from the cache stays in the cache file (`StoredTermSegment`); one
/// being built goes to a scratch file a segment at a time once its segments stop merging.
public struct TermIndex: Sendable {
    struct Segment: Sendable, Hashable {
        var keys: [UInt64]
        /// Postings of `keys[i]` are `articles[offsets[i]..<offsets[i + 1]]`.
        var offsets: [Int32]
        var articles: [Int32]
        /// Articles the segment covers (some may contain no words).
        var span: Int
    }

    private(set) var segments: [Segment] = []
    /// Segments left in the cache file or a scratch file, covering the articles before `segments`.
    private(set) var stored: [StoredTermSegment] = []
    /// Where segments go once they cover `spillFrom` articles, if anywhere.
    private var scratch: OpenFile?
    private var spillFrom = TermIndex.spilledSpan

    public init() {}

    /// An empty index whose segments go to the scratch file `scratch` as they grow, so a
    /// collection being built holds at most a few segments' worth of words in memory.
    init(spillingTo scratch: OpenFile?, from span: Int = TermIndex.spilledSpan) {
        self.scratch = scratch
        spillFrom = span
    }

    init(segments: [Segment]) { self.segments = segments }

    init(stored: [StoredTermSegment]) { self.stored = stored }

    static func key(_ hash: UInt64) -> UInt64 { hash >> 16 }

    /// The articles containing the word with `TermScanner` hash `hash`, in increasing order.
    func articles(hash: UInt64) -> [Int32] {
        let k = TermIndex.key(hash)
        var out = stored.flatMap { $0.articles(key: k) }
        for s in segments {
            var lo = 0
            var hi = s.keys.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if s.keys[mid] < k { lo = mid + 1 } else { hi = mid }
            }
            if lo < s.keys.count && s.keys[lo] == k { out += s.articles[Int(s.offsets[lo])..<Int(s.offsets[lo + 1])] }
        }
        return out
    }

    /// Segments are merged up to this many articles: a merge holds both halves and the whole at
    /// once, and at a million articles a whole index is a gigabyte; a word's postings are then
    /// looked up in a dozen segments or so, still in microseconds.
    static let largestMerge = 1 << 17
    /// Segments this large go to the scratch file, if there is one, and merge no further: a
    /// million articles' word index would otherwise be a gigabyte in memory, and what stays
    /// (at most this many articles' words) bounds what a merge holds at once, both halves and
    /// the whole. A lookup then reads a few dozen segments, still in well under a millisecond.
    static let spilledSpan = largestMerge / 4

    /// Adds a segment of later articles, merging equal-sized neighbours as a binary counter
    /// does, so there are O(log n) segments (up to `largestMerge` articles, then O(n / largestMerge))
    /// and each posting is copied O(log n) times.
    mutating func append(_ s: Segment) {
        segments.append(s)
        while segments.count >= 2, segments[segments.count - 2].span <= 2 * segments[segments.count - 1].span,
            segments[segments.count - 2].span + segments[segments.count - 1].span <= Self.largestMerge
        {
            let b = segments.removeLast()
            let a = segments.removeLast()
            segments.append(TermIndex.merge(a, b))
        }
        while let scratch, let first = segments.first, first.span >= spillFrom,
            let s = StoredTermSegment.spill(first, to: scratch)
        {
            stored.append(s)
            segments.removeFirst()
        }
    }

    /// Two segments, `a` covering earlier articles than `b`, as one.
    static func merge(_ a: Segment, _ b: Segment) -> Segment {
        var keys: [UInt64] = []
        var offsets: [Int32] = [0]
        var articles: [Int32] = []
        keys.reserveCapacity(max(a.keys.count, b.keys.count))
        articles.reserveCapacity(a.articles.count + b.articles.count)
        var i = 0
        var j = 0
        while i < a.keys.count || j < b.keys.count {
            let ka = i < a.keys.count ? a.keys[i] : UInt64.max
            let kb = j < b.keys.count ? b.keys[j] : UInt64.max
            let k = min(ka, kb)
            if ka == k {
                articles += a.articles[Int(a.offsets[i])..<Int(a.offsets[i + 1])]
                i += 1
            }
            if kb == k {
                articles += b.articles[Int(b.offsets[j])..<Int(b.offsets[j + 1])]
                j += 1
            }
            keys.append(k)
            offsets.append(Int32(articles.count))
        }
        return Segment(keys: keys, offsets: offsets, articles: articles, span: a.span + b.span)
    }
}

/// Collects the words of articles as they are indexed, and turns a batch into a segment by
/// one sort of packed (key, article-in-batch) numbers.
struct TermCollector: Sendable {
    private var packed: [UInt64] = []
    private var base: Int32 = 0
    private var count = 0

    /// Batches hold at most this many articles: the article's place in the batch takes 16 bits.
    static let batch = 1 << 16
    /// A batch is closed once it holds this many words (32 MB), before its sort needs more.
    static let wordsPerBatch = 1 << 22

    var isEmpty: Bool { count == 0 }

    /// Whether `id` fits in the current batch, which still has room.
    func accepts(_ id: Int32) -> Bool {
        count == 0 || (id >= base && Int(id - base) < TermCollector.batch && packed.count < TermCollector.wordsPerBatch)
    }

    /// The distinct word keys of a text, sorted: the part of indexing an article that needs
    /// only the article, so the loader's workers do it in parallel.
    static func words(in text: String) -> [UInt64] {
        var keys: [UInt64] = []
        // Folded to distinct keys whenever the list doubles past what was distinct, so a huge
        // article costs memory for its vocabulary, not for every word it repeats.
        var foldAt = 1 << 16
        TermScanner.forEachTerm(in: text) {
            keys.append(TermIndex.key($0))
            if keys.count >= foldAt {
                distinct(&keys)
                foldAt = max(1 << 16, keys.count * 2)
            }
        }
        distinct(&keys)
        return keys
    }

    /// Sorts `keys` and keeps one of each.
    private static func distinct(_ keys: inout [UInt64]) {
        keys.sort()
        var n = 0
        for k in keys where n == 0 || k != keys[n - 1] {
            keys[n] = k
            n += 1
        }
        keys.removeLast(keys.count - n)
    }

    /// Adds an article's words, as `words(in:)` gives them.
    mutating func add(article id: Int32, words: [UInt64]) {
        if count == 0 { base = id }
        count = Int(id - base) + 1
        let local = UInt64(id - base)
        // No reserveCapacity here: reserving a little more on every call would reallocate the
        // whole batch each time (quadratic); plain appends grow it geometrically.
        for k in words { packed.append(k << 16 | local) }
    }

    /// The batch as a segment; the collector starts a new batch.
    mutating func freeze() -> TermIndex.Segment {
        Self.sort(&packed)
        var keys: [UInt64] = []
        var offsets: [Int32] = [0]
        var articles: [Int32] = []
        articles.reserveCapacity(packed.count)
        for p in packed {
            let k = p >> 16
            if keys.last != k {
                if !keys.isEmpty { offsets.append(Int32(articles.count)) }
                keys.append(k)
            }
            articles.append(base + Int32(p & 0xFFFF))
        }
        if !keys.isEmpty { offsets.append(Int32(articles.count)) }
        let segment = TermIndex.Segment(keys: keys, offsets: offsets, articles: articles, span: count)
        packed = []
        count = 0
        return segment
    }

    /// Batches of fewer words are sorted by comparison; larger ones by radix.
    static let radixFrom = 1 << 14

    /// Sorts `values` in increasing order. A large batch, whose sort is the last step of a
    /// load's word index and runs on one core after the last article, goes through a radix sort
    /// of 16 bits a pass (a pass whose 16 bits are the same in every value is skipped), which costs
    /// a few instructions a value where a comparison sort costs over a hundred.
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n >= radixFrom else { return values.sort() }
        let digits = 1 << 16
        var counts = [Int32](repeating: 0, count: 4 * digits)
        counts.withUnsafeMutableBufferPointer { c in
            for x in values {
                c[Int(x & 0xFFFF)] += 1
                c[digits + Int(x >> 16 & 0xFFFF)] += 1
                c[2 * digits + Int(x >> 32 & 0xFFFF)] += 1
                c[3 * digits + Int(x >> 48)] += 1
            }
        }
        var scratch = [UInt64](repeating: 0, count: n)
        for pass in 0..<4 {
            let shift = UInt64(16 * pass)
            let base = pass * digits
            if Int(counts[base + Int(values[0] >> shift & 0xFFFF)]) == n { continue }
            values.withUnsafeBufferPointer { from in
                scratch.withUnsafeMutableBufferPointer { to in
                    counts.withUnsafeMutableBufferPointer { c in
                        // Where each digit's values start: the counts before it.
                        var start: Int32 = 0
                        for d in base..<(base + digits) { (c[d], start) = (start, start + c[d]) }
                        for x in from {
                            let d = base + Int(x >> shift & 0xFFFF)
                            to[Int(c[d])] = x
                            c[d] += 1
                        }
                    }
                }
            }
            swap(&values, &scratch)
        }
    }
}
