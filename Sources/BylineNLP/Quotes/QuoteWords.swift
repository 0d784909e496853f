/// The closed word classes the quote stage looks up, as sets of lowercase token hashes, so a
/// lookup is one hash probe on a precomputed `Token.lowerHash` and never builds a `String`.
enum QuoteWords {
    static func set(_ words: [String]) -> TokenSet { TokenSet(Set(words.map { TokenHash.lower($0) })) }

    /// Verbs that introduce speech or writing, in every tense and person. They may point at a
    /// direct quote; only these introduce indirect speech ("X said (that) ...").
    static let speechVerbs = set([
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "ask", "asks", "asked", "asking", "write", "writes", "wrote", "writing", "warn", "warns", "warned", "warning",
        "insist", "insists", "insisted", "insisting", "explain", "explains", "explained", "explaining",
        "noted", "noting", "argue", "argues", "argued", "arguing", "claimed", "claiming", "stated", "stating",
        "declare", "declares", "declared", "declaring", "reply", "replies", "replied", "replying", "respond",
        "responds", "responded", "responding", "recall", "recalls", "recalled", "recalling", "tweeted",
        "tweeting", "announced", "announcing", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "admit", "admits", "admitted", "admitting", "suggest", "suggests", "suggested", "suggesting",
        "remarked", "observed", "shouted", "yelled", "joked", "quipped", "concede", "concedes", "conceded",
        "countered", "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "predicted",
        "predicts", "promised", "vowed", "urged", "complained", "complains", "cautioned", "concluded",
        "reported", "testified", "lamented", "boasted", "bragged", "mused", "confirmed", "confirms", "denied",
        "denies", "charged", "alleged", "alleges", "contended", "contends", "maintained", "maintains",
        "recounted", "reiterated", "retorted", "posted", "continued", "asserted", "asserts", "answered",
        "emailed", "whispered", "screamed", "cried", "chanted", "pledged", "revealed", "assured", "wondered",
        "exclaimed", "sighed", "laughed", "agreed", "offered", "mentioned", "indicated", "opined", "hinted",
        "proclaimed", "elaborated", "interjected", "fumed", "scoffed", "snapped", "thundered",
        "beamed", "gushed", "marveled", "marvelled", "raged", "grumbled", "griped", "groused", "blasted",
        "texted", "pleaded", "demanded", "interrupted", "muttered", "bellowed", "roared", "chuckled", "teased",
        "mocked", "sneered", "recited", "preached", "advised", "pressed", "shouting", "yelling", "tweeting",
        "declaring", "stating", "joking", "quipping", "replying", "responding", "posting", "emailing",
        "writes", "continues", "concludes", "explains", "recalls", "laughs", "jokes", "quips", "insists",
        "predicts", "wonders", "observes", "marvels", "muses", "reasons", "reasoned", "surmised", "summed",
        "asserting", "commented", "commenting", "conclude", "speculated", "speculates", "scolded", "barked",
        "yells", "shouts", "screams", "whispers", "exclaims", "chants", "sings", "boomed", "jeered",
        "lectured", "lecturing", "proclaims", "gloated", "affirms", "affirmed", "retaliated", "cracked",
        "chanting", "complaining", "urging", "pleading", "boasting", "promising", "vowing", "demanding", "predicting",
        "conceding", "countering", "stressing", "emphasizing", "emphasising", "cautioning", "lamenting", "quipping",
    ])

    /// Speech verbs that are also common nouns ("the notes", "reports say"): cues only right after
    /// a name or a pronoun ("Bozell notes", "CNN reports", "he claims").
    static let nounLikeSpeechVerbs = set([
        "notes", "claims", "states", "reports", "tweets", "posts", "reads", "answers", "counters", "charges",
        "promises", "remarks", "vows", "stresses", "cautions", "urges", "boasts", "laments", "pledges", "warns",
        "emails", "texts", "read", "pointed", "comments", "note", "claim",
    ])

    /// Verbs that are speech cues only with their particle ("shot back", "went on", "chimed in"),
    /// by the verb's lowercase hash, giving the particle's. A `TokenTable`: every word of every
    /// article is looked up here, and a `Dictionary` hashed each key again.
    static let phrasalCues: TokenTable<UInt64> = {
        var out: [UInt64: UInt64] = [:]
        for (verbs, particle) in [
            (["shot", "shoots", "fired", "fires", "hit", "hits", "pushed", "pushes"], "back"),
            (["went", "goes"], "on"), (["chimed", "chimes"], "in"), (["piped", "pipes"], "up"),
        ] {
            for v in verbs { out[TokenHash.lower(v)] = TokenHash.lower(particle) }
        }
        return TokenTable(out)
    }()

    /// Per word, which of `speechVerbs` (1), `nounLikeSpeechVerbs` (2) and `phrasalCues` (4) hold
    /// it: every word of every article is asked whether it is a speech cue, with one probe of
    /// this table rather than one of each list in turn.
    static let cueKinds: TokenTable<UInt8> = {
        var out: [UInt64: UInt8] = [:]
        for w in speechVerbs.words { out[w, default: 0] |= cueSpeechVerb }
        for w in nounLikeSpeechVerbs.words { out[w, default: 0] |= cueNounLike }
        for w in phrasalCues.words { out[w, default: 0] |= cuePhrasal }
        return TokenTable(out)
    }()
    static let cueSpeechVerb: UInt8 = 1
    static let cueNounLike: UInt8 = 2
    static let cuePhrasal: UInt8 = 4

    /// Particles that may follow a speech verb ("wrote back", "chimed in", "piped up").
    static let cueParticles = set(["back", "in", "up", "on"])

    /// Forms of "tell", whose object is the listener: "told CNN" never names the speaker.
    static let tellVerbs = set(["tell", "tells", "told", "telling"])

    /// Speech verbs that take a listener before the reported clause ("told reporters that ...").
    static let listenerVerbs = set([
        "tell", "tells", "told", "telling", "assure", "assures", "assured", "warn", "warned", "warns", "remind",
        "reminded",
    ])

    /// Words that may stand between a speaker and its cue ("he later said", "she has also told").
    static let betweenSpeakerAndCue = set([
        "has", "have", "had", "also", "later", "then", "again", "once", "previously", "earlier", "recently",
        "reportedly", "would", "will", "is", "was", "were", "are", "did", "does", "do", "further", "simply",
        "just", "repeatedly", "often", "never", "always", "first", "had", "once", "separately", "last",
        "today", "yesterday", "tonight", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "both", "all", "himself", "herself", "themselves", "itself", "too", "subsequently", "already",
    ])

    /// Forms of "be" that make a participle after them passive.
    static let beForms = set(["is", "are", "was", "were", "be", "been", "being"])

    /// Adverbs that may stand between "be" and a passive participle ("was also told").
    static let passiveAdverbs = set(["also", "further", "then", "later", "previously", "once", "first", "not"])

    /// Prepositions that head a modifier a speaker phrase may carry before its cue
    /// ("Jean Lee with the Wilson Centre said", "a spokesman for the campaign said").
    static let modifierPrepositions = set(["with", "at", "for", "from", "of", "in", "on"])

    /// Prepositions whose object is never a clause's subject ("against Trump", "by Clinton").
    static let objectPrepositions = set([
        "to", "by", "about", "against", "under", "over", "into", "through", "toward", "towards", "behind", "beside",
        "between", "among", "without", "within", "like", "than", "after", "before", "during", "including", "via",
    ])

    /// Words that open a noun phrase; a backward scan for a speaker stops after taking one.
    static let determiners = set([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "another", "one", "two", "three", "several", "many", "some", "other", "most", "few", "no",
    ])

    /// Words a speaker phrase never crosses.
    static let phraseBreakers = set([
        "and", "or", "but", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "as",
        "because", "if", "though", "although", "than", "so", "not", "to", "by", "after", "before", "since",
        "until", "unless", "whether", "how", "why", "said", "says", "it", "is", "was", "are", "were", "be",
        "been", "being", "there", "here", "about", "into", "like", "over", "under", "against", "during",
        "n't", "very", "more", "also", "then", "now", "just", "even", "only", "has", "have", "had", "do",
        "did", "does", "can", "could", "will", "would", "should", "may", "might", "must",
    ])

    /// Words right before a cue that link it to an earlier verb of the same subject ("went on to
    /// say", "began by saying", "is quoted as saying").
    static let verbPhraseLinks = set(["to", "by", "as"])

    /// Conjunctions that may open a sentence before its subject ("And Mr. Christie gloated").
    static let sentenceConjunctions = set(["and", "but", "so", "yet", "or"])

    /// Words joining two verbs of one subject ("… and repeatedly says").
    static let coordinators = set(["and", "but", "then"])

    /// Relative words that make "which he said" a clause inside another sentence, not a report.
    static let relativeOpeners = set([
        "which", "who", "that", "what", "whom", "as", "than", "where", "when", "how", "why",
    ])

    /// Words that are never part of a capitalised name, even at a sentence start ("In", "The", "He").
    static let functionWords = phraseBreakers.union(determiners).union(modifierPrepositions).union(subjectPronouns)
        .union(set(["we", "you", "i", "according", "meanwhile", "however", "yet", "still", "instead", "here"]))

    static let malePronouns = set(["he", "him", "his"])
    static let femalePronouns = set(["she", "her"])
    static let neuterPronouns = set(["it"])
    /// Pronouns that can be the subject of a cue.
    static let subjectPronouns = set(["he", "she", "they", "it", "we", "i", "you"])

    /// Titles that mark a man or a woman, or only a role; never part of a speaker's name.
    static let maleTitles = set(["mr", "mr.", "sir", "lord", "king", "prince", "father", "rev.", "mister"])
    static let femaleTitles = set([
        "ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "queen", "princess", "sister",
    ])
    static let roleTitles = set([
        "dr", "dr.", "president", "secretary", "senator", "sen.", "sen", "rep.", "rep", "gov.", "gov", "governor",
        "gen.", "gen", "general", "prof.", "prof", "professor", "judge", "justice", "mayor", "minister",
        "chancellor", "ambassador", "chairman", "chairwoman", "speaker", "representative", "congressman",
        "congresswoman", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "pope", "cardinal", "bishop",
        "officer", "detective", "commissioner", "chief", "coach", "candidate", "nominee", "vice", "former",
        "deputy", "attorney", "state", "prime", "first", "lady",
    ])

    /// Nouns for a man or a woman in descriptions ("the spokesman", "the 34-year-old mother").
    static let maleNouns = set([
        "spokesman", "man", "father", "husband", "son", "brother", "king", "boy", "businessman", "congressman",
        "chairman", "grandfather", "uncle", "nephew", "gentleman", "dad",
    ])
    static let femaleNouns = set([
        "spokeswoman", "woman", "mother", "wife", "daughter", "sister", "queen", "girl", "businesswoman",
        "congresswoman", "chairwoman", "grandmother", "aunt", "niece", "lady", "mom", "mum",
    ])

    /// Nouns for something written or broadcast, whose author is the speaker ("the statement said").
    static let documentNouns = set([
        "statement", "report", "letter", "post", "tweet", "release", "memo", "communique", "article", "message",
        "email", "ad", "advertisement", "filing", "complaint", "document", "editorial", "piece", "note",
        "video", "transcript", "study", "survey", "poll", "analysis", "lawsuit", "ruling", "order", "notice",
        "headline", "caption", "sign", "banner", "tweet", "message", "text", "column", "book", "memoir", "website",
        "reports", "statements", "documents", "filings", "records", "letters", "studies", "surveys", "polls",
        "articles", "videos", "messages", "emails",
    ])

    /// Nouns for an organisation that speaks ("the newspaper wrote", "the agency said").
    static let organizationNouns = set([
        "newspaper", "agency", "ministry", "campaign", "government", "committee", "company", "party", "paper",
        "department", "office", "group", "organization", "organisation", "council", "network", "union",
        "administration", "commission", "court", "army", "military", "police", "firm", "team", "board",
        "channel", "broadcaster", "magazine", "website", "outlet", "station", "embassy", "spokesperson",
    ])
}
