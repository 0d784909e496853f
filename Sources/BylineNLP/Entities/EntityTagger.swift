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
        let features = EntityFeatures(doc, gazetteer: gazetteer)
        var tags = [EntityTag](repeating: .outside, count: doc.tokens.count)
        let rowBits = model.rowBits
        let width = EntityTag.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: EntityFeatures.maxPerToken) { rows in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { scores in
                model.weights.withUnsafeBufferPointer { w in
                    for sentence in doc.sentences {
                        var prev1 = EntityTag.outside, prev2 = EntityTag.outside
                        for i in sentence {
                            if prev1 == .outside && features.isPlain(i) {
                                prev2 = prev1
                                continue
                            }
                            let n = features.extract(i, sentence: sentence, prev1: prev1, prev2: prev2, rowBits: rowBits, into: rows.baseAddress!)
                            for t in 0..<width { scores[t] = 0 }
                            for k in 0..<n {
                                let base = Int(rows[k]) &* width
                                for t in 0..<width { scores[t] &+= Int32(w[base &+ t]) }
                            }
                            var best = EntityTag.outside
                            var bestScore = scores[0]
                            let plain = features.isPlain(i)
                            for t in 1..<width where scores[t] > bestScore {
                                let tag = EntityTag(rawValue: t)!
                                if tag.mayFollow(prev1, plain: plain) { best = tag; bestScore = scores[t] }
                            }
                            tags[i] = best
                            prev2 = prev1
                            prev1 = best
                        }
                    }
                }
            }
        }
        return tags
    }

    /// Token ranges and categories of the entities in `tags`, one sentence at a time so no entity
    /// crosses a sentence (and so never a paragraph).
    public static func spans(_ tags: [EntityTag], sentences: [Range<Int>]) -> [(tokens: Range<Int>, category: Int)] {
        var out: [(tokens: Range<Int>, category: Int)] = []
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard let c = tags[i].category else { i += 1; continue }
                var j = i + 1
                while j < sentence.upperBound && tags[j].isInside && tags[j].category == c { j += 1 }
                out.append((i..<j, c))
                i = j
            }
        }
        return out
    }
}
