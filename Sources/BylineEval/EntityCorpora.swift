import BylineNLP
import Foundation

/// The named-entity corpora the tagger is trained and scored on, each with its files (relative
/// to the corpora folder), layout and an explicit map from its own types onto Byline's
/// categories: 0 person, 1 organisation, 2 place, 3 misc. Misc holds titles of works, products,
/// events, nationalities and other names: trained so they are not squeezed into a reported type
/// (a film is never a person), never reported.
public struct EntityCorpus: Sendable {
    public var name: String
    /// Files, or for GUM the folder of its CoNLL-U files.
    public var files: [String]
    /// The layout of labelled token files; nil for GUM's CoNLL-U (see `GUMReader`).
    public var format: LabelledTokenFormat?
    /// How much one of its tokens counts in training: noisy social-media text counts less than
    /// edited text.
    public var weight: Float
    /// Documents kept out of training (for evaluation), by their `-DOCSTART-` name.
    public var heldBack: Set<String> = []

    /// The documents of every file under `root`; throws when a file cannot be read.
    public func articles(root: String) throws -> [CoNLLArticle] {
        func read(_ path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            return String(decoding: data, as: UTF8.self)
        }
        return try files.flatMap { file -> [CoNLLArticle] in
            let path = root + "/" + file
            guard let format else {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".conllu") }
                return try names.sorted().map {
                    GUMReader.article(try read(path + "/" + $0), name: String($0.dropLast(".conllu".count)))
                }
            }
            return CoNLLReader.articles(try read(path), format: format)
        }
    }

    /// The corpora folder: `$BYLINE_CORPORA`, else `../shared/corpora`.
    public static func root(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["BYLINE_CORPORA"] ?? "../shared/corpora"
    }

    // MARK: Training data

    public static let conllTrain = EntityCorpus(
        name: "CoNLL-2003 train", files: ["conll2003/eng.train"], format: .conll, weight: 1)

    /// Universal NER English-EWT (web text); OTH (other names) is misc. Counted at 0.3: its
    /// casual spelling and its habit of typing shops and restaurants as places cost more on
    /// edited news than they bring.
    public static let unerTrain = EntityCorpus(
        name: "UNER English-EWT train", files: ["ner-extra/uner_en_ewt/en_ewt-ud-train.PRERELEASE-0c7ce0d.iob2"],
        format: .uner, weight: 0.3)

    /// GUM, every genre, minus the held-back news documents.
    public static let gumTrain = EntityCorpus(
        name: "GUM (all genres, held-back news removed)", files: ["ner-extra/gum/conllu"], format: nil, weight: 1,
        heldBack: gumHeldBack)

    public static let wikigold = EntityCorpus(
        name: "Wikigold", files: ["ner-extra/wikigold/wikigold.conll.txt"], format: .conll, weight: 0.25)

    /// Wikipedia sentences chosen for their many names, with conventions of their own: counted at a tenth.
    public static let crossNER = EntityCorpus(
        name: "CrossNER train+dev",
        files: ["politics", "science", "music", "literature", "ai"].flatMap {
            ["ner-extra/crossner/\($0)/train.txt", "ner-extra/crossner/\($0)/dev.txt"]
        }, format: .crossNER, weight: 0.1)

    /// Everything the shipped model is trained on: edited text of several kinds and times. The
    /// social-media corpora in ner-extra (Broad Twitter Corpus, WNUT-17) are left out: even
    /// counted at a tenth, they lowered the score on every evaluation set.
    public static let training: [EntityCorpus] = [conllTrain, unerTrain, gumTrain, wikigold, crossNER]

    // MARK: Evaluation data

    public static let conllDev = EntityCorpus(
        name: "CoNLL-2003 dev (eng.testa)", files: ["conll2003/eng.testa"], format: .conll, weight: 1)

    public static let unerDev = EntityCorpus(
        name: "UNER English-EWT dev", files: ["ner-extra/uner_en_ewt/en_ewt-ud-dev.iob2"], format: .uner, weight: 1)

    /// GUM's Wikinews documents that training never sees: GUM's own dev and test news documents
    /// plus every fifth of its other news documents in alphabetical order.
    public static let gumHeldBack: Set<String> = [
        "GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa", "GUM_news_sensitive",
        "GUM_news_afghan", "GUM_news_election", "GUM_news_imprisoned", "GUM_news_soccer",
    ]

    public static let gumNewsDev = EntityCorpus(
        name: "GUM Wikinews, held back", files: ["ner-extra/gum/conllu"], format: nil, weight: 1)

    /// The sets `byline eval entities` scores.
    public static let evaluation: [EntityCorpus] = [conllDev, unerDev, gumNewsDev]

    /// The documents of this corpus used for training (all but `heldBack`) or, for the GUM news
    /// evaluation set, exactly the held-back ones.
    public func trainingArticles(root: String) throws -> [CoNLLArticle] {
        try articles(root: root).filter { !heldBack.contains($0.name) }
    }

    public func evaluationArticles(root: String) throws -> [CoNLLArticle] {
        let all = try articles(root: root)
        return name == Self.gumNewsDev.name ? all.filter { Self.gumHeldBack.contains($0.name) } : all
    }
}

extension LabelledTokenFormat {
    /// Universal NER: index, word, IOB2 label over PER/ORG/LOC/OTH, annotator columns.
    public static let uner = LabelledTokenFormat(wordColumn: 1, labelColumn: 2) { type, _ in
        switch type {
        case "PER": return 0
        case "ORG": return 1
        case "LOC": return 2
        case "OTH": return 3
        default: return nil
        }
    }

    /// WNUT-17: companies and groups (teams, bands, agencies) are organisations; creative works
    /// and products are misc.
    public static let wnut17 = LabelledTokenFormat(sentencesPerDocument: 1) { type, _ in
        switch type {
        case "person": return 0
        case "corporation", "group": return 1
        case "location": return 2
        case "creative-work", "product": return 3
        default: return nil
        }
    }

    /// CrossNER's fine types. Parties, universities, bands, journals and magazines are
    /// organisations (as in CoNLL); countries and locations places; works, events, awards,
    /// products and the rest of its names misc. Its topic words (genres, fields, algorithms,
    /// compounds) are mostly not names and count as no entity.
    public static let crossNER = LabelledTokenFormat(sentencesPerDocument: 1) { type, _ in
        switch type {
        case "person", "politician", "writer", "musicalartist", "scientist", "researcher": return 0
        case "organisation", "politicalparty", "university", "band", "academicjournal", "magazine": return 1
        case "location", "country": return 2
        case "misc", "election", "event", "award", "book", "album", "song", "poem", "product", "conference",
            "astronomicalobject", "programlang":
            return 3
        default: return nil
        }
    }
}
