/// Finds people, organisations and places, and merges each entity's aliases into one canonical name.
public struct EntityRecognizer: Sendable {
    public static let standard = EntityRecognizer()

    public init() {}

    /// Mentions sorted by start, with `canonical` filled in.
    public func recognize(_ doc: Document) -> [EntityMention] {
        []
    }
}
