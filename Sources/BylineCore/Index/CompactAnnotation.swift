import BylineNLP

/// One entity mention in 20 bytes: offsets plus vocabulary ids instead of strings, so a hundred
/// thousand annotated articles fit in memory and load from the cache without building strings.
public struct CompactMention: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    /// The entity key (canonical name and type; for dates the value, else the text).
    public var key: Int32
    /// The mention's text when it differs from the canonical name (names only), else -1: the
    /// aliases a query may use ("Mr Blinken").
    public var alias: Int32
    /// Dates: the resolved value, or -1 when unresolved.
    public var value: Int32

    public init(start: Int32, end: Int32, key: Int32, alias: Int32, value: Int32) {
        self.start = start
        self.end = end
        self.key = key
        self.alias = alias
        self.value = value
    }
}

/// One quote with vocabulary ids for the speaker's name and the sieve; -1 stands for "none".
public struct CompactQuote: Sendable, Hashable {
    public var kind: QuoteKind
    public var speakerType: EntityType?
    public var start: Int32
    public var end: Int32
    public var speaker: Int32
    public var speakerStart: Int32
    public var speakerEnd: Int32
    public var cueStart: Int32
    public var cueEnd: Int32
    public var sieve: Int32

    public init(
        kind: QuoteKind, speakerType: EntityType?, start: Int32, end: Int32, speaker: Int32,
        speakerStart: Int32, speakerEnd: Int32, cueStart: Int32, cueEnd: Int32, sieve: Int32
    ) {
        self.kind = kind
        self.speakerType = speakerType
        self.start = start
        self.end = end
        self.speaker = speaker
        self.speakerStart = speakerStart
        self.speakerEnd = speakerEnd
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.sieve = sieve
    }
}

/// An article's annotation as the collection keeps it; `expand` gives back the full `Annotation`.
public struct CompactAnnotation: Sendable, Hashable {
    public var mentions: [CompactMention]
    public var quotes: [CompactQuote]
    /// Where analysis stopped (`AnnotatedArticle.analysedUpTo`), or -1 when the whole text was
    /// analysed: kept with the annotation, so a start from the cache reports the article as
    /// analysed in part, as the start that annotated it did.
    public var analysedUpTo: Int32

    public init(mentions: [CompactMention], quotes: [CompactQuote], analysedUpTo: Int32 = -1) {
        self.mentions = mentions
        self.quotes = quotes
        self.analysedUpTo = analysedUpTo
    }

    /// What the load report says of the article, when it was analysed only in part.
    public var capNote: LoadProblem? { analysedUpTo < 0 ? nil : .analysedInPart(upTo: Int(analysedUpTo)) }

    /// Interns the annotation's strings into `vocabulary`.
    public init(_ a: Annotation, vocabulary v: inout Vocabulary, analysedUpTo: Int? = nil) {
        self.analysedUpTo = analysedUpTo.map { Int32(clamping: $0) } ?? -1
        mentions = a.entities.map { e in
            if e.type == .date {
                return CompactMention(
                    start: Int32(clamping: e.start), end: Int32(clamping: e.end),
                    key: v.key(e.value ?? e.text, .date), alias: -1,
                    value: e.value.map { v.intern($0) } ?? -1)
            }
            return CompactMention(
                start: Int32(clamping: e.start), end: Int32(clamping: e.end),
                key: v.key(e.canonical, e.type), alias: e.text == e.canonical ? -1 : v.intern(e.text), value: -1)
        }
        quotes = a.quotes.map { q in
            CompactQuote(
                kind: q.kind, speakerType: q.speaker?.type,
                start: Int32(clamping: q.span.start), end: Int32(clamping: q.span.end),
                speaker: q.speaker.map { v.intern($0.name) } ?? -1,
                speakerStart: Int32(clamping: q.speaker?.mention?.start ?? -1),
                speakerEnd: Int32(clamping: q.speaker?.mention?.end ?? -1),
                cueStart: Int32(clamping: q.cue?.start ?? -1), cueEnd: Int32(clamping: q.cue?.end ?? -1),
                sieve: q.sieve.map { v.intern($0.rawValue) } ?? -1)
        }
    }

    /// The full annotation over `text`. `canonical` names each entity key and `speaker` each
    /// speaker name id (the collection passes its merged names, so "Blinken" comes back as
    /// "Antony Blinken"). Offsets outside the text are clamped, never trapped on.
    public func expand(text: String, vocabulary v: Vocabulary, canonical: (Int32) -> String, speaker: (Int32) -> String)
        -> Annotation
    {
        let spans = ScalarSpans(text)
        let entities = mentions.map { m -> EntityMention in
            let span = spans.span(m.start, m.end)
            let type = Int(m.key) < v.keys.count && m.key >= 0 ? v.keys[Int(m.key)].type : .person
            if type == .date {
                return EntityMention(
                    type: .date, start: span.start, end: span.end, text: span.text,
                    value: m.value >= 0 ? v.string(m.value) : nil)
            }
            return EntityMention(
                type: type, start: span.start, end: span.end, text: span.text, canonical: canonical(m.key))
        }
        return Annotation(entities: entities, quotes: expandQuotes(spans, vocabulary: v, speaker: speaker))
    }

    /// The quotes alone over `text`, as `expand` gives them, for a listing of quotes.
    public func expandQuotes(text: String, vocabulary v: Vocabulary, speaker: (Int32) -> String) -> [Quote] {
        expandQuotes(ScalarSpans(text), vocabulary: v, speaker: speaker)
    }

    private func expandQuotes(_ spans: ScalarSpans, vocabulary v: Vocabulary, speaker: (Int32) -> String)
        -> [Quote]
    {
        quotes.map { q -> Quote in
            let who =
                q.speaker < 0
                ? nil
                : Speaker(
                    name: speaker(q.speaker),
                    mention: q.speakerStart < 0 ? nil : spans.span(q.speakerStart, q.speakerEnd),
                    type: q.speakerType)
            return Quote(
                kind: q.kind, span: spans.span(q.start, q.end), speaker: who,
                cue: q.cueStart < 0 ? nil : spans.span(q.cueStart, q.cueEnd),
                sieve: q.sieve < 0 ? nil : SieveName(rawValue: v.string(q.sieve)))
        }
    }
}
