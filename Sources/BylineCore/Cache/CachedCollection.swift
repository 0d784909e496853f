import BylineNLP
import Foundation

/// An opened cache file: its table of files read up front, everything else read and decoded on
/// demand with `pread`, so opening costs little even for a million articles, the workers decode
/// the records of the files they handle in parallel, and the file's bytes never sit in memory
/// beside the articles decoded from them.
///
/// The table is held as records in the order the files were loaded and a map from each key's
/// hash to its record: no key is decoded into a string, which at a million files would cost
/// more than the rest of opening. A second, independent hash of the key, kept beside the map,
/// makes a collision of the first a miss (the file is then annotated again), never a wrong hit.
/// A load done reading its files keeps the records but not the map (`withoutLookup`).
public struct CachedCollection: Sendable {
    struct Record: Sendable {
        var size: Int64
        var modified: Double
        var bytes: Range<Int>
        var checksum: UInt64
        var articles: Int32
    }

    /// Finds a file's record by its key: the hash of the key -> its record, and each record's
    /// second hash of its key.
    struct Lookup: Sendable {
        var positions: [UInt64: Int32]
        var keyChecks: [UInt64]
    }

    private let file: OpenFile
    /// Fetches the texts the records point at, for the collection loaded from this file.
    public let texts: ArticleTexts
    /// In the order the files were loaded.
    private let records: [Record]
    private var lookup: Lookup?
    private let vocabularyBytes: Range<Int>
    private let termBytes: Range<Int>
    private let vocabularyChecksum: UInt64
    private let termChecksum: UInt64

    init(path: String) throws {
        guard let file = OpenFile(path) else { throw CacheCorrupt() }
        self.file = file
        texts = ArticleTexts(cache: file)
        (records, lookup, vocabularyBytes, vocabularyChecksum, termBytes, termChecksum) =
            try CachedCollection.table(file)
        // Texts lie among the records, before the vocabulary.
        textRegion = 0..<vocabularyBytes.lowerBound
    }

    /// Where article texts may lie in the file.
    private let textRegion: Range<Int>

    /// Reads the header, the trailer and the table of files; checks every range lies inside the file.
    static func table(_ file: OpenFile) throws -> ([Record], Lookup, Range<Int>, UInt64, Range<Int>, UInt64) {
        let size = file.size
        guard let head = file.read(0..<min(size, 4096)),
            let tail = file.read(max(0, size - CacheFileWriter.trailerSize)..<size)
        else {
            throw CacheCorrupt()
        }
        let headerEnd = try head.withUnsafeBytes { buf -> Int in
            var r = BinaryReader(buf)
            for b in AnnotationCache.magic where try r.u8() != b { throw CacheCorrupt() }
            guard try r.u32() == AnnotationCache.formatVersion, try r.string() == Pipeline.version,
                try r.string() == AnnotationCache.schema
            else { throw CacheCorrupt() }
            return r.offset
        }
        let trailerAt = size - CacheFileWriter.trailerSize
        guard tail.count == CacheFileWriter.trailerSize, trailerAt >= headerEnd else { throw CacheCorrupt() }
        let (n, vocabSum, wordSum) = try tail.withUnsafeBytes { buf -> ([Int], UInt64, UInt64) in
            var t = BinaryReader(buf)
            var n: [Int] = []
            for _ in 0..<7 { n.append(Int(try t.i64())) }
            let v = UInt64(bitPattern: try t.i64())
            let w = UInt64(bitPattern: try t.i64())
            for b in AnnotationCache.magic where try t.u8() != b { throw CacheCorrupt() }
            return (n, v, w)
        }
        let (recordsStart, vocabAt, vocabLength, wordsAt, wordsLength, tableAt, tableLength) = (
            n[0], n[1], n[2], n[3], n[4], n[5], n[6]
        )
        func inside(_ at: Int, _ length: Int) -> Bool {
            at >= headerEnd && length >= 0 && at <= trailerAt && length <= trailerAt - at
        }
        guard recordsStart == headerEnd, inside(vocabAt, vocabLength), inside(wordsAt, wordsLength),
            inside(tableAt, tableLength),
            vocabAt >= recordsStart, let table = file.read(tableAt..<(tableAt + tableLength))
        else { throw CacheCorrupt() }
        let recordsLength = vocabAt - recordsStart
        let (records, lookup) = try table.withUnsafeBytes { buf -> ([Record], Lookup) in
            var tr = BinaryReader(buf)
            let count = try tr.count(minSize: 40)
            var records: [Record] = []
            var lookup = Lookup(positions: [:], keyChecks: [])
            records.reserveCapacity(count)
            lookup.positions.reserveCapacity(count)
            lookup.keyChecks.reserveCapacity(count)
            for n in 0..<count {
                let key = CachedCollection.hashes(try tr.bytes())
                let size = try tr.i64()
                let modified = try tr.f64()
                let at = Int(try tr.i64())
                let length = Int(try tr.i64())
                let articles = try tr.count()
                let sum = UInt64(bitPattern: try tr.i64())
                guard at >= 0, length >= 0, at <= recordsLength, length <= recordsLength - at, articles <= Int32.max
                else {
                    throw CacheCorrupt()
                }
                records.append(
                    Record(
                        size: size, modified: modified, bytes: (recordsStart + at)..<(recordsStart + at + length),
                        checksum: sum, articles: Int32(articles)))
                lookup.positions[key.hash] = Int32(n)
                lookup.keyChecks.append(key.check)
            }
            guard tr.atEnd else { throw CacheCorrupt() }
            return (records, lookup)
        }
        return (
            records, lookup, vocabAt..<(vocabAt + vocabLength), vocabSum, wordsAt..<(wordsAt + wordsLength), wordSum
        )
    }

    /// Two independent hashes of a key's UTF-8 bytes: one finds the record, the other checks it.
    static func hashes(_ bytes: UnsafeRawBufferPointer) -> (hash: UInt64, check: UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (h, Checksum.of(bytes))
    }

    /// How many files the cache holds.
    public var count: Int { records.count }

    /// Where the record of the file with `key` is in the order the files were loaded, or nil
    /// for a file not in the cache (or when this is `withoutLookup`).
    public func position(of key: String) -> Int? {
        guard let lookup else { return nil }
        var key = key
        let (hash, check) = key.withUTF8 { CachedCollection.hashes(UnsafeRawBufferPointer($0)) }
        guard let at = lookup.positions[hash].map(Int.init), lookup.keyChecks[at] == check else { return nil }
        return at
    }

    /// This cache without the map that finds records by key: what reading annotations and texts
    /// left in the file takes once a load has found its files (at 100,000 files, 4 MB less).
    public func withoutLookup() -> CachedCollection {
        var c = self
        c.lookup = nil
        return c
    }

    /// The stamp the file at `position` had when cached.
    public func stamp(at position: Int) -> (size: Int64, modified: Double) {
        (records[position].size, records[position].modified)
    }

    /// The articles and annotations of the file at `position` (paths left empty), or nil when
    /// corrupt. The articles come without their texts, which stay in the file where `spots` say.
    public func file(at position: Int) -> CachedFile? {
        let rec = records[position]
        guard let raw = file.read(rec.bytes) else { return nil }
        return raw.withUnsafeBytes { bytes -> CachedFile? in
            guard Checksum.of(bytes) == rec.checksum else { return nil }
            var r = BinaryReader(bytes)
            var articles: [Article] = []
            var spots: [TextSpot] = []
            var annotations: [CompactAnnotation] = []
            do {
                for _ in 0..<rec.articles {
                    let (article, spot) = try r.article(path: "", textsWithin: textRegion)
                    articles.append(article)
                    spots.append(spot)
                    annotations.append(try r.annotation())
                }
            } catch { return nil }
            guard r.atEnd else { return nil }
            return CachedFile(
                size: rec.size, modified: rec.modified, articles: articles, spots: spots, annotations: annotations)
        }
    }

    /// The annotations of the file at `position`, or nil when its record is corrupt.
    func annotations(at position: Int) -> [CompactAnnotation]? {
        position >= 0 && position < records.count ? file(at: position)?.annotations : nil
    }

    /// The vocabulary the records' ids refer to, or nil when corrupt.
    public func vocabulary() -> Vocabulary? {
        file.read(vocabularyBytes)?.withUnsafeBytes { bytes in
            guard Checksum.of(bytes) == vocabularyChecksum else { return nil }
            var r = BinaryReader(bytes)
            guard let v = try? r.vocabulary(), r.atEnd else { return nil }
            return v
        }
    }

    /// The word index over all the files in `order`, when saved and intact. It stays in the
    /// file; its checksum is checked here, reading it a piece at a time.
    public func terms() -> TermIndex? {
        guard !termBytes.isEmpty, Checksum.of(file, termBytes) == termChecksum,
            let stored = StoredTermSegment.segments(in: file, termBytes)
        else { return nil }
        return TermIndex(stored: stored)
    }
}
