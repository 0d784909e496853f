/// Greedy left-to-right BIO tagging with the averaged-perceptron weights.
///
/// Greedy decoding with the two previous tags as features is as accurate as Viterbi for this
/// model and needs no lattice, so each token costs one pass over its features.
public struct EntityTagger: Sendable {
    public let model: EntityModel
    public let gazetteer: EntityGazetteer

    public init(model: EntityModel, gazetteer: EntityGazetteer) {
        self.model = model
        self.gazetteer = gazetteer
    }

    /// One tag per token of `doc`.
    public func tag(_ doc: Document) -> [EntityTag] {
        tag(doc, EntityFeatures(doc, gazetteer: gazetteer))
    }

    /// One tag per token of `doc`, whose features are already computed.
    public func tag(_ doc: Document, _ features: EntityFeatures) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: doc.tokens.count)
        let rowBits = model.rowBits
        let width = EntityTag.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: EntityFeatures.maxPerToken) { rows in
            model.weights.withUnsafeBufferPointer { w in
                let raw = UnsafeRawPointer(w.baseAddress!)
                for sentence in doc.sentences {
                    var prev1 = EntityTag.outside
                    var prev2 = EntityTag.outside
                    for i in sentence {
                        let plain = features.isPlain(i)
                        let title = features.isTitle(i)
                        if prev1 == .outside && plain {
                            prev2 = prev1
                            continue
                        }
                        if features.isHonorific(i) {
                            prev2 = prev1
                            prev1 = .outside
                            continue
                        }
                        let n = features.extract(
                            i, sentence: sentence, prev1: prev1, prev2: prev2, rowBits: rowBits, into: rows.baseAddress!
                        )
                        // Tags 0-7 in one vector, tag 8 beside it.
                        var low = SIMD8<Int32>(repeating: 0)
                        var last: Int32 = 0
                        for k in 0..<n {
                            let base = Int(rows[k]) &* width
                            low &+= SIMD8<Int32>(
                                truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self))
                            last &+= Int32(w[base &+ 8])
                        }
                        var best = EntityTag.outside
                        var bestScore = low[0]
                        for t in 1..<width {
                            let score = t < 8 ? low[t] : last
                            guard score > bestScore, let tag = EntityTag(rawValue: t),
                                tag.mayFollow(features.previous(i, prev1), plain: plain, title: title)
                            else { continue }
                            best = tag
                            bestScore = score
                        }
                        tags[i] = best
                        prev2 = prev1
                        prev1 = best
                    }
                }
            }
        }
        Self.tagShortForms(&tags, doc)
        return tags
    }

    /// "General Motors (GM)", "World Health Organization (WHO)": a word in capitals alone in
    /// brackets right after a name, spelling the initials of that name's capitalised words, is
    /// the same name written short and takes its type; the tagger, having seen few such
    /// brackets, often leaves it out.
    static func tagShortForms(_ tags: inout [EntityTag], _ doc: Document) {
        let tokens = doc.tokens
        var k = 1
        while k + 2 < tokens.count {
            defer { k += 1 }
            let short = tokens[k + 1]
            guard tokens[k].kind == .punct, doc.scalars[Int(tokens[k].start)] == "(",
                tokens[k + 2].kind == .punct, doc.scalars[Int(tokens[k + 2].start)] == ")",
                short.kind == .word, short.has(.allCaps), tags[k + 1] == .outside,
                let category = tags[k - 1].category
            else { continue }
            var start = k - 1
            while start > 0 && tags[start].isInside && tags[start - 1].category == category { start -= 1 }
            var initials: [Unicode.Scalar] = []
            for t in tokens[start..<k] where t.kind == .word && t.has(.capitalized) {
                initials.append(doc.scalars[Int(t.start)])
            }
            let letters = doc.scalars[short.range].filter { $0 != "." }
            if letters.count >= 2 && letters.elementsEqual(initials) { tags[k + 1] = .begin(category) }
        }
    }

    /// Token ranges and categories of the entities in `tags`, one sentence at a time so no entity
    /// crosses a sentence (and so never a paragraph).
    public static func spans(_ tags: [EntityTag], sentences: [Range<Int>]) -> [(tokens: Range<Int>, category: Int)] {
        var out: [(tokens: Range<Int>, category: Int)] = []
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard let c = tags[i].category else {
                    i += 1
                    continue
                }
                var j = i + 1
                // A begin tag right after a name of the same type continues it: adjacent names of one
                // type almost never occur ("UN" + "Security Council" is one name).
                while j < sentence.upperBound && tags[j].category == c { j += 1 }
                out.append((i..<j, c))
                i = j
            }
        }
        return out
    }
}
