import BylineEval
import BylineNLP

/// One training document: its features, the gold tag of each of our tokens, how much its
/// tokens count, and which half of the documents it is in (the second stage learns from a
/// tagger trained on the other half).
struct TrainingExample {
    let doc: Document
    let gazetteer: EntityGazetteer
    let features: EntityFeatures
    let sentences: [Range<Int>]
    let truth: [EntityTag]
    let weight: Float
    let fold: Int

    init(_ article: CoNLLArticle, gazetteer: EntityGazetteer, weight: Float, fold: Int) {
        doc = Document(article.text)
        self.gazetteer = gazetteer
        features = EntityFeatures(doc, gazetteer: gazetteer)
        sentences = doc.sentences
        truth = Self.tags(article, doc)
        self.weight = weight
        self.fold = fold
    }

    /// Every document of CoNLL-2003 train, and each again in British and modern style ("Mr Kim",
    /// "US"), which 1996 Reuters copy rarely uses. A document's name-list features come from the
    /// lists of the other half of the corpus, so the tagger learns how far to trust a list on
    /// names it has not seen.
    static func conll(_ text: String, corpus: CorpusLists, external: ExternalLists, clusters: EntityWordClusters)
        -> [TrainingExample]
    {
        let held = [1, 0].map { EntityGazetteer(corpus.lists(folds: [$0], external: external), clusters: clusters) }
        let articles = CoNLLReader.articles(text) + CoNLLReader.articles(text, rewrite: restyle)
        return articles.enumerated().map { k, article in
            let fold = CorpusLists.fold(k % corpus.articleCount)
            return TrainingExample(article, gazetteer: held[fold], weight: 1, fold: fold)
        }
    }

    static let modernSpellings: [Substring: Substring] = [
        "Mr.": "Mr", "Mrs.": "Mrs", "Ms.": "Ms", "Dr.": "Dr", "St.": "St", "Gen.": "Gen", "Sen.": "Sen",
        "U.S.": "US", "U.N.": "UN", "U.K.": "UK", "E.U.": "EU",
    ]

    static func restyle(_ word: Substring) -> Substring { modernSpellings[word] ?? word }

    /// A token takes the category of the gold span covering most of it; the first such token begins it.
    static func tags(_ article: CoNLLArticle, _ doc: Document) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: doc.tokens.count)
        for span in article.spans {
            var i = doc.tokenIndex(atOrAfter: span.start)
            var first = true
            while i < doc.tokens.count && Int(doc.tokens[i].start) < span.end {
                let t = doc.tokens[i]
                let overlap = min(Int(t.end), span.end) - max(Int(t.start), span.start)
                if overlap * 2 >= t.length {
                    tags[i] = first ? .begin(span.category) : .inside(span.category)
                    first = false
                }
                i += 1
            }
        }
        return tags
    }

    /// One greedy pass with the model's own previous tags; returns (mistakes, tokens). Each
    /// group of name lists is switched off in each sentence with probability `listDropout`.
    func learn(_ p: inout AveragedPerceptron, rowBits: Int, listDropout: Double, random: inout SplitMix64) -> (Int, Int)
    {
        var features = self.features
        for sentence in sentences {
            for group in EntityGazetteer.Membership.listGroups
            where Double(random.next() >> 11) / Double(1 << 53) < listDropout {
                features.removeLists(group, in: sentence)
            }
        }
        var wrong = 0
        var rows = [UInt32](repeating: 0, count: EntityFeatures.maxPerToken)
        for sentence in sentences {
            var prev1 = EntityTag.outside
            var prev2 = EntityTag.outside
            for i in sentence {
                if prev1 == .outside && features.isPlain(i) {
                    prev2 = prev1
                    continue
                }
                if features.isHonorific(i) {
                    prev2 = prev1
                    prev1 = .outside
                    continue
                }
                rows.withUnsafeMutableBufferPointer { buffer in
                    let n = features.extract(
                        i, sentence: sentence, prev1: prev1, prev2: prev2, rowBits: rowBits, into: buffer.baseAddress!)
                    let used = UnsafeBufferPointer(rebasing: buffer[0..<n])
                    let guess = p.predict(
                        used, previous: features.previous(i, prev1), plain: features.isPlain(i),
                        title: features.isTitle(i))
                    if guess != truth[i] { wrong += 1 }
                    p.update(used, truth: truth[i], guess: guess, amount: weight)
                    p.tick()
                    prev2 = prev1
                    prev1 = guess
                }
            }
        }
        return (wrong, truth.count)
    }
}
