import Foundation

/// Who the speaker behind a quote really is, where the article only says "he", "she" or
/// "the spokeswoman" (resolution-dev.json): the quote's content span and the right name.
public struct ResolutionCase: Sendable, Hashable, Decodable {
    public var doc: String
    public var start: Int
    public var end: Int
    public var source: String
    public var name: String

    /// Cases the file marks as having no name to find.
    public var isScorable: Bool { name != "UNNAMED" && name != "SKIP" }

    /// Reads the JSON array of cases.
    public static func load(_ path: String) throws -> [ResolutionCase] {
        try JSONDecoder().decode([ResolutionCase].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Whether `speakerName` is this case's person: equal ignoring case, spacing and a leading title.
    public func isAnswered(by speakerName: String?) -> Bool {
        guard let speakerName else { return false }
        return ResolutionCase.normalized(speakerName) == ResolutionCase.normalized(name)
    }

    static let titles: Set<String> = [
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "president", "sen.", "gov.",
    ]

    static func normalized(_ s: String) -> String {
        var words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        while words.count > 1, let first = words.first, titles.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

/// How many resolution cases got the right name.
public struct ResolutionScore: Sendable, Hashable {
    public var cases = 0
    /// Cases where a predicted quote with a speaker overlaps the case's quote.
    public var found = 0
    public var correct = 0

    public init() {}

    public var accuracy: Double { cases == 0 ? 0 : Double(correct) / Double(cases) }

    /// Scores the cases of one article against its predicted quotes (of any kind), and returns a
    /// line for each case not answered: its source, the right name and what was found instead.
    @discardableResult
    public mutating func add(_ cases: [ResolutionCase], predicted: [ScoredQuote]) -> [String] {
        var wrong: [String] = []
        for c in cases where c.isScorable {
            self.cases += 1
            let span = c.start..<c.end
            let best = predicted.filter { QuoteMatcher.matches($0.span, span) && $0.speakerName != nil }
                .max { QuoteMatcher.overlaps($0.span, span) < QuoteMatcher.overlaps($1.span, span) }
            guard let best else {
                wrong.append("NAME  \(c.doc) \(c.start) \"\(c.source)\" is \(c.name); no quote found with a speaker")
                continue
            }
            found += 1
            if c.isAnswered(by: best.speakerName) {
                correct += 1
            } else {
                wrong.append(
                    "NAME  \(c.doc) \(c.start) \"\(c.source)\" is \(c.name); ours: \(best.speakerName ?? "-") (\(best.sieve?.rawValue ?? "none"))"
                )
            }
        }
        return wrong
    }
}
