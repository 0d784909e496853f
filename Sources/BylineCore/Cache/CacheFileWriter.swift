import BylineNLP
import Foundation

/// Writes one cache file front to back: header, records (flushed every few megabytes, each
/// with its checksum noted, each file's article texts just before its record), vocabulary,
/// word index, table of files, trailer.
struct CacheFileWriter {
    private let out: FileHandle
    private var buffer = BinaryWriter()
    private var written = 0

    init(_ out: FileHandle) { self.out = out }

    /// Bytes of the trailer: nine numbers and the magic.
    static let trailerSize = 9 * 8 + 8

    private mutating func flush(force: Bool = false) throws {
        guard force || buffer.bytes.count >= 4 << 20 else { return }
        try out.write(contentsOf: buffer.bytes)
        written += buffer.bytes.count
        buffer = BinaryWriter()
    }

    private var position: Int { written + buffer.bytes.count }

    /// Appends a section built whole, returning where it starts, its length and checksum.
    private mutating func section(_ body: (inout BinaryWriter) -> Void) throws -> (Int, Int, UInt64) {
        var w = BinaryWriter()
        body(&w)
        let start = position
        buffer.append(w.bytes)
        try flush()
        return (start, w.bytes.count, Checksum.of(w.bytes, 0..<w.bytes.count))
    }

    /// Appends the word index a segment at a time (a million articles' takes a gigabyte),
    /// returning where it starts, its length and checksum.
    private mutating func termsSection(_ terms: TermIndex?) throws -> (Int, Int, UInt64) {
        let start = position
        let length = terms.map(BinaryWriter.termsLength) ?? 0
        var sum = Checksum.Running(count: length)
        if let terms {
            var head = BinaryWriter()
            head.count(terms.stored.count + terms.segments.count)
            try put(head.bytes, adding: &sum)
            // Segments in a scratch file (or the cache file being replaced) are copied as they lie.
            for s in terms.stored {
                guard try s.copy(into: { try put($0, adding: &sum) }) else { throw CacheCorrupt() }
            }
            for s in terms.segments {
                var w = BinaryWriter()
                w.segment(s)
                try put(w.bytes, adding: &sum)
            }
        }
        return (start, length, sum.value)
    }

    /// Writes `bytes` straight to the file, after what the buffer holds.
    private mutating func put(_ bytes: [UInt8], adding sum: inout Checksum.Running) throws {
        bytes.withUnsafeBytes { sum.add($0) }
        try flush(force: true)
        try out.write(contentsOf: bytes)
        written += bytes.count
    }

    /// `texts` gives the texts of an entry's articles, in order, or nil when they cannot be had
    /// (the file is then left out).
    mutating func write(
        vocabulary: Vocabulary, entries: some Sequence<CacheEntry>, articles: ChunkedArray<Article>,
        annotations: ArticleAnnotations, terms: TermIndex?, texts: (CacheEntry) -> [CacheText]?
    ) throws {
        for b in AnnotationCache.magic { buffer.u8(b) }
        buffer.u32(AnnotationCache.formatVersion)
        buffer.string(Pipeline.version)
        buffer.string(AnnotationCache.schema)
        let recordsStart = position
        var table = BinaryWriter()
        var complete: [CacheEntry] = []
        for e in entries where e.articles.allSatisfy({ annotations.isAnnotated($0) }) {
            // An annotation held in the old cache file that can no longer be had leaves the file out.
            let found = annotations.annotations(of: e.articles)
            guard let bodies = texts(e), bodies.count == e.articles.count, !found.contains(where: { $0 == nil })
            else { continue }
            complete.append(e)
            var spots: [(at: Int, length: Int, checksum: UInt64)] = []
            for body in bodies {
                try body.withBytes { b in
                    spots.append((position, b.count, Checksum.of(b)))
                    // A long text goes straight to the file rather than through a copy in the buffer.
                    if b.count < 1 << 20 {
                        buffer.append(Array(b))
                    } else {
                        try flush(force: true)
                        try out.write(contentsOf: b)
                        written += b.count
                    }
                }
            }
            try flush()
            let (at, length, sum) = try section { w in
                for (k, i) in e.articles.enumerated() {
                    w.article(articles[i], textAt: spots[k].at, length: spots[k].length, checksum: spots[k].checksum)
                    w.annotation(found[k]!)
                }
            }
            table.string(e.key)
            table.i64(e.size)
            table.f64(e.modified)
            table.i64(Int64(at - recordsStart))
            table.i64(Int64(length))
            table.count(e.articles.count)
            table.i64(Int64(bitPattern: sum))
        }
        var counted = BinaryWriter()
        counted.count(complete.count)
        let vocab = try section { $0.vocabulary(vocabulary) }
        let all = complete.reduce(0) { $0 + $1.articles.count } == articles.count
        let words = try termsSection(all ? terms : nil)
        let tableAt = position
        buffer.append(counted.bytes)
        buffer.append(table.bytes)
        let tableLength = counted.bytes.count + table.bytes.count
        for n in [recordsStart, vocab.0, vocab.1, words.0, words.1, tableAt, tableLength] { buffer.i64(Int64(n)) }
        buffer.i64(Int64(bitPattern: vocab.2))
        buffer.i64(Int64(bitPattern: words.2))
        for b in AnnotationCache.magic { buffer.u8(b) }
        try flush(force: true)
        try out.synchronize()
    }
}

/// An article's text for the cache file: bytes already at hand (read back from the cache file), or
/// the text itself, written from its own storage so a long one is never copied whole.
public enum CacheText {
    case bytes([UInt8])
    case text(String)

    func withBytes(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch self {
        case .bytes(let b): try b.withUnsafeBytes(body)
        case .text(var s): try s.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }
}
