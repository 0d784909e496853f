import BylineNLP

/// One entity of the collection after alias merging: one id per canonical name and type.
public struct EntityID: Sendable, Hashable, Comparable {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: EntityID, b: EntityID) -> Bool { a.raw < b.raw }
}

/// An entity with the counts pickers show.
public struct Entity: Sendable, Hashable {
    public let id: EntityID
    /// The canonical name (for dates: the resolved value, or the text when unresolved).
    public let name: String
    public let type: EntityType
    /// Other names that mean this entity: names merged into it and mention texts ("Mr Blinken").
    public let aliases: [String]
    public let articleCount: Int
    public let mentionCount: Int
}

/// An article that mentions an entity, and how often.
public struct Posting: Sendable, Hashable {
    public let article: Int32
    public let mentions: Int32
    public init(article: Int32, mentions: Int32) {
        self.article = article
        self.mentions = mentions
    }
}

/// A quote by its article id and its position in that article's quotes.
public struct QuoteRef: Sendable, Hashable, Comparable {
    public let article: Int32
    public let quote: Int32
    public init(article: Int32, quote: Int32) {
        self.article = article
        self.quote = quote
    }
    public static func < (a: QuoteRef, b: QuoteRef) -> Bool { (a.article, a.quote) < (b.article, b.quote) }
}

/// Someone quoted in the collection, under their merged name, with every quote in article order.
public struct SpeakerEntry: Sendable, Hashable {
    public let name: String
    /// The entity the speaker is, when the name is one of the collection's people or organisations.
    public let entity: EntityID?
    public let quotes: [QuoteRef]
    public let articleCount: Int
}

/// A picker row: an entity and how well it matched what was typed.
public struct EntityMatch: Sendable, Hashable {
    public let entity: EntityID
    public let score: Int
}

/// A picker row: a speaker (a position in `Index.speakers`) and how well it matched.
public struct SpeakerMatch: Sendable, Hashable {
    public let speaker: Int
    public let score: Int
}
