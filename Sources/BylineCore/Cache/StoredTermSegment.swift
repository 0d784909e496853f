/// A segment of the word index left in the cache file: a cached start holds only every
/// `sampleEvery`-th key, and a lookup reads the block of keys around the word, its two offsets
/// and its postings with `pread`. The word index is the largest part of a collection's index
/// (about a kilobyte per article); searched words are a few, so reading them costs
/// microseconds where holding them all would cost more memory than everything else together.
///
/// The section's checksum is checked once, when the cache opens; every lookup still checks
/// each range against the section, so damage done to the file later gives empty answers,
/// never a trap.
struct StoredTermSegment: Sendable {
    private let file: OpenFile
    /// Where the segment lies in the file, as `BinaryWriter.segment` wrote it.
    let bytes: Range<Int>
    /// Articles the segment covers.
    let span: Int
    private let keyCount: Int
    private let articleCount: Int
    /// Where the keys, the offsets and the article ids start in the file.
    private let keysAt: Int
    private let offsetsAt: Int
    private let articlesAt: Int
    /// `keys[0]`, `keys[sampleEvery]`, …: which block of keys to read for a word.
    private let sample: [UInt64]

    static let sampleEvery = 128

    /// The articles holding the word with key `k` (`TermIndex.key`), in increasing order.
    func articles(key k: UInt64) -> [Int32] {
        var lo = 0
        var hi = sample.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sample[mid] <= k { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return [] }
        let first = (lo - 1) * Self.sampleEvery
        let n = min(Self.sampleEvery, keyCount - first)
        guard let block = file.values(UInt64.self, at: keysAt + first * 8, count: n),
            let j = block.firstIndex(of: k),
            let o = file.values(Int32.self, at: offsetsAt + (first + j) * 4, count: 2),
            o[0] >= 0, o[0] <= o[1], Int(o[1]) <= articleCount
        else { return [] }
        return file.values(Int32.self, at: articlesAt + Int(o[0]) * 4, count: Int(o[1] - o[0])) ?? []
    }

    /// The segments of the word index stored in `range` of `file` (as `BinaryWriter.terms`
    /// wrote it), or nil when the layout does not hold together.
    static func segments(in file: OpenFile, _ range: Range<Int>) -> [StoredTermSegment]? {
        guard range.count >= 4, let n = file.values(UInt32.self, at: range.lowerBound, count: 1),
            Int(n[0]) * 20 <= range.count
        else { return nil }
        var at = range.lowerBound + 4
        var out: [StoredTermSegment] = []
        for _ in 0..<Int(n[0]) {
            guard let s = segment(in: file, at: at, upTo: range.upperBound) else { return nil }
            out.append(s)
            at = s.bytes.upperBound
        }
        return at == range.upperBound ? out : nil
    }

    /// `s` appended to the scratch file `file` (as `BinaryWriter.segment` writes it), to be read
    /// back from there; nil when it could not be written.
    static func spill(_ s: TermIndex.Segment, to file: OpenFile) -> StoredTermSegment? {
        var w = BinaryWriter()
        w.segment(s)
        guard let at = w.bytes.withUnsafeBytes({ file.append($0) }) else { return nil }
        return segment(in: file, at: at, upTo: at + w.bytes.count)
    }

    /// The segment written at `start` of `file` and ending by `limit`, or nil when its layout
    /// does not hold together.
    private static func segment(in file: OpenFile, at start: Int, upTo limit: Int) -> StoredTermSegment? {
        var at = start
        func number<T: FixedWidthInteger>(_: T.Type) -> Int? {
            guard at + MemoryLayout<T>.size <= limit, let v = file.values(T.self, at: at, count: 1) else {
                return nil
            }
            at += MemoryLayout<T>.size
            return Int(v[0])
        }
        /// An array's count and where its elements start; `at` moves past it.
        func array(of size: Int) -> (count: Int, at: Int)? {
            guard let n = number(UInt32.self), n * size <= limit - at else { return nil }
            defer { at += n * size }
            return (n, at)
        }
        guard let span = number(Int64.self), span >= 0, let keys = array(of: 8), let offsets = array(of: 4),
            let articles = array(of: 4), offsets.count == keys.count + 1,
            let ends = file.values(Int32.self, at: offsets.at, count: 1),
            let last = file.values(Int32.self, at: offsets.at + keys.count * 4, count: 1),
            ends[0] == 0, Int(last[0]) == articles.count,
            let sample = Self.sample(file, keys.at, keys.count)
        else { return nil }
        return StoredTermSegment(
            file: file, bytes: start..<at, span: span, keyCount: keys.count, articleCount: articles.count,
            keysAt: keys.at, offsetsAt: offsets.at, articlesAt: articles.at, sample: sample)
    }

    /// The segment's bytes as `BinaryWriter.segment` wrote them, read a few megabytes at a time
    /// into `body`; false when they can no longer all be read.
    func copy(into body: ([UInt8]) throws -> Void) rethrows -> Bool {
        var at = bytes.lowerBound
        while at < bytes.upperBound {
            guard let piece = file.read(at..<min(bytes.upperBound, at + Checksum.Running.chunk)) else { return false }
            try body(piece)
            at += piece.count
        }
        return true
    }

    /// Every `sampleEvery`-th of the `count` keys at `at`, read a few megabytes at a time.
    private static func sample(_ file: OpenFile, _ at: Int, _ count: Int) -> [UInt64]? {
        var out: [UInt64] = []
        out.reserveCapacity((count + sampleEvery - 1) / sampleEvery)
        let step = sampleEvery * 4096
        var first = 0
        while first < count {
            let n = min(step, count - first)
            guard let keys = file.values(UInt64.self, at: at + first * 8, count: n) else { return nil }
            out.append(contentsOf: stride(from: 0, to: n, by: sampleEvery).map { keys[$0] })
            first += n
        }
        return out
    }
}
