/// The articles that mention one entity key, in increasing order, with how often: a posting list
/// packed for memory. Most names of a collection appear in one article only, so the first posting
/// is kept inline and such a list allocates nothing; the others follow as two varints each (the
/// gap from the article before, the mentions), about 2 bytes where a `Posting` takes 8. At
/// 100,000 articles the index's posting lists took 46 MB as arrays of `Posting`.
public struct PostingList: Sendable, Hashable, Sequence {
    public private(set) var count = 0
    private var first = Posting(article: 0, mentions: 0)
    private var last: Int32 = 0
    private var rest: [UInt8] = []

    public init() {}

    /// `postings` in increasing article order.
    public init<S: Sequence>(_ postings: S) where S.Element == Posting {
        for p in postings { append(p) }
    }

    public var isEmpty: Bool { count == 0 }

    /// Adds a posting for an article after every one already listed.
    public mutating func append(_ p: Posting) {
        precondition(count == 0 || p.article > last, "postings must arrive in increasing article order")
        if count == 0 {
            first = p
        } else {
            Self.appendVarint(UInt32(p.article - last), to: &rest)
            Self.appendVarint(UInt32(bitPattern: p.mentions), to: &rest)
        }
        last = p.article
        count += 1
    }

    /// The mentions over every article.
    public var mentionTotal: Int { reduce(0) { $0 + Int($1.mentions) } }

    /// The postings, unpacked.
    public var postings: [Posting] { Array(self) }

    public func makeIterator() -> Iterator { Iterator(list: self) }

    public struct Iterator: IteratorProtocol {
        let list: PostingList
        private var taken = 0
        private var offset = 0
        private var article: Int32 = 0

        init(list: PostingList) { self.list = list }

        public mutating func next() -> Posting? {
            guard taken < list.count else { return nil }
            taken += 1
            if taken == 1 {
                article = list.first.article
                return list.first
            }
            article += Int32(bitPattern: readVarint())
            return Posting(article: article, mentions: Int32(bitPattern: readVarint()))
        }

        private mutating func readVarint() -> UInt32 {
            var value: UInt32 = 0
            var shift: UInt32 = 0
            while offset < list.rest.count {
                let b = list.rest[offset]
                offset += 1
                value |= UInt32(b & 0x7f) << shift
                if b < 0x80 || shift >= 28 { break }
                shift += 7
            }
            return value
        }
    }

    private static func appendVarint(_ v: UInt32, to bytes: inout [UInt8]) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
}
