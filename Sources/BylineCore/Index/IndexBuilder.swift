import BylineNLP

/// Grows the index one annotated article at a time, in article order, while a load goes on;
/// `snapshot()` hands out an immutable `Index` for the articles added so far.
public struct IndexBuilder: Sendable {
    public private(set) var vocabulary: Vocabulary
    /// Per entity key: the articles mentioning it, in increasing article order.
    private var keyPostings: [[Posting]] = []
    /// Per entity key: the distinct mention texts (vocabulary ids) that differ from its name.
    private var keyAliases: [Int32: [Int32]] = [:]
    private var speakerQuotes: [SpeakerSlot: [QuoteRef]] = [:]
    /// Lowercased word hash -> the articles containing it, in increasing order.
    private var terms: [UInt64: [Int32]] = [:]
    private var scratch: [UInt64] = []
    private var keyScratch: [Int32] = []

    /// A speaker as annotated: a name id and the type the attribution gave, if any.
    struct SpeakerSlot: Hashable {
        var name: Int32
        var type: EntityType?
    }

    public init(vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
    }

    /// Interns a fresh annotation into this builder's vocabulary.
    public mutating func compact(_ a: Annotation) -> CompactAnnotation {
        CompactAnnotation(a, vocabulary: &vocabulary)
    }

    /// Adds article `id` (ids must arrive in increasing order) with its annotation and text.
    public mutating func add(article id: Int32, annotation a: CompactAnnotation, text: String) {
        if keyPostings.count < vocabulary.keys.count {
            keyPostings.append(contentsOf: repeatElement([], count: vocabulary.keys.count - keyPostings.count))
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
            keyPostings[Int(keyScratch[i])].append(Posting(article: id, mentions: Int32(j - i)))
            i = j
        }
        for (k, q) in a.quotes.enumerated() where q.speaker >= 0 {
            speakerQuotes[SpeakerSlot(name: q.speaker, type: q.speakerType), default: []].append(QuoteRef(article: id, quote: Int32(k)))
        }
        scratch.removeAll(keepingCapacity: true)
        TermScanner.forEachTerm(in: text) { scratch.append($0) }
        scratch.sort()
        var last: UInt64? = nil
        for h in scratch where h != last {
            terms[h, default: []].append(id)
            last = h
        }
    }

    /// The index over everything added so far, for a collection of `articleCount` articles.
    public func snapshot(articleCount: Int) -> Index {
        Index(vocabulary: vocabulary, keyPostings: keyPostings, keyAliases: keyAliases,
              speakerQuotes: speakerQuotes.map { ($0.key.name, $0.key.type, $0.value) },
              terms: terms, articleCount: articleCount)
    }
}
