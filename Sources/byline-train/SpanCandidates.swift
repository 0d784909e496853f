import BylineNLP

/// The names a tagger and the rule layers after it found in one training document, each labelled from the gold annotation:
/// the category of the gold name it covers most of, or `EntitySpanClassifier.none` when it
/// touches no gold name. The second stage learns from these.
struct SpanCandidates {
    let example: TrainingExample
    let spans: [(tokens: Range<Int>, category: Int)]
    let labels: [Int]
    let context: EntitySpanClassifier.Context

    init(_ example: TrainingExample, tagger: EntityTagger) {
        self.example = example
        let found = EntityRecognizer(tagger: tagger).names(example.doc, example.features)
        spans = found.map { (tokens: $0.tokens, category: EntitySpanClassifier.category($0.type)) }
        let gold = EntityTagger.spans(example.truth, sentences: example.sentences)
        var g = 0
        var labels: [Int] = []
        for span in spans {
            while g < gold.count && gold[g].tokens.upperBound <= span.tokens.lowerBound { g += 1 }
            // Mentions come in text order but may nest after repair; look back for the gold name.
            while g > 0 && gold[g - 1].tokens.upperBound > span.tokens.lowerBound { g -= 1 }
            var best = EntitySpanClassifier.none
            var most = 0
            var k = g
            while k < gold.count && gold[k].tokens.lowerBound < span.tokens.upperBound {
                let overlap = gold[k].tokens.clamped(to: span.tokens).count
                if overlap > most {
                    most = overlap
                    best = gold[k].category
                }
                k += 1
            }
            labels.append(best)
        }
        self.labels = labels
        context = EntitySpanClassifier.Context(spans, example.features)
    }

    /// The second stage trained on `documents`: an averaged perceptron over every candidate, the
    /// documents in a new random order each pass; each span's name-list features are switched
    /// off with probability `listDropout`, as the tagger's are.
    static func train(_ documents: [SpanCandidates], rowBits: Int, epochs: Int, listDropout: Double, seed: UInt64)
        -> EntityModel
    {
        var perceptron = AveragedPerceptron(rowBits: rowBits, width: EntitySpanClassifier.labels)
        var generator = SplitMix64(seed: seed)
        var order = Array(documents.indices)
        var rows = [UInt32](repeating: 0, count: EntitySpanClassifier.maxPerSpan)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var wrong = 0
            var total = 0
            for d in order {
                let c = documents[d]
                for k in c.spans.indices {
                    let lists = Double(generator.next() >> 11) / Double(1 << 53) >= listDropout
                    rows.withUnsafeMutableBufferPointer { buffer in
                        let n = EntitySpanClassifier.extract(
                            k, c.spans, c.example.features, c.context, lists: lists, rowBits: rowBits,
                            into: buffer.baseAddress!)
                        let used = UnsafeBufferPointer(rebasing: buffer[0..<n])
                        let guess = perceptron.predict(used, preferred: c.spans[k].category)
                        if guess != c.labels[k] { wrong += 1 }
                        perceptron.update(used, truth: c.labels[k], guess: guess, amount: c.example.weight)
                        perceptron.tick()
                    }
                    total += 1
                }
            }
            print(
                String(
                    format: "names pass %d: %.4f of %d names right", epoch, 1 - Double(wrong) / Double(max(total, 1)),
                    total))
        }
        return AveragedPerceptron.quantized(
            [perceptron.averaged()], rowBits: rowBits, width: EntitySpanClassifier.labels)
    }
}
