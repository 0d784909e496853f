import BylineCore
import BylineNLP

/// The articles the reader shows, and the questions it asks of them. The index in BylineCore
/// answers them without rescanning texts; `ArticleShelf` answers them over plain arrays.
public protocol ReaderCollection: Sendable {
    /// How many articles there are, annotated or not.
    var count: Int { get }
    /// Article `i`, in list order (newest first).
    func article(_ i: Int) -> Article
    /// What the pipeline found in article `i`; nil while it is still being annotated.
    func annotation(_ i: Int) -> Annotation?
    /// The articles a filter keeps, in ascending order.
    func articles(matching filter: Filter) -> [Int]
    /// Entities across the collection whose names fuzzily match `text`, best first.
    func entities(matching text: String, limit: Int) -> [EntitySummary]
    /// Speakers across the collection whose names fuzzily match `text`, best first.
    func speakers(matching text: String, limit: Int) -> [SpeakerSummary]
}

/// One entity of the collection, as the filter picker lists it.
public struct EntitySummary: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    public var articleCount: Int

    public init(type: EntityType, name: String, articleCount: Int) {
        self.type = type
        self.name = name
        self.articleCount = articleCount
    }
}

/// One speaker of the collection, as the speaker picker lists it.
public struct SpeakerSummary: Sendable, Hashable {
    public var name: String
    public var quoteCount: Int
    public var articleCount: Int

    public init(name: String, quoteCount: Int, articleCount: Int) {
        self.name = name
        self.quoteCount = quoteCount
        self.articleCount = articleCount
    }
}
