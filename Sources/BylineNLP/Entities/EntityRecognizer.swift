/// Finds people, organisations and places, and merges each entity's aliases into one canonical name.
///
/// A learned tagger proposes the names; `EntityMentionCleanup` trims what is not part of a name
/// (titles, possessives), and `EntityAliases` gives every mention its canonical name.
public struct EntityRecognizer: Sendable {
    public static let standard = EntityRecognizer()

    /// Nil only when the shipped model could not be loaded; then nothing is recognised.
    public let tagger: EntityTagger?

    /// The recognizer with the shipped model and name lists.
    public init() {
        self.init(tagger: EntityModel.standard.map { EntityTagger(model: $0, gazetteer: .standard) })
    }

    public init(tagger: EntityTagger?) {
        self.tagger = tagger
    }

    /// Mentions sorted by start, with `canonical` filled in.
    public func recognize(_ doc: Document) -> [EntityMention] {
        guard let tagger, !doc.tokens.isEmpty else { return [] }
        let features = EntityFeatures(doc, gazetteer: tagger.gazetteer)
        let tags = tagger.tag(doc, features)
        var found: [(tokens: Range<Int>, type: EntityType)] = []
        for (range, category) in EntityTagger.spans(tags, sentences: doc.sentences) {
            guard let type = EntityTag.type(ofCategory: category),
                let kept = EntityMentionCleanup.trim(range, type: type, doc, gazetteer: tagger.gazetteer),
                !EntityMentionCleanup.isCapitalisedWord(kept, features)
            else { continue }
            found.append((kept, type))
        }
        return EntityAliases.canonicalize(doc, found)
    }
}
