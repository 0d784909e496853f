/// A common word written with a capital and standing alone is a piece of a name, not a name a
/// reader could filter by: "the Centre" for the congress centre named before, "Interior" in
/// "Interior Minister Joachim Brudziński", "Sea" in "the Law of the Sea", "County" in "Santa
/// Barbara County Sheriff". The tagger proposes such words where it reads a name's head or a
/// portfolio as a name of its own.
///
/// A one-word mention is dropped when its word is common in lowercase (on the common-words
/// list, or written in lowercase elsewhere in the same text), no longer name of the article
/// holds it as a person's word or another name's first ("Brown" beside "Gordon Brown",
/// "Goldman" beside "Goldman Sachs" stay for alias merging to join), and the text never writes
/// it the way a name stands: in mid-sentence, after no capitalised word ("Capitol Hill"),
/// before no capitalised word or number ("Civic Platform", "Area 51") and no "of", "for" or
/// "and" joining it to one ("the Movement for Democratic Change"), and after no determiner
/// ("the Centre", "this University" refer to a name). "When Bush gets a question", "the
/// advancement of Firefox" stand as names. After a determiner or a title, a word still stands
/// as a name when a list holds it whole ("the Senate") or it is a listed person's name read as
/// a person ("the Bush administration"); after a person's title or a job, when it is read as a
/// person ("President Bush", not "General Assembly"). A common word right before a job
/// title ("Interior Minister", "Health Secretary") names a portfolio, whatever the lists say.
///
/// A common word is an organisation or a place only where a list holds it whole as one
/// ("University beat Noosa" names nothing a reader could filter by). A rarer word is dropped
/// when the text only ever writes it as a piece of a name ("Civic Platform"), unless it is a
/// given name or surname read as a person, the part of a name the tagger kept ("Piers" of
/// "Piers Morgan"). Any one word read as a person right after a name of another kind is that
/// name's cut-off last word ("Capitol" + "Hill", "Smith Barney" + "Harris"), and is dropped.
enum EntityLoneWords {
    typealias Found = EntityMentionCleanup.Found
    typealias M = EntityGazetteer.Membership

    /// `found` without the lone common words that name nothing.
    static func filtered(_ found: [Found], _ doc: Document, _ features: EntityFeatures, gazetteer: EntityGazetteer)
        -> [Found]
    {
        var inNames: Set<UInt64> = []
        for m in found where m.tokens.count > 1 {
            // Any word of a person's name ("Brown" of "Gordon Brown"); the first of another's
            // ("Goldman" of "Goldman Sachs", not "County" of "Lincoln County").
            for k in m.type == .person ? m.tokens : m.tokens.prefix(1) where doc.tokens[k].kind == .word {
                inNames.insert(doc.tokens[k].lowerHash)
            }
        }
        let personNames = M.givenName.rawValue | M.surname.rawValue | M.personBegin.rawValue | M.personInside.rawValue
        // What each mention is, and whether a list holds it as a name: a listed name, or a given
        // name or surname read as a person.
        var lone: [(word: LoneWord, named: Bool)?] = []
        lone.reserveCapacity(found.count)
        // Few words per article: a list is quicker to look through than a set to hash into.
        var asked: [UInt64] = []
        for m in found {
            let i = m.tokens.lowerBound
            guard let word = loneWord(m.tokens, doc, features, inNames: inNames) else {
                lone.append(nil)
                continue
            }
            let named =
                gazetteer.isListedName(doc, i) || m.type == .person && features.facts[i].gazetteer & personNames != 0
            lone.append((word, named))
            // A rarer word is a name unless the text only ever writes it as a piece of one
            // ("Civic Platform", "Voice of America", "Tell Tamer"); a given name or surname read
            // as a person is kept, since the rest of the name is what the tagger missed ("Piers"
            // of "Piers Morgan").
            if word == .common || word == .rare && !named { asked.append(doc.tokens[i].hash) }
        }
        guard lone.contains(where: { $0 != nil }) else { return found }
        let standing = asked.isEmpty ? [:] : wordsStandingAsNames(doc, features, among: asked)
        return found.indices.filter { n in
            guard let (word, named) = lone[n] else { return true }
            let m = found[n]
            let i = m.tokens.lowerBound
            let how = standing[doc.tokens[i].hash] ?? 0
            // A word read as a person right after a name of another kind is that name's last
            // word, cut off ("Capitol" + "Hill", "Orchestra of Christmas" + "Charity").
            if m.type == .person && n > 0 && found[n - 1].type != .person && found[n - 1].tokens.upperBound == i
                && !doc.tokens[i].has(.lineStart)
            {
                return false
            }
            // A word common in lowercase is an organisation or a place only where a list holds
            // it whole as one ("Senate", "Apple"); elsewhere it is a name's head or a common noun
            // wherever it stands ("University knocked off Noosa", "Rest in Power").
            if word == .common && m.type != .person && !isListed(m, doc, gazetteer) {
                return false
            }
            switch word {
            case .portfolio: return false
            case .rare: return named || how & Standing.apart != 0
            case .common:
                // "the Senate", "the Bush administration": a listed name, or a surname or given
                // name read as a person, may follow a determiner; a person may follow a title.
                if how & Standing.alone != 0 || m.type == .person && how & Standing.afterTitle != 0 { return true }
                return named && how & Standing.afterDeterminer != 0
            }
        }.map { found[$0] }
    }

    /// Whether a list holds the one word of `m`, an organisation or a place, whole as a name of its type.
    static func isListed(_ m: Found, _ doc: Document, _ gazetteer: EntityGazetteer) -> Bool {
        let list = m.type == .organization ? EntityGazetteer.List.organization : EntityGazetteer.List.place
        return gazetteer.lists(of: m.tokens, doc) & list.rawValue != 0
    }

    /// What a one-word mention in mixed case is, when no longer name of the text holds it (their
    /// words' lowercase hashes are `inNames`).
    enum LoneWord {
        /// A common word before a job title ("Interior Minister").
        case portfolio
        /// A word common in lowercase.
        case common
        /// Any other word.
        case rare
    }

    /// What the one word of `range` is, or nil when it is no lone word in mixed case or a longer
    /// name holds it.
    static func loneWord(_ range: Range<Int>, _ doc: Document, _ features: EntityFeatures, inNames: Set<UInt64>)
        -> LoneWord?
    {
        guard range.count == 1 else { return nil }
        let i = range.lowerBound
        let t = doc.tokens[i]
        guard t.kind == .word, t.has(.capitalized), !t.has(.allCaps), !inNames.contains(t.lowerHash) else {
            return nil
        }
        let facts = features.facts[i].gazetteer
        guard facts & (M.commonWord.rawValue | M.lowercaseElsewhere.rawValue) != 0 else { return .rare }
        let beforeJob =
            i + 1 < doc.tokens.count && facts & M.commonWord.rawValue != 0
            && doc.tokens[i + 1].has(.capitalized) && EntityTitles.jobs.contains(doc.tokens[i + 1].lowerHash)
        return beforeJob ? .portfolio : .common
    }

    /// Words before a name that make the word after them refer to one rather than be one.
    static let determiners: TokenSet = TokenSet(
        Set(
            ["the", "a", "an", "this", "that", "these", "those", "our", "my", "his", "her", "its", "their", "your"]
                .map { TokenHash.lower($0) }))
    /// How a word stands where the text writes it as a name on its own (`wordsStandingAsNames`).
    enum Standing {
        static let alone: UInt8 = 1
        static let afterDeterminer: UInt8 = 2
        static let afterTitle: UInt8 = 4
        static let apart: UInt8 = 8
    }

    /// Words that join a capitalised word into a longer name ("Movement for Democratic Change",
    /// "Voice of America"); "and" joins one only to a common word ("Rail, Maritime and
    /// Transport Workers"), since two names are also joined by it ("Tina and Vicky").
    static let joiners: TokenSet = TokenSet(Set(["of", "for", "&"].map { TokenHash.lower($0) }))
    static let and = TokenHash.lower("and")

    /// The capitalised words (not in capitals) among `asked` (their hashes) that the text
    /// writes at least once as a name stands on its own, with `Standing` flags. `apart`: anywhere, even opening a sentence or
    /// a line, after no capitalised word but a title, a function word or a common word opening
    /// the sentence ("General Kutuzov", "And Jen, you…", "Try Varkala"), before no capitalised
    /// word but a title or job ("Apple CEO Tim Cook"), and joined by no "of", "for" or "&" to
    /// one. In mid-sentence, also after no title but a person's or a job, and before no number
    /// or "and" with a capitalised word ("Area 51"): `alone` after neither a determiner nor a
    /// title, `afterDeterminer` after a determiner, `afterTitle` after a person's title or a job.
    static func wordsStandingAsNames(_ doc: Document, _ features: EntityFeatures, among asked: [UInt64])
        -> [UInt64: UInt8]
    {
        let tokens = doc.tokens
        // Token `k` is a capitalised word on the line of token `i`.
        func capitalised(_ k: Int, beside i: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].has(.capitalized) else { return false }
            return !tokens[max(i, k)].has(.lineStart)
        }
        func isJob(_ k: Int) -> Bool {
            EntityTitles.personal.contains(tokens[k].lowerHash) || EntityTitles.jobs.contains(tokens[k].lowerHash)
        }
        func joins(_ k: Int, _ words: TokenSet) -> Bool {
            k + 1 < tokens.count && words.contains(tokens[k].lowerHash) && !tokens[k].has(.capitalized)
                && capitalised(k + 1, beside: k)
        }
        var words: [UInt64: UInt8] = [:]
        for (i, t) in tokens.enumerated()
        where t.kind == .word && t.has(.capitalized) && !t.has(.allCaps) && asked.contains(t.hash) {
            var title = false
            if capitalised(i - 1, beside: i) {
                let before = tokens[i - 1].lowerHash
                title = EntityTitles.all.contains(before)
                let opener =
                    features.opensSentence(i - 1)
                    && features.facts[i - 1].gazetteer & EntityGazetteer.Membership.commonWord.rawValue != 0
                guard
                    title || opener || EntityMentionCleanup.endWords.contains(before)
                        || EntityMentionCleanup.sentenceOpeners.contains(before)
                else { continue }
            }
            if capitalised(i + 1, beside: i) && !isJob(i + 1) || joins(i + 1, joiners) { continue }
            guard i > 0, !t.has(.lineStart), !features.opensSentence(i) else {
                words[t.hash, default: 0] |= Standing.apart
                continue
            }
            // "General Assembly", "Area 51", "Maritime and Transport": a common word there is a piece of a name.
            let piece =
                title && !isJob(i - 1)
                || i + 1 < tokens.count && tokens[i + 1].kind == .number && !tokens[i + 1].has(.lineStart)
                || i + 2 < tokens.count && tokens[i + 1].lowerHash == and && capitalised(i + 2, beside: i + 1)
            let before = tokens[i - 1]
            let determined = before.kind == .word && determiners.contains(before.lowerHash)
            words[t.hash, default: 0] |=
                Standing.apart
                | (piece ? 0 : title ? Standing.afterTitle : determined ? Standing.afterDeterminer : Standing.alone)
        }
        return words
    }
}
