/// By article id, each article's compact annotation, or nil while it waits for annotation.
///
/// An annotation that came from the cache file is held there once the index has taken it:
/// only its place in the file and its counts stay in memory, and it is decoded again when an
/// article is opened or printed. One annotated by this load goes, once indexed, to the load's
/// scratch file in the same way. The annotations are a collection's largest part after the
/// word index (about a kilobyte per article), and nothing but an opened article needs them.
public struct ArticleAnnotations: Sendable, RandomAccessCollection, Equatable {
    enum Slot: Sendable {
        case waiting
        case resident(CompactAnnotation)
        /// Article `item` of the record at `position` in `cache`.
        case cached(position: Int32, item: Int32, mentions: Int32, quotes: Int32)
        /// `length` bytes at `at` in `scratch`, as the cache's records encode an annotation.
        case spilled(at: Int64, length: Int32, mentions: Int32, quotes: Int32)
    }

    private var slots = ChunkedArray<Slot>()
    /// The cache file the `cached` slots refer to.
    private var cache: CachedCollection?
    /// The scratch file the `spilled` slots refer to.
    private var scratch: OpenFile?

    public init() {}

    /// Annotations held in memory.
    public init<S: Sequence>(_ annotations: S) where S.Element == CompactAnnotation? {
        for a in annotations { append(a) }
    }

    /// `count` articles waiting for annotation.
    init(waiting count: Int) {
        slots = ChunkedArray(repeatElement(.waiting, count: count))
    }

    /// None yet; annotations left in the cache will be in `cache`.
    init(cache: CachedCollection?) { self.cache = cache }

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    /// The annotation of article `id`, decoded from the cache file if it is held there; nil
    /// while it waits, or when the cache file can no longer give it.
    public subscript(id: Int) -> CompactAnnotation? {
        switch slots[id] {
        case .waiting: return nil
        case .resident(let a): return a
        case .cached(let position, let item, _, _): return cache?.annotations(at: Int(position))?[safe: Int(item)]
        case .spilled(let at, let length, _, _):
            return scratch?.read(Int(at)..<(Int(at) + Int(length)))?.withUnsafeBytes { bytes in
                var r = BinaryReader(bytes)
                guard let a = try? r.annotation(), r.atEnd else { return nil }
                return a
            }
        }
    }

    /// Whether article `id` has been annotated.
    public func isAnnotated(_ id: Int) -> Bool {
        if case .waiting = slots[id] { return false }
        return true
    }

    /// How many articles have been annotated.
    public var annotatedCount: Int { slots.reduce(0) { $0 + ($1.isWaiting ? 0 : 1) } }

    /// The number of entity mentions and of quotes of article `id`, nil while it waits.
    public func counts(of id: Int) -> (mentions: Int, quotes: Int)? {
        switch slots[id] {
        case .waiting: return nil
        case .resident(let a): return (a.mentions.count, a.quotes.count)
        case .cached(_, _, let mentions, let quotes), .spilled(_, _, let mentions, let quotes):
            return (Int(mentions), Int(quotes))
        }
    }

    /// The annotations of the articles `ids`, decoding each cache record once however many of
    /// them it holds.
    func annotations(of ids: Range<Int>) -> [CompactAnnotation?] {
        var decoded: (position: Int32, annotations: [CompactAnnotation]?)?
        return ids.map { id in
            guard case .cached(let position, let item, _, _) = slots[id] else { return self[id] }
            if decoded?.position != position { decoded = (position, cache?.annotations(at: Int(position))) }
            return decoded?.annotations?[safe: Int(item)]
        }
    }

    /// Keeps of the cache file only what reading the annotations left there takes, once the
    /// load has found its files there.
    mutating func forgetCacheLookup() { cache = cache?.withoutLookup() }

    mutating func append(_ a: CompactAnnotation?) { slots.append(a.map { .resident($0) } ?? .waiting) }

    mutating func set(_ id: Int, _ a: CompactAnnotation) { slots[id] = .resident(a) }

    /// Drops article `id`'s annotation from memory: it is article `item` of the record at
    /// `position` of the cache file this collection was opened with.
    mutating func leaveInCache(_ id: Int, position: Int, item: Int) {
        guard cache != nil, case .resident(let a) = slots[id] else { return }
        slots[id] = .cached(
            position: Int32(position), item: Int32(item), mentions: Int32(a.mentions.count),
            quotes: Int32(a.quotes.count))
    }

    /// Moves the annotations of articles `ids`, held in memory, to the end of the scratch file
    /// `file` in one write; they are read back from there when asked for. Nothing moves when
    /// the write fails (a full disk).
    mutating func spill(_ ids: [Int], to file: OpenFile) {
        guard scratch == nil || scratch === file else { return }
        var w = BinaryWriter()
        var moved: [(id: Int, at: Int, length: Int, mentions: Int, quotes: Int)] = []
        for id in ids {
            guard case .resident(let a) = slots[id] else { continue }
            let at = w.bytes.count
            w.annotation(a)
            moved.append((id, at, w.bytes.count - at, a.mentions.count, a.quotes.count))
        }
        guard !moved.isEmpty, let start = w.bytes.withUnsafeBytes({ file.append($0) }) else { return }
        scratch = file
        for m in moved {
            slots[m.id] = .spilled(
                at: Int64(start + m.at), length: Int32(m.length), mentions: Int32(m.mentions), quotes: Int32(m.quotes))
        }
    }

    public static func == (a: Self, b: Self) -> Bool { a.count == b.count && a.elementsEqual(b) }
}

extension ArticleAnnotations.Slot {
    fileprivate var isWaiting: Bool {
        if case .waiting = self { return true }
        return false
    }
}

extension Array {
    fileprivate subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
