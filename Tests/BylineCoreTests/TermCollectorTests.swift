import BylineNLP
import Testing

@testable import BylineCore

/// The word index's batches are sorted by radix once large: the order is the comparison sort's,
/// whichever 16-bit parts of the values vary and however many values repeat.
@Suite struct TermCollectorTests {
    @Test func radixSortOrdersAsTheComparisonSort() {
        var random = SplitMix64(seed: 17)
        let sizes = [0, 1, 2, 1_000, TermCollector.radixFrom - 1, TermCollector.radixFrom, 70_000]
        // Masks of the bits that vary: all, only the article's place, only the word's key, and
        // one 16-bit part with few values (many repeats).
        let masks: [UInt64] = [.max, 0xFFFF, 0xFFFF_FFFF_FFFF_0000, 0x0000_0007_0000_0000]
        for n in sizes {
            for mask in masks {
                var values = (0..<n).map { _ in random.next() & mask | 0x0001_0000_0000_0000 }
                let expected = values.sorted()
                TermCollector.sort(&values)
                #expect(values == expected, "\(n) values, mask \(mask)")
            }
        }
    }

    /// Articles' words go in as a load adds them (each article's keys sorted, articles in
    /// order); the frozen segment lists every word's articles in increasing order.
    @Test func aLargeBatchFreezesToEveryWordsArticles() {
        var collector = TermCollector()
        var random = SplitMix64(seed: 3)
        var expected: [UInt64: [Int32]] = [:]
        for id in Int32(0)..<400 {
            let words = Array(Set((0..<120).map { _ in random.below(3_000) })).map { UInt64($0) }.sorted()
            for w in words { expected[w, default: []].append(id) }
            collector.add(article: id, words: words)
        }
        let segment = collector.freeze()
        #expect(segment.keys == expected.keys.sorted())
        for (k, key) in segment.keys.enumerated() {
            #expect(Array(segment.articles[Int(segment.offsets[k])..<Int(segment.offsets[k + 1])]) == expected[key])
        }
    }
}
