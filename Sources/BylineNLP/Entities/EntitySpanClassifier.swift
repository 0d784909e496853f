/// The second stage of the recogniser: each name the tagger and the rule layers after it found,
/// taken whole, is kept or dropped.
///
/// The tagger decides one token at a time, seeing two words either side; it cannot weigh what
/// only a whole name shows: its head word ("Motors", "Airlines"), its length and shape, the words
/// just outside both of its ends, whether the whole name is on a list, and how the same name or
/// its head word is typed elsewhere in the article. An averaged perceptron over those features
/// reads each name once, so the stage costs a pass over the names, not over the tokens. It is
/// trained on what the recogniser finds in documents its tagger did not see (`byline-train`
/// tags each half of the training documents with a tagger trained on the other half), so it
/// learns the mistakes the recogniser really makes. It learns to tell people, organisations,
/// places, other names and no name apart. It drops a name that clearly reads as no name, and
/// gives a name another reported type only on a wide margin and when no name list holds the
/// whole name: the rule layers type names on evidence it does not see (a short form in
/// brackets, a name's last part, a list), and the article's own proof ("X said in a statement")
/// still decides the type of every mention after it (`EntityAliases`).
public struct EntitySpanClassifier: Sendable {
    /// Labels: the tagger's categories (0 person, 1 organisation, 2 place, 3 misc), and `none`.
    public static let labels = 5
    /// Not a name.
    public static let none = 4

    public let model: EntityModel

    /// The classifier shipped in `Resources/entity-spans.bin`, or nil when it is missing or damaged.
    public static let standard = EntityModel.resource("entity-spans", width: labels).map(EntitySpanClassifier.init)

    public init(model: EntityModel) {
        self.model = model
    }

    /// How far the score of no name must pass the score of the type found for a name to be
    /// dropped, in the model's quantised units (the largest single weight is 32,767): a name is
    /// dropped on clear evidence, not on a near tie (a dateline "SEOUL", "GM" in brackets after
    /// "General Motors").
    static let margin: Int32 = 5000

    /// How far the score of another reported type must pass the score of the type found for a
    /// name to take it: twice the margin for dropping, since a wrong type costs a name that was
    /// found (of 0, 2,000, 5,000 and 10,000, only 10,000 raised every evaluation set).
    static let retypeMargin: Int32 = 10000

    /// The most features one span produces.
    public static let maxPerSpan = 48
    /// Words of a span that give features of their own; longer names are rare and say no more.
    static let wordsRead = 8

    /// `found` (in text order) without the names the classifier reads as no name, each with the
    /// type the classifier gives it.
    public func classify(_ found: [(tokens: Range<Int>, type: EntityType)], _ features: EntityFeatures)
        -> [(tokens: Range<Int>, type: EntityType)]
    {
        let spans = found.map { (tokens: $0.tokens, category: Self.category($0.type)) }
        let labels = labels(spans, features)
        return found.indices.filter { labels[$0] != Self.none }.map {
            labels[$0] == spans[$0].category ? found[$0] : (found[$0].tokens, EntityTag.type(ofCategory: labels[$0])!)
        }
    }

    /// The category of a reported type (3, misc, for a date, which is never a tagger's name).
    public static func category(_ type: EntityType) -> Int {
        switch type {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .date: return 3
        }
    }

    /// The label of each of `spans`: its own category, another reported category, or `none`.
    public func labels(_ spans: [(tokens: Range<Int>, category: Int)], _ features: EntityFeatures) -> [Int] {
        guard !spans.isEmpty else { return [] }
        let context = Context(spans, features)
        let width = model.width
        var out = spans.map(\.category)
        // Scores in a buffer of their own: an array checked its bounds and its uniqueness at every add.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { scores in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maxPerSpan) { rows in
                model.weights.withUnsafeBufferPointer { w in
                    for k in spans.indices where !spans[k].tokens.isEmpty {
                        let n = Self.extract(
                            k, spans, features, context, lists: true, rowBits: model.rowBits, into: rows.baseAddress!)
                        for l in 0..<width { scores[l] = 0 }
                        for r in 0..<n {
                            let base = Int(rows[r]) &* width
                            for l in 0..<width { scores[l] &+= Int32(w[base &+ l]) }
                        }
                        if scores[Self.none] > scores[out[k]] &+ Self.margin {
                            out[k] = Self.none
                            continue
                        }
                        // A name a list holds whole keeps the type the tagger and the rules gave it:
                        // "Democratic People's Republic of Korea" is a place, whatever its words
                        // ("Democratic", "Republic") suggest.
                        guard out[k] < 3 else { continue }
                        var best = out[k]
                        for c in 0..<3 where scores[c] > scores[best] { best = c }
                        if best != out[k] && scores[best] > scores[out[k]] &+ Self.retypeMargin
                            && Self.exactLists(spans[k].tokens, features.facts) == 0
                        {
                            out[k] = best
                        }
                    }
                }
            }
        }
        return out
    }

    /// What the article says about each span's words beyond the span itself: how many spans of
    /// each category have the same words, and how many of each category contain the span's
    /// head word.
    public struct Context {
        /// Lowercase phrase hash of each span.
        let phrase: [UInt64]
        /// The sentence of each span.
        let sentence: [Range<Int>]
        /// Phrase hash -> spans per category, 8 bits per category.
        let phraseCounts: [UInt64: UInt32]
        /// Word -> spans per category that contain it, 8 bits per category (the low 32 bits; the
        /// high ones number the last span counted, so a word twice in a span counts once without a
        /// set of the span's words).
        private let wordCounts: [UInt64: UInt64]

        /// Spans per category that contain the word `h`, 8 bits per category.
        func wordCount(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: wordCounts[h] ?? 0) }

        public init(_ spans: [(tokens: Range<Int>, category: Int)], _ features: EntityFeatures) {
            var phrase: [UInt64] = []
            var sentence: [Range<Int>] = []
            var s = 0
            var phraseCounts: [UInt64: UInt32] = [:]
            var wordCounts: [UInt64: UInt64] = [:]
            // Sized once rather than regrown (and rehashed) as the article's names are counted.
            phrase.reserveCapacity(spans.count)
            sentence.reserveCapacity(spans.count)
            phraseCounts.reserveCapacity(spans.count)
            wordCounts.reserveCapacity(spans.count * 2)
            for (k, span) in spans.enumerated() {
                // Spans come in text order, so the sentence pointer only moves forward.
                let sentences = features.sentences
                if s < sentences.count && sentences[s].lowerBound > span.tokens.lowerBound { s = 0 }
                while s < sentences.count && sentences[s].upperBound <= span.tokens.lowerBound { s += 1 }
                sentence.append(
                    s < sentences.count && sentences[s].contains(span.tokens.lowerBound) ? sentences[s] : span.tokens)
                var h = EntityGazetteer.phraseStart
                for i in span.tokens { h = EntityGazetteer.extend(h, features.facts[i].lower) }
                phrase.append(h)
                let one = Context.one(span.category)
                phraseCounts[h, default: 0] = Context.add(phraseCounts[h] ?? 0, one)
                let mark = UInt64(k + 1) << 32
                for i in span.tokens {
                    let known = wordCounts[features.facts[i].lower] ?? 0
                    guard known & ~0xFFFF_FFFF != mark else { continue }
                    wordCounts[features.facts[i].lower] =
                        mark | UInt64(Context.add(UInt32(truncatingIfNeeded: known), one))
                }
            }
            self.phrase = phrase
            self.sentence = sentence
            self.phraseCounts = phraseCounts
            self.wordCounts = wordCounts
        }

        static func one(_ category: Int) -> UInt32 { 1 << UInt32(8 * min(category, 3)) }

        /// `counts + one`, each category's count stopping at 255.
        static func add(_ counts: UInt32, _ one: UInt32) -> UInt32 {
            let shift = UInt32(one.trailingZeroBitCount)
            return (counts >> shift) & 0xFF == 0xFF ? counts : counts &+ one
        }

        /// The categories (bit per category) with a count in `counts` once the span itself
        /// (`own`) is taken away.
        static func others(_ counts: UInt32, minus own: UInt32) -> UInt64 {
            let rest = counts &- own
            var bits: UInt64 = 0
            for c in 0..<4 where (rest >> UInt32(8 * c)) & 0xFF != 0 { bits |= 1 << UInt64(c) }
            return bits
        }
    }

    static let boundary: UInt64 = 0x7F4A_7C15_9E37_79B9

    /// Writes the row indexes of span `k`'s features into `out` and returns how many. `lists`
    /// false leaves out the name-list features (the trainer switches them off at random, as for
    /// the tagger).
    public static func extract(
        _ k: Int, _ spans: [(tokens: Range<Int>, category: Int)], _ features: EntityFeatures, _ context: Context,
        lists: Bool, rowBits: Int, into out: UnsafeMutablePointer<UInt32>
    ) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out[n] = FeatureRow.index(template, value, rowBits: rowBits)
            n += 1
        }
        let facts = features.facts
        let range = spans[k].tokens
        let c = UInt64(spans[k].category)
        let sentence = context.sentence[k]
        let first = facts[range.lowerBound]
        let head = facts[range.upperBound - 1]
        let length = UInt64(min(range.count, 5))
        add(1, c)
        add(2, c &* 8 &+ length)
        var shapes = EntityGazetteer.phraseStart
        var member: UInt32 = 0
        for (j, i) in range.enumerated() {
            member |= facts[i].gazetteer
            shapes = EntityGazetteer.extend(shapes, facts[i].shape)
            guard j < wordsRead else { continue }
            add(3, facts[i].lower)
            add(4, facts[i].middle)
        }
        add(5, first.lower)
        add(6, first.cluster)
        add(7, head.lower)
        add(8, head.cluster)
        add(9, head.middle &* 8 &+ c)
        add(10, head.lower &* 8 &+ c)
        add(11, context.phrase[k])
        add(12, context.phrase[k] &* 8 &+ c)
        add(13, shapes)
        add(14, shapes &* 8 &+ c)
        let left = range.lowerBound > sentence.lowerBound ? facts[range.lowerBound - 1] : nil
        let left2 = range.lowerBound - 1 > sentence.lowerBound ? facts[range.lowerBound - 2] : nil
        let right = range.upperBound < sentence.upperBound ? facts[range.upperBound] : nil
        let right2 = range.upperBound + 1 < sentence.upperBound ? facts[range.upperBound + 1] : nil
        let l1 = left?.lower ?? boundary
        let r1 = right?.lower ?? boundary &+ 1
        add(15, l1)
        add(16, l1 &* 8 &+ c)
        add(17, (left2?.lower ?? boundary) &* 31 &+ l1)
        add(18, left?.middle ?? boundary)
        add(19, r1)
        add(20, r1 &* 8 &+ c)
        add(21, r1 &* 31 &+ (right2?.lower ?? boundary &+ 1))
        add(22, right?.middle ?? boundary &+ 1)
        add(23, (first.first ? 2 : 1) &* 8 &+ c)
        add(24, (first.first ? 2 : 1) &* 31 &+ first.shape)
        if lists {
            let exact = exactLists(range, facts)
            add(25, UInt64(member))
            add(26, UInt64(member) &* 8 &+ c)
            add(27, exact)
            add(28, exact &* 8 &+ c)
            add(29, UInt64(head.gazetteer) &* 8 &+ c)
        }
        let own = Context.one(spans[k].category)
        let samePhrase = Context.others(context.phraseCounts[context.phrase[k]] ?? 0, minus: own)
        let sameHead = Context.others(context.wordCount(head.lower), minus: own)
        add(30, samePhrase &* 8 &+ c)
        add(31, sameHead &* 8 &+ c)
        add(32, samePhrase &* 16 &+ sameHead)
        return n
    }

    /// The name lists (bit per list: place, organisation, person, misc, nationality) that hold
    /// exactly the words of `range`: a list name begins on its first word and runs to its last.
    static func exactLists(_ range: Range<Int>, _ facts: [EntityFeatures.Facts]) -> UInt64 {
        typealias M = EntityGazetteer.Membership
        let pairs: [(M, M)] = [
            (.placeBegin, .placeInside), (.organizationBegin, .organizationInside), (.personBegin, .personInside),
            (.miscBegin, .miscInside), (.nationalityBegin, .nationalityInside),
        ]
        var bits: UInt64 = 0
        for (b, (begin, inside)) in pairs.enumerated() {
            guard facts[range.lowerBound].gazetteer & begin.rawValue != 0 else { continue }
            var whole = true
            for i in range.dropFirst() where facts[i].gazetteer & inside.rawValue == 0 { whole = false }
            if range.upperBound < facts.count && facts[range.upperBound].gazetteer & inside.rawValue != 0 {
                whole = false
            }
            if whole { bits |= 1 << UInt64(b) }
        }
        return bits
    }
}
