import Foundation
import Testing

@testable import BylineNLP

/// The second stage over the tagger's names: its file format, what it reads of the article, and
/// how it keeps, re-types or drops a name.
@Suite struct EntitySpanClassifierTests {
    typealias Span = (tokens: Range<Int>, category: Int)

    /// The token range of the words `words` (a run of tokens) in `doc`.
    func range(_ doc: Document, _ words: String) -> Range<Int> {
        let parts = words.split(separator: " ").map(String.init)
        let start = doc.tokens.indices.first { k in
            parts.indices.allSatisfy { k + $0 < doc.tokens.count && doc.string(token: k + $0) == parts[$0] }
        }!
        return start..<start + parts.count
    }

    @Test func aModelOfFiveLabelsRoundTripsThroughTheFileFormat() throws {
        let weights = (0..<(256 * EntitySpanClassifier.labels)).map { Int16($0 % 100 - 50) }
        let model = EntityModel(rowBits: 8, width: EntitySpanClassifier.labels, weights: weights)
        let back = try #require(EntityModel(data: model.serialized(), width: EntitySpanClassifier.labels))
        #expect(back.weights == weights)
        #expect(back.width == EntitySpanClassifier.labels)
        // A file of one width is not read as a model of another.
        #expect(EntityModel(data: model.serialized()) == nil)
        #expect(EntityModel(data: model.serialized().dropLast(), width: EntitySpanClassifier.labels) == nil)
    }

    @Test func theContextCountsOtherMentionsOfTheSameNameAndHeadWord() {
        let doc = Document("Ford Motor said on Monday that Ford would cut jobs. Henry Ford founded it.")
        let features = EntityFeatures(doc, gazetteer: .standard)
        let spans: [Span] = [(range(doc, "Ford Motor"), 1), (range(doc, "Ford"), 1), (range(doc, "Henry Ford"), 0)]
        let context = EntitySpanClassifier.Context(spans, features)
        let person = EntitySpanClassifier.Context.one(0)
        let organization = EntitySpanClassifier.Context.one(1)
        // "Ford" alone: no other span is "Ford", but one organisation and one person contain the word.
        #expect(
            EntitySpanClassifier.Context.others(context.phraseCounts[context.phrase[1]] ?? 0, minus: organization) == 0)
        let ford = features.facts[range(doc, "Ford").lowerBound].lower
        #expect(EntitySpanClassifier.Context.others(context.wordCount(ford), minus: organization) == 0b11)
        #expect(EntitySpanClassifier.Context.others(context.wordCount(ford), minus: person) == 0b10)
        #expect(context.sentence[2] == doc.sentences[1])
    }

    @Test func aWordTwiceInOneNameCountsThatNameOnce() {
        let doc = Document("Walla Walla is a city. Ford and Walla Walla Ford were there.")
        let features = EntityFeatures(doc, gazetteer: .standard)
        let spans: [Span] = [
            (range(doc, "Walla Walla"), 2), (range(doc, "Ford"), 1), (range(doc, "Walla Walla Ford"), 1),
        ]
        let context = EntitySpanClassifier.Context(spans, features)
        let walla = features.facts[range(doc, "Walla Walla").lowerBound].lower
        let place = EntitySpanClassifier.Context.one(2)
        let organization = EntitySpanClassifier.Context.one(1)
        #expect(context.wordCount(walla) == place + organization)
        #expect(EntitySpanClassifier.Context.others(context.wordCount(walla), minus: place) == 0b10)
    }

    @Test func aNameIsDroppedOrRetypedOnlyOnAClearMarginAndAListedNameKeepsItsType() {
        let doc = Document("Shares in Acme rose after Jean Lee spoke in Paris and London.")
        let features = EntityFeatures(doc, gazetteer: .standard)
        let spans: [Span] = [
            (range(doc, "Acme"), 0), (range(doc, "Jean Lee"), 0), (range(doc, "Paris"), 2), (range(doc, "London"), 2),
        ]
        let context = EntitySpanClassifier.Context(spans, features)
        let rowBits = 10
        let width = EntitySpanClassifier.labels
        var weights = [Int16](repeating: 0, count: (1 << rowBits) * width)
        func rows(_ k: Int) -> Set<UInt32> {
            var out = [UInt32](repeating: 0, count: EntitySpanClassifier.maxPerSpan)
            let n = out.withUnsafeMutableBufferPointer {
                EntitySpanClassifier.extract(
                    k, spans, features, context, lists: true, rowBits: rowBits, into: $0.baseAddress!)
            }
            return Set(out[0..<n])
        }
        /// Puts `weight` on `label` for the features of span `k` that no other span has, on all
        /// of them or on one.
        func favour(_ k: Int, _ label: Int, _ weight: Int16, onlyOne: Bool = false) {
            var own = rows(k)
            for other in spans.indices where other != k { own.subtract(rows(other)) }
            #expect(own.count >= 4)
            for r in onlyOne ? [own.min()!] : Array(own) { weights[Int(r) * width + label] = weight }
        }
        favour(0, 1, 3000)
        favour(1, 1, 3000, onlyOne: true)
        favour(2, EntitySpanClassifier.none, 1000)
        favour(3, 1, 3000)
        let classifier = EntitySpanClassifier(model: EntityModel(rowBits: rowBits, width: width, weights: weights))
        // Acme clearly reads as an organisation; Jean Lee only a little; Paris as no name; London
        // as an organisation too, but the list of places holds it whole.
        #expect(EntitySpanClassifier.exactLists(spans[3].tokens, features.facts) != 0)
        #expect(classifier.labels(spans, features) == [1, 0, EntitySpanClassifier.none, 2])
        let out = classifier.classify(spans.map { ($0.tokens, EntityTag.type(ofCategory: $0.category)!) }, features)
        #expect(out.map(\.tokens) == [spans[0].tokens, spans[1].tokens, spans[3].tokens])
        #expect(out.map(\.type) == [.organization, .person, .place])
    }

    @Test func theShippedClassifierLoadsAndKeepsPlainNames() throws {
        let classifier = try #require(EntitySpanClassifier.standard)
        #expect(classifier.model.width == EntitySpanClassifier.labels)
        let doc = Document("Jean Lee, a lawyer from Toronto, joined Goldman Sachs in 2019.")
        let features = EntityFeatures(doc, gazetteer: .standard)
        let found: [(tokens: Range<Int>, type: EntityType)] = [
            (range(doc, "Jean Lee"), .person), (range(doc, "Toronto"), .place),
            (range(doc, "Goldman Sachs"), .organization),
        ]
        let out = classifier.classify(found, features)
        #expect(out.map(\.tokens) == found.map(\.tokens))
        #expect(out.map(\.type) == found.map(\.type))
    }
}
