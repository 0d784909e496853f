import BylineNLP
import Foundation

/// An opened cache file: its table of files read up front, everything else decoded on demand
/// from the (memory-mapped) bytes, so opening costs little even for a hundred thousand articles
/// and the workers decode the records of the files they handle in parallel.
public struct CachedCollection: Sendable {
    struct Record: Sendable {
        var size: Int64
        var modified: Double
        var bytes: Range<Int>
        var articles: Int
        var checksum: UInt64
    }

    private let data: Data
    private let records: [String: Record]
    /// The record keys in the order the files were loaded.
    public let order: [String]
    private let vocabularyBytes: Range<Int>
    private let termBytes: Range<Int>
    private let vocabularyChecksum: UInt64
    private let termChecksum: UInt64

    init(_ data: Data) throws(CacheCorrupt) {
        guard let table = data.withUnsafeBytes({ try? CachedCollection.table($0) }) else { throw CacheCorrupt() }
        self.data = data
        (records, order, vocabularyBytes, vocabularyChecksum, termBytes, termChecksum) = table
    }

    /// Reads the header, the trailer and the table of files; checks every range lies inside the file.
    static func table(_ buf: UnsafeRawBufferPointer) throws(CacheCorrupt) -> ([String: Record], [String], Range<Int>, UInt64, Range<Int>, UInt64) {
        var r = BinaryReader(buf)
        for b in AnnotationCache.magic where try r.u8() != b { throw CacheCorrupt() }
        guard try r.u32() == AnnotationCache.formatVersion, try r.string() == Pipeline.version,
              try r.string() == AnnotationCache.schema else { throw CacheCorrupt() }
        let headerEnd = r.offset
        let trailerAt = buf.count - CacheFileWriter.trailerSize
        guard trailerAt >= headerEnd else { throw CacheCorrupt() }
        var t = BinaryReader(UnsafeRawBufferPointer(rebasing: buf[trailerAt...]))
        var n: [Int] = []
        for _ in 0..<7 { n.append(Int(try t.i64())) }
        let vocabSum = UInt64(bitPattern: try t.i64()), wordSum = UInt64(bitPattern: try t.i64())
        for b in AnnotationCache.magic where try t.u8() != b { throw CacheCorrupt() }
        let (recordsStart, vocabAt, vocabLength, wordsAt, wordsLength, tableAt, tableLength) = (n[0], n[1], n[2], n[3], n[4], n[5], n[6])
        func inside(_ at: Int, _ length: Int) -> Bool { at >= headerEnd && length >= 0 && at <= trailerAt && length <= trailerAt - at }
        guard recordsStart == headerEnd, inside(vocabAt, vocabLength), inside(wordsAt, wordsLength), inside(tableAt, tableLength),
              vocabAt >= recordsStart else { throw CacheCorrupt() }
        var tr = BinaryReader(UnsafeRawBufferPointer(rebasing: buf[tableAt..<(tableAt + tableLength)]))
        let count = try tr.count(minSize: 40)
        var records: [String: Record] = [:]
        var order: [String] = []
        records.reserveCapacity(count)
        order.reserveCapacity(count)
        let recordsLength = vocabAt - recordsStart
        for _ in 0..<count {
            let key = try tr.string(), size = try tr.i64(), modified = try tr.f64()
            let at = Int(try tr.i64()), length = Int(try tr.i64()), articles = try tr.count(), sum = UInt64(bitPattern: try tr.i64())
            guard at >= 0, length >= 0, at <= recordsLength, length <= recordsLength - at else { throw CacheCorrupt() }
            records[key] = Record(size: size, modified: modified, bytes: (recordsStart + at)..<(recordsStart + at + length),
                                  articles: articles, checksum: sum)
            order.append(key)
        }
        guard tr.atEnd else { throw CacheCorrupt() }
        return (records, order, vocabAt..<(vocabAt + vocabLength), vocabSum, wordsAt..<(wordsAt + wordsLength), wordSum)
    }

    /// The stamp a file had when cached, or nil for a file not in the cache.
    public func stamp(_ key: String) -> (size: Int64, modified: Double)? {
        records[key].map { ($0.size, $0.modified) }
    }

    /// A file's articles and annotations (paths left empty), or nil when absent or corrupt.
    public func file(_ key: String) -> CachedFile? {
        guard let rec = records[key] else { return nil }
        return data.withUnsafeBytes { buf -> CachedFile? in
            let bytes = UnsafeRawBufferPointer(rebasing: buf[rec.bytes])
            guard Checksum.of(bytes) == rec.checksum else { return nil }
            var r = BinaryReader(bytes)
            var articles: [Article] = [], annotations: [CompactAnnotation] = []
            do {
                for _ in 0..<rec.articles {
                    articles.append(try r.article(path: ""))
                    annotations.append(try r.annotation())
                }
            } catch { return nil }
            guard r.atEnd else { return nil }
            return CachedFile(size: rec.size, modified: rec.modified, articles: articles, annotations: annotations)
        }
    }

    /// The vocabulary the records' ids refer to, or nil when corrupt.
    public func vocabulary() -> Vocabulary? {
        data.withUnsafeBytes { buf in
            let bytes = UnsafeRawBufferPointer(rebasing: buf[vocabularyBytes])
            guard Checksum.of(bytes) == vocabularyChecksum else { return nil }
            var r = BinaryReader(bytes)
            guard let v = try? r.vocabulary(), r.atEnd else { return nil }
            return v
        }
    }

    /// The word index over all the files in `order`, when saved and intact.
    public func terms() -> TermIndex? {
        guard !termBytes.isEmpty else { return nil }
        return data.withUnsafeBytes { buf in
            let bytes = UnsafeRawBufferPointer(rebasing: buf[termBytes])
            guard Checksum.of(bytes) == termChecksum else { return nil }
            var r = BinaryReader(bytes)
            guard let t = try? r.terms(), r.atEnd else { return nil }
            return t
        }
    }
}
