import BylineNLP

/// The parts of an index a load builds. The reader needs them all; a command that prints once
/// needs only what it prints, and a part left out costs nothing while the collection loads.
public struct IndexParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Entities merged across the collection with their aliases and posting lists: what
    /// `entities` reads.
    public static let names = IndexParts(rawValue: 1)
    /// The word index behind `text:` queries.
    public static let words = IndexParts(rawValue: 2)
    /// The speakers under their merged names with their quotes (with `.names`): what `quotes` reads.
    public static let speakers = IndexParts(rawValue: 4)
    /// Entities and speakers found by name, type-to-narrow and date ranges (with `.names`): what
    /// queries and the reader's pickers read.
    public static let lookup = IndexParts(rawValue: 8)
    public static let all: IndexParts = [.names, .words, .speakers, .lookup]
}

/// Grows the index one annotated article at a time, in article order, while a load goes on;
/// `snapshot()` hands out an immutable `Index` for the articles added so far.
public struct IndexBuilder: Sendable {
    public private(set) var vocabulary: Vocabulary
    /// Per entity key: the articles mentioning it, in increasing article order.
    private var keyPostings: [PostingList] = []
    /// Per entity key: the distinct mention texts (vocabulary ids) that differ from its name.
    private var keyAliases: [Int32: [Int32]] = [:]
    private var speakerQuotes: [SpeakerSlot: [QuoteRef]] = [:]
    private var terms = TermIndex()
    private var collector = TermCollector()
    /// False once a complete word index was adopted from the cache (texts need no scanning), or
    /// while words are deferred.
    public private(set) var scansText = true
    /// Articles are going in without their words, which come later from the cache's word index
    /// (`adopt`) or from `addDeferredWords`.
    public private(set) var wordsDeferred = false
    /// What this builder indexes (`leaveOut`).
    public private(set) var parts = IndexParts.all
    private var keyScratch: [Int32] = []
    /// Per entity key, its `AliasMerging.nameKey`, computed once when an article first uses the
    /// key ("" until then), so that the snapshot after the last article only groups them. A start
    /// from the cache takes a vocabulary of every name in the collection before the first article:
    /// working all of them out for the first snapshot held up the first rows.
    private var nameKeys: [String] = []
    /// The sites the articles come from, whose names are no entities of the collection.
    private var sites = SiteNames()
    /// Per entity key, its name as `SiteNames.folded` compares it ("" for dates and for keys no
    /// article uses yet), worked out for the keys in `unfolded` once some site has two articles.
    private var siteKeys: [String] = []
    /// Keys used since site names were last folded.
    private var unfolded: [Int32] = []

    /// A speaker as annotated: a name id and the type the attribution gave, if any. Ordered by
    /// name, then type, so that a name quoted under several types resolves the same way on every
    /// run (a dictionary's order changes from one process to the next).
    struct SpeakerSlot: Hashable, Comparable {
        var name: Int32
        var type: EntityType?

        static func < (a: SpeakerSlot, b: SpeakerSlot) -> Bool {
            func rank(_ t: EntityType?) -> Int { t.flatMap { EntityType.allCases.firstIndex(of: $0) } ?? -1 }
            return (a.name, rank(a.type)) < (b.name, rank(b.type))
        }
    }

    public init(vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
    }

    /// Stops indexing `unwanted` from now on. Without `.words` no text is scanned and `text:`
    /// finds nothing; without `.names` a snapshot holds the vocabulary but no entity or speaker.
    public mutating func leaveOut(_ unwanted: IndexParts) {
        parts.subtract(unwanted)
        if !parts.contains(.words) {
            scansText = false
            wordsDeferred = false
        }
    }

    /// Interns a fresh annotation into this builder's vocabulary; `analysedUpTo` as in
    /// `AnnotatedArticle`.
    public mutating func compact(_ a: Annotation, analysedUpTo: Int? = nil) -> CompactAnnotation {
        CompactAnnotation(a, vocabulary: &vocabulary, analysedUpTo: analysedUpTo)
    }

    /// Adds article `id` (ids must arrive in increasing order) with its annotation and text;
    /// `words` are the text's `TermCollector.words(in:)` when already computed elsewhere;
    /// `source` and `url` say which site published it.
    public mutating func add(
        article id: Int32, annotation a: CompactAnnotation, text: String, words: [UInt64]? = nil,
        source: String? = nil, url: String? = nil
    ) {
        sites.add(source: source, url: url)
        if keyPostings.count < vocabulary.keys.count {
            keyPostings.append(
                contentsOf: repeatElement(PostingList(), count: vocabulary.keys.count - keyPostings.count))
        }
        keyScratch.removeAll(keepingCapacity: true)
        for m in a.mentions where m.key >= 0 && Int(m.key) < keyPostings.count {
            keyScratch.append(m.key)
            if m.alias >= 0 {
                let known = keyAliases[m.key] ?? []
                if !known.contains(m.alias) { keyAliases[m.key, default: []].append(m.alias) }
            }
        }
        keyScratch.sort()
        var i = 0
        while i < keyScratch.count {
            var j = i + 1
            while j < keyScratch.count && keyScratch[j] == keyScratch[i] { j += 1 }
            let key = Int(keyScratch[i])
            if keyPostings[key].isEmpty { firstUse(of: key) }
            keyPostings[key].append(Posting(article: id, mentions: Int32(j - i)))
            i = j
        }
        if parts.contains(.speakers) {
            for (k, q) in a.quotes.enumerated() where q.speaker >= 0 {
                speakerQuotes[SpeakerSlot(name: q.speaker, type: q.speakerType), default: []].append(
                    QuoteRef(article: id, quote: Int32(k)))
            }
        }
        guard scansText else { return }
        addWords(article: id, words ?? TermCollector.words(in: text))
    }

    /// Takes a word index built earlier over exactly the articles that will be added (from the
    /// cache), instead of scanning their texts again.
    public mutating func adopt(terms cached: TermIndex) {
        terms = cached
        scansText = false
        wordsDeferred = false
    }

    /// Word-index segments go to the scratch file `scratch` as they grow, instead of staying in
    /// memory; call before any article is added.
    mutating func spillWords(to scratch: OpenFile) {
        terms = TermIndex(spillingTo: scratch)
    }

    /// From now on articles go in without their words: a load from the cache indexes names and
    /// quotes while it reads, before it knows whether the saved word index still fits.
    public mutating func deferWords() {
        guard parts.contains(.words) else { return }
        scansText = false
        wordsDeferred = true
    }

    /// The words of the articles added while words were deferred (`words[id]` for ids from 0),
    /// after which texts are scanned again as articles arrive.
    public mutating func addDeferredWords(_ words: [[UInt64]]) {
        guard parts.contains(.words) else { return }
        for (id, w) in words.enumerated() { addWords(article: Int32(id), w) }
        scansText = true
        wordsDeferred = false
    }

    private mutating func addWords(article id: Int32, _ words: [UInt64]) {
        if !collector.accepts(id) { terms.append(collector.freeze()) }
        collector.add(article: id, words: words)
    }

    /// The word index so far, for the cache.
    public mutating func wordIndex() -> TermIndex {
        if !collector.isEmpty { terms.append(collector.freeze()) }
        return terms
    }

    /// Gives a key its merging key as an article first uses it, while the load goes on, rather
    /// than all at once when a snapshot is taken.
    private mutating func firstUse(of key: Int) {
        guard parts.contains(.names) else { return }
        Self.pad(&nameKeys, to: vocabulary.keys.count)
        nameKeys[key] = AliasMerging.nameKey(vocabulary, key: key)
        unfolded.append(Int32(key))
    }

    /// Empty strings (which allocate nothing) up to `count`.
    private static func pad(_ keys: inout [String], to count: Int) {
        if keys.count < count { keys.append(contentsOf: repeatElement("", count: count - keys.count)) }
    }

    /// The index over everything added so far, for a collection of `articleCount` articles.
    public mutating func snapshot(articleCount: Int) -> Index {
        guard parts.contains(.names) else {
            return Index(
                vocabulary: vocabulary, nameKeys: [], sites: [], siteKeys: [], keyPostings: [], keyAliases: [:],
                speakerQuotes: [], terms: wordIndex(), articleCount: articleCount)
        }
        Self.pad(&nameKeys, to: vocabulary.keys.count)
        let sites = sites.sites
        // Names are folded as site names only once some site has two articles: most collections
        // have none, and folding every name costs as much as the rest of the snapshot.
        if !sites.isEmpty {
            Self.pad(&siteKeys, to: vocabulary.keys.count)
            for k in unfolded where vocabulary.keys[Int(k)].type != .date {
                siteKeys[Int(k)] = SiteNames.folded(vocabulary.name(ofKey: k)) ?? ""
            }
            unfolded = []
        }
        return Index(
            vocabulary: vocabulary, nameKeys: nameKeys, sites: sites, siteKeys: siteKeys,
            keyPostings: keyPostings,
            keyAliases: keyAliases,
            speakerQuotes: parts.contains(.speakers)
                ? speakerQuotes.sorted { $0.key < $1.key }.map { ($0.key.name, $0.key.type, $0.value) } : [],
            terms: wordIndex(), articleCount: articleCount, lookup: parts.contains(.lookup))
    }
}
