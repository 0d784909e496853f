/// The result types of the NLP pipeline. Every offset counts Unicode scalars from the start
/// of the annotated text, and `end` is exclusive, exactly as the `annotate` JSON contract says.

/// What kind of thing a mention names.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place, date
}

/// A stretch of the text: scalar offsets plus the text they slice.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// One mention of a person, organisation, place or date.
public struct EntityMention: Sendable, Hashable, Codable {
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var text: String
    /// The entity's name after aliases are merged ("Mr Blinken" -> "Antony Blinken").
    /// For dates, the mention's own text.
    public var canonical: String
    /// Dates only: a TIMEX3-style value resolved against the publication date, or nil.
    public var value: String?

    public init(type: EntityType, start: Int, end: Int, text: String, canonical: String? = nil, value: String? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical ?? text
        self.value = value
    }
}

/// How a quote is reported.
public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// A quotation in quotation marks attributed to someone.
    case direct
    /// A quoted fragment inside reported speech, or a scare quote.
    case partial
    /// Reported speech without quotation marks.
    case indirect
}

/// Who said a quote: the canonical name, and the mention the attribution points at.
public struct Speaker: Sendable, Hashable, Codable {
    /// Canonical full name; for an unnamed speaker, the fullest description the article gives.
    public var name: String
    /// The mention the cue points at ("Mr Blinken", "she", "the spokesman"), if any.
    public var mention: TextSpan?
    /// Whether the speaker is a person or an organisation, when known.
    public var type: EntityType?

    public init(name: String, mention: TextSpan?, type: EntityType? = nil) {
        self.name = name
        self.mention = mention
        self.type = type
    }
}

/// One quote, with its speaker and cue.
public struct Quote: Sendable, Hashable, Codable {
    public var kind: QuoteKind
    /// The quote's span; for direct and partial quotes it includes the quotation marks.
    public var span: TextSpan
    public var speaker: Speaker?
    public var cue: TextSpan?
    /// The sieve that decided the speaker, for debugging and per-sieve measurement.
    public var sieve: SieveName?

    public init(kind: QuoteKind, span: TextSpan, speaker: Speaker?, cue: TextSpan?, sieve: SieveName? = nil) {
        self.kind = kind
        self.span = span
        self.speaker = speaker
        self.cue = cue
        self.sieve = sieve
    }
}

/// Everything the pipeline found in one text.
public struct Annotation: Sendable, Hashable, Codable {
    /// People, organisations, places and dates, sorted by start offset, never overlapping.
    public var entities: [EntityMention]
    /// Quotes sorted by start offset.
    public var quotes: [Quote]

    public init(entities: [EntityMention] = [], quotes: [Quote] = []) {
        self.entities = entities
        self.quotes = quotes
    }
}
