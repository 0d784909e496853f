import BylineNLP

/// Exact-span precision, recall and F1 per type and micro-averaged over person, organisation
/// and place: a predicted name counts only when its type, start and end all match a gold name.
public struct EntityScore: Sendable, Equatable {
    /// The scored types, in the order tables print them.
    public static let types: [EntityType] = [.person, .organization, .place]

    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            let p = precision
            let r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(
                truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    /// One typed span; gold and predicted names are compared as these.
    public struct Item: Sendable, Hashable {
        public var type: EntityType
        public var start: Int
        public var end: Int

        public init(type: EntityType, start: Int, end: Int) {
            self.type = type
            self.start = start
            self.end = end
        }
    }

    public private(set) var byType: [EntityType: Counts] = [:]

    public init() {}

    public var micro: Counts { Self.types.reduce(Counts()) { $0 + (byType[$1] ?? Counts()) } }

    public func counts(_ type: EntityType) -> Counts { byType[type] ?? Counts() }

    /// Adds one document's comparison; types other than the scored three are ignored.
    public mutating func add(gold: [Item], predicted: [Item]) {
        let g = Set(gold.filter { Self.types.contains($0.type) })
        let p = Set(predicted.filter { Self.types.contains($0.type) })
        for item in p {
            if g.contains(item) {
                byType[item.type, default: Counts()].truePositives += 1
            } else {
                byType[item.type, default: Counts()].falsePositives += 1
            }
        }
        for item in g where !p.contains(item) { byType[item.type, default: Counts()].falseNegatives += 1 }
    }
}

extension CoNLLArticle {
    /// The gold names of the scored types.
    public var goldItems: [EntityScore.Item] {
        spans.compactMap { s in
            EntityTag.type(ofCategory: s.category).map { EntityScore.Item(type: $0, start: s.start, end: s.end) }
        }
    }
}
