/// Finds people, organisations and places, and merges each entity's aliases into one canonical name.
///
/// A learned tagger proposes the names (`EntityOrganizationHeads` takes back the bodies it read as
/// events); `EntityMentionCleanup` repairs their spans (titles,
/// possessives, names run together or cut apart, see also `EntityMentionEdges`), `EntityLoneWords`
/// drops common words standing alone ("the Centre", "Interior Minister"), `EntityDemonyms` words
/// for a people or a language ("Londoners", "the Swahili phrase"),
/// `EntityRepeats` finds the names an article repeats where the tagger missed them,
/// `EntityHeadline` reads the names of a
/// title-case headline from the body, `EntitySpanClassifier` drops each name that, taken whole,
/// reads as no name (and re-types one that clearly reads as another type); after it
/// `EntityGivenNames` takes in a given name the tagger left out after a title ("Broadcaster
/// Piers Morgan"), `EntityAffiliations` adds the body a person is "of" ("Raymond Chan of People
/// Power") and widens a person ending "the X of Y" to the body it names ("the Great Orchestra of
/// Christmas Charity"), `EntityShortNames` adds an organisation's head word after "the" ("the
/// Church" after "the Church of Scientology"), `EntityCommonNouns` drops a pronoun in mixed case ("All of Us"), and `EntityAliases`
/// gives every mention of an article one type per name and its canonical name.
public struct EntityRecognizer: Sendable {
    public static let standard = EntityRecognizer()

    /// Nil only when the shipped model could not be loaded; then nothing is recognised.
    public let tagger: EntityTagger?
    /// The second stage that drops or re-types each name found that reads as no name or as another
    /// type; nil keeps the names found.
    public let classifier: EntitySpanClassifier?

    /// The recognizer with the shipped models and name lists.
    public init() {
        self.init(
            tagger: EntityModel.standard.map { EntityTagger(model: $0, gazetteer: .standard) },
            classifier: EntitySpanClassifier.standard)
    }

    public init(tagger: EntityTagger?, classifier: EntitySpanClassifier? = nil) {
        self.tagger = tagger
        self.classifier = classifier
    }

    /// Mentions sorted by start, with `canonical` filled in.
    public func recognize(_ doc: Document) -> [EntityMention] {
        guard let tagger, !doc.tokens.isEmpty else { return [] }
        let features = EntityFeatures(doc, gazetteer: tagger.gazetteer)
        let found = names(doc, features)
        let kept = classifier?.classify(found, features) ?? found
        let completed = EntityGivenNames.completed(kept, doc, features)
        let affiliated = EntityAffiliations.added(completed, doc, features, gazetteer: tagger.gazetteer)
        return EntityAliases.canonicalize(
            doc,
            EntityCommonNouns.filtered(
                EntityShortNames.added(affiliated, doc, features, gazetteer: tagger.gazetteer), doc))
    }

    /// The names the tagger and the rule layers find, in text order, before the second stage
    /// (`EntitySpanClassifier`) drops the ones that are no name and aliases are merged.
    public func names(_ doc: Document, _ features: EntityFeatures) -> [(tokens: Range<Int>, type: EntityType)] {
        guard let tagger, !doc.tokens.isEmpty else { return [] }
        let tags = tagger.tag(doc, features)
        let spans = EntityOrganizationHeads.spans(EntityTagger.spans(tags, sentences: doc.sentences), doc, features)
        let tagged = spans.compactMap { range, category in EntityTag.type(ofCategory: category).map { (range, $0) } }
        let found = EntityDemonyms.filtered(
            EntityLoneWords.filtered(
                EntityMentionCleanup.mentions(tagged, doc, features, gazetteer: tagger.gazetteer), doc, features,
                gazetteer: tagger.gazetteer), doc, gazetteer: tagger.gazetteer)
        let repeated = EntityRepeats.mentions(found, doc, features)
        return EntityHeadline.mentions(repeated, doc)
    }
}
