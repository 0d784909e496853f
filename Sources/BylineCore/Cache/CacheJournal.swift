import BylineNLP
import Foundation

/// The journal beside a cache file: what a load annotates is appended here file by file, as it
/// is annotated, so a quit, a crash or SIGKILL loses at most the last fraction of a second of
/// work. The cache file itself is rewritten whole, once, when a load completes; the journal is
/// then deleted.
///
/// Append-only checksummed segments were chosen over SQLite in WAL mode: the cache file is
/// already a custom format read with `pread` on every worker, a segment is one `write(2)` of
/// bytes the workers encoded, and recovery is a scan that stops at the first segment running
/// past the end of the file (a torn last write), with no second storage engine to keep in step.
///
/// Layout: a header (magic, format, `Pipeline.version`, schema), then segments. A segment is
/// its payload's length (u32), the payload's checksum (u64) and the payload: the file's key,
/// size, modification time, article count, then per article its own small vocabulary, the
/// article and its compact annotation. Each article carries its vocabulary so that the workers
/// encode it with no shared state; the load interns it into the collection's on the way in.
public struct CacheJournal: Sendable {
    static let magic = Array("BYLNJRNL".utf8)
    /// Bytes before the payload of a segment: its length and checksum.
    static let segmentHead = 12

    struct Segment: Sendable {
        var size: Int64
        var modified: Double
        var payload: Range<Int>
        var checksum: UInt64
    }

    private let file: OpenFile?
    private let segments: [String: Segment]
    /// Where the last whole segment ends: new segments go after it (a torn tail is cut off).
    let validLength: Int
    /// Whether the file starts with this build's header.
    let headerMatches: Bool

    /// The journal of the cache file at `cacheFile`.
    public static func path(for cacheFile: String) -> String { cacheFile + ".journal" }

    /// The header every journal of this build starts with.
    static var header: [UInt8] {
        var w = BinaryWriter()
        w.append(magic)
        w.u32(AnnotationCache.formatVersion)
        w.string(Pipeline.version)
        w.string(AnnotationCache.schema)
        return w.bytes
    }

    /// Scans the journal at `path`, noting where each whole segment lies; a missing or foreign
    /// journal reads as empty.
    init(path: String) {
        let file = OpenFile(path)
        let header = CacheJournal.header
        guard let file, file.read(0..<header.count) == header else {
            self.file = nil
            segments = [:]
            validLength = 0
            headerMatches = false
            return
        }
        var found: [String: Segment] = [:]
        var at = header.count
        while let head = file.read(at..<(at + CacheJournal.segmentHead + 4)) {
            let (length, sum, keyLength) = head.withUnsafeBytes { b in
                (
                    Int(UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 0, as: UInt32.self))),
                    UInt64(littleEndian: b.loadUnaligned(fromByteOffset: 4, as: UInt64.self)),
                    Int(UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
                )
            }
            let payload = (at + CacheJournal.segmentHead)..<(at + CacheJournal.segmentHead + length)
            // A segment running past the end is the torn last write: everything before it stands.
            guard payload.upperBound <= file.size, keyLength + 4 + 20 <= length,
                let stamp = file.read((payload.lowerBound + 4)..<(payload.lowerBound + 4 + keyLength + 16))
            else { break }
            let key = String(decoding: stamp[0..<keyLength], as: UTF8.self)
            let (size, modified) = stamp.withUnsafeBytes { b in
                (
                    Int64(littleEndian: b.loadUnaligned(fromByteOffset: keyLength, as: Int64.self)),
                    Double(
                        bitPattern: UInt64(
                            littleEndian: b.loadUnaligned(fromByteOffset: keyLength + 8, as: UInt64.self)))
                )
            }
            // A later segment for the same file replaces an earlier one.
            found[key] = Segment(size: size, modified: modified, payload: payload, checksum: sum)
            at = payload.upperBound
        }
        self.file = file
        segments = found
        validLength = at
        headerMatches = true
    }

    /// How many files the journal holds.
    public var count: Int { segments.count }

    /// The stamp a file had when journaled, or nil for a file not in the journal.
    func stamp(_ key: String) -> (size: Int64, modified: Double)? {
        segments[key].map { ($0.size, $0.modified) }
    }

    /// A file's annotated articles (paths left empty), or nil when absent or damaged.
    func file(_ key: String) -> [AnnotatedArticle]? {
        guard let seg = segments[key], let raw = file?.read(seg.payload) else { return nil }
        return raw.withUnsafeBytes { bytes -> [AnnotatedArticle]? in
            guard Checksum.of(bytes) == seg.checksum else { return nil }
            var r = BinaryReader(bytes)
            do {
                guard try r.string() == key else { return nil }
                _ = try r.i64()
                _ = try r.f64()
                var found: [AnnotatedArticle] = []
                for _ in 0..<(try r.count()) { found.append(try r.annotatedArticle()) }
                return r.atEnd ? found : nil
            } catch { return nil }
        }
    }

    /// One annotated article as a segment stores it; runs on the worker that annotated it.
    static func encode(_ a: AnnotatedArticle) -> [UInt8] {
        var vocabulary = Vocabulary()
        let compact = CompactAnnotation(a.annotation, vocabulary: &vocabulary)
        var w = BinaryWriter()
        w.vocabulary(vocabulary)
        w.article(a.article)
        w.annotation(compact)
        return w.bytes
    }

    /// A whole segment: one file's stamp and its articles as `encode` left them.
    static func segment(key: String, size: Int64, modified: Double, articles: [[UInt8]]) -> [UInt8] {
        var p = BinaryWriter()
        p.string(key)
        p.i64(size)
        p.f64(modified)
        p.count(articles.count)
        for a in articles { p.append(a) }
        var w = BinaryWriter(capacity: p.bytes.count + segmentHead)
        w.u32(UInt32(clamping: p.bytes.count))
        w.i64(Int64(bitPattern: Checksum.of(p.bytes, 0..<p.bytes.count)))
        w.append(p.bytes)
        return w.bytes
    }
}

extension BinaryReader {
    /// An article as `CacheJournal.encode` wrote it, its annotation expanded back to full form.
    mutating func annotatedArticle() throws(CacheCorrupt) -> AnnotatedArticle {
        let v = try vocabulary()
        let article = try article(path: "")
        let compact = try annotation()
        let annotation = compact.expand(
            text: article.text, vocabulary: v, canonical: { v.name(ofKey: $0) }, speaker: { v.string($0) })
        return AnnotatedArticle(article: article, annotation: annotation)
    }
}

/// Appends segments to a journal from the load's coordinator, a few times a second, each
/// batch in one `write(2)`: a process killed mid-write leaves at most one torn segment, which
/// the next scan drops.
final class JournalWriter {
    private let path: String
    private let journal: CacheJournal
    private var fd: Int32 = -1
    private var failed = false
    private var buffer: [UInt8] = []
    private var lastFlush = DispatchTime.now()
    /// Whether anything was appended in this load.
    private(set) var wrote = false

    init(path: String, journal: CacheJournal) {
        self.path = path
        self.journal = journal
    }

    deinit { if fd >= 0 { close(fd) } }

    func append(_ segment: [UInt8]) {
        guard !failed else { return }
        buffer.append(contentsOf: segment)
        flushIfDue()
    }

    /// Writes the buffer when it has waited a fifth of a second or grown past a megabyte.
    func flushIfDue() {
        let waited = Double(DispatchTime.now().uptimeNanoseconds - lastFlush.uptimeNanoseconds) / 1e9
        if buffer.count >= 1 << 20 || (!buffer.isEmpty && waited >= 0.2) { flush() }
    }

    func flush() {
        lastFlush = DispatchTime.now()
        guard !buffer.isEmpty, !failed, openIfNeeded() else { return }
        let ok = buffer.withUnsafeBytes { b -> Bool in
            var done = 0
            while done < b.count {
                let n = write(fd, b.baseAddress! + done, b.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        wrote = wrote || ok
        // A failed write (disk full) may have left a torn segment: stop appending after it.
        if !ok { failed = true }
    }

    /// Opens the journal for appending, cutting off a torn tail, or starting it afresh when it
    /// is missing or from another build.
    private func openIfNeeded() -> Bool {
        guard fd < 0 else { return true }
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            failed = true
            return false
        }
        let keep = journal.headerMatches ? journal.validLength : 0
        if Int(st.st_size) != keep { _ = ftruncate(fd, off_t(keep)) }
        if keep == 0 { buffer.insert(contentsOf: CacheJournal.header, at: 0) }
        return true
    }
}
