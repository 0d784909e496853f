import BylineNLP

/// How articles, annotations and the vocabulary are laid out in the cache file. Every stored
/// property of `Article` is written (a test checks the count, so a new field cannot be forgotten).
extension BinaryWriter {
    /// An article with its text inline, as the journal keeps it.
    mutating func article(_ a: Article) {
        string(a.text)
        fields(of: a)
    }

    /// An article whose text lies elsewhere in the cache file, as the cache's records keep it:
    /// opening the cache then reads the records without touching the texts.
    mutating func article(_ a: Article, textAt at: Int, length: Int, checksum: UInt64) {
        i64(Int64(at))
        i64(Int64(length))
        i64(Int64(bitPattern: checksum))
        fields(of: a)
    }

    /// Every field but the text.
    private mutating func fields(of a: Article) {
        i64(Int64(a.item ?? -1))
        u8(UInt8(ArticleFormat.allCases.firstIndex(of: a.format) ?? 0))
        string(a.title)
        if let p = a.published {
            u8(1)
            i32(Int32(p.year))
            u8(UInt8(p.month))
            u8(UInt8(p.day))
        } else {
            u8(0)
        }
        u8(a.publishedSource.map { PublishedSource.stored.firstIndex(of: $0)! + 1 }.map(UInt8.init) ?? 0)
        optionalString(a.source)
        optionalString(a.url)
        optionalString(a.author)
        count(a.tags.count)
        for t in a.tags { string(t) }
        if let d = a.dateline {
            u8(1)
            count(d.places.count)
            for p in d.places { string(p) }
            count(d.agencies.count)
            for g in d.agencies { string(g) }
            i64(Int64(d.start))
            i64(Int64(d.end))
        } else {
            u8(0)
        }
        count(a.captions.count)
        for c in a.captions {
            i64(Int64(c.lowerBound))
            i64(Int64(c.upperBound))
        }
        i64(Int64(a.fileSize))
        f64(a.modified)
    }

    mutating func annotation(_ c: CompactAnnotation) {
        count(c.mentions.count)
        for m in c.mentions {
            i32(m.start)
            i32(m.end)
            i32(m.key)
            i32(m.alias)
            i32(m.value)
        }
        count(c.quotes.count)
        for q in c.quotes {
            u8(UInt8(QuoteKind.stored.firstIndex(of: q.kind)!))
            u8(q.speakerType.map { UInt8(EntityType.allCases.firstIndex(of: $0)! + 1) } ?? 0)
            for v in [q.start, q.end, q.speaker, q.speakerStart, q.speakerEnd, q.cueStart, q.cueEnd, q.sieve] { i32(v) }
        }
        i32(c.analysedUpTo)
    }

    mutating func vocabulary(_ v: Vocabulary) {
        count(v.strings.count)
        for s in v.strings { string(s) }
        count(v.keys.count)
        for k in v.keys {
            i32(k.name)
            u8(UInt8(EntityType.allCases.firstIndex(of: k.type)!))
        }
    }
}

extension BinaryWriter {
    mutating func terms(_ t: TermIndex) {
        count(t.segments.count)
        for s in t.segments { segment(s) }
    }

    /// One segment of the word index; the cache writer writes them one at a time.
    mutating func segment(_ s: TermIndex.Segment) {
        i64(Int64(s.span))
        array(s.keys)
        array(s.offsets)
        array(s.articles)
    }

    /// How many bytes `terms` writes for `t`, or the cache writer for its stored and resident segments.
    static func termsLength(_ t: TermIndex) -> Int {
        t.stored.reduce(4) { $0 + $1.bytes.count }
            + t.segments.reduce(0) { $0 + 8 + 12 + 8 * $1.keys.count + 4 * $1.offsets.count + 4 * $1.articles.count }
    }
}

extension BinaryReader {
    /// An article with its text inline (the journal).
    mutating func article(path: String) throws(CacheCorrupt) -> Article {
        let text = try string()
        return try fields(path: path, text: text)
    }

    /// An article whose text lies elsewhere in the cache file, which must be within `texts`;
    /// the article comes without its text, and the spot says where it is.
    mutating func article(path: String, textsWithin texts: Range<Int>) throws(CacheCorrupt) -> (Article, TextSpot) {
        let at = Int(try i64())
        let length = Int(try i64())
        let sum = UInt64(bitPattern: try i64())
        guard at >= texts.lowerBound, length >= 0, at <= texts.upperBound, length <= texts.upperBound - at else {
            throw CacheCorrupt()
        }
        return (try fields(path: path, text: ""), .cached(at: at, length: length, checksum: sum))
    }

    private mutating func fields(path: String, text: String) throws(CacheCorrupt) -> Article {
        let item = try i64()
        let format = try pick(ArticleFormat.allCases, try u8())
        let title = try string()
        var published: CalendarDate?
        if try u8() == 1 {
            let y = Int(try i32())
            let m = Int(try u8())
            let d = Int(try u8())
            guard CalendarDate.isValid(year: y, month: m, day: d) else { throw CacheCorrupt() }
            published = CalendarDate(year: y, month: m, day: d)
        }
        let sourceTag = try u8()
        let publishedSource = sourceTag == 0 ? nil : try pick(PublishedSource.stored, sourceTag - 1)
        let source = try optionalString()
        let url = try optionalString()
        let author = try optionalString()
        var tags: [String] = []
        for _ in 0..<(try count()) { tags.append(try string()) }
        var dateline: Dateline?
        if try u8() == 1 {
            var places: [String] = []
            var agencies: [String] = []
            for _ in 0..<(try count()) { places.append(try string()) }
            for _ in 0..<(try count()) { agencies.append(try string()) }
            dateline = Dateline(places: places, agencies: agencies, start: Int(try i64()), end: Int(try i64()))
        }
        var captions: [Range<Int>] = []
        for _ in 0..<(try count(minSize: 16)) {
            let lo = Int(try i64())
            let hi = Int(try i64())
            guard lo <= hi else { throw CacheCorrupt() }
            captions.append(lo..<hi)
        }
        let size = Int(try i64())
        let modified = try f64()
        return Article(
            path: path, item: item < 0 ? nil : Int(item), format: format, title: title, text: text,
            published: published, publishedSource: publishedSource, source: source, url: url, author: author,
            tags: tags, dateline: dateline, captions: captions, fileSize: size, modified: modified)
    }

    mutating func annotation() throws(CacheCorrupt) -> CompactAnnotation {
        let nm = try count(minSize: 20)
        var mentions: [CompactMention] = []
        mentions.reserveCapacity(nm)
        for _ in 0..<nm {
            mentions.append(
                CompactMention(start: try i32(), end: try i32(), key: try i32(), alias: try i32(), value: try i32()))
        }
        let nq = try count(minSize: 34)
        var quotes: [CompactQuote] = []
        quotes.reserveCapacity(nq)
        for _ in 0..<nq {
            let kind = try pick(QuoteKind.stored, try u8())
            let t = try u8()
            let type = t == 0 ? nil : try pick(EntityType.allCases, t - 1)
            quotes.append(
                CompactQuote(
                    kind: kind, speakerType: type, start: try i32(), end: try i32(), speaker: try i32(),
                    speakerStart: try i32(), speakerEnd: try i32(), cueStart: try i32(), cueEnd: try i32(),
                    sieve: try i32()))
        }
        return CompactAnnotation(mentions: mentions, quotes: quotes, analysedUpTo: try i32())
    }

    mutating func vocabulary() throws(CacheCorrupt) -> Vocabulary {
        var strings: [String] = []
        let ns = try count(minSize: 4)
        strings.reserveCapacity(ns)
        for _ in 0..<ns { strings.append(try string()) }
        var keys: [EntityKey] = []
        let nk = try count(minSize: 5)
        keys.reserveCapacity(nk)
        for _ in 0..<nk { keys.append(EntityKey(name: try i32(), type: try pick(EntityType.allCases, try u8()))) }
        guard let v = Vocabulary(strings: strings, keys: keys) else { throw CacheCorrupt() }
        return v
    }

    private func pick<T>(_ all: [T], _ tag: UInt8) throws(CacheCorrupt) -> T {
        guard Int(tag) < all.count else { throw CacheCorrupt() }
        return all[Int(tag)]
    }
}

extension PublishedSource {
    /// The order tags are stored in; append only.
    static let stored: [PublishedSource] = [.metadata, .text, .fileTime, .argument]
}

extension QuoteKind {
    /// The order tags are stored in; append only.
    static let stored: [QuoteKind] = [.direct, .partial, .indirect]
}
