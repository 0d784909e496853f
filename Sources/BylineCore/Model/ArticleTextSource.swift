/// Gives an article of a collection with its text. The reader's state machine never calls one:
/// it asks for a text with an effect, and the app loop answers through a source, off the input
/// path, since a text may have to be read from the annotation cache or from its file.
public protocol ArticleTextSource: Sendable {
    /// Article `id` of `collection` with its text, or without it and the reason (`note`).
    func readable(_ id: Int, of collection: ArticleCollection) -> ReadableArticle
}

/// The texts where the load left them: in memory, in the annotation cache file it opened, or in
/// the articles' own files.
public struct StoredTexts: ArticleTextSource {
    public init() {}

    public func readable(_ id: Int, of collection: ArticleCollection) -> ReadableArticle {
        collection.readable(id)
    }
}
