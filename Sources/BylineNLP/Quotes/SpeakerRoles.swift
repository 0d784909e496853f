/// The person behind a definite description: "the midfielder", "the spokeswoman", "the
/// 31-year-old Scot", "Obama's former campaign strategist" name whoever the article introduced in
/// that role, before the name ("midfielder Jon Bell"), in an apposition after it ("Jon Bell, the
/// club's midfielder,") or with a copula ("Bell, who is a midfielder", "Bell was a midfielder").
extension SpeakerResolver {
    /// Most words between a name's comma or copula and the role's head noun.
    static let roleReach = 8

    /// A definite description of one person: led by "the", "this" or "that", or by a possessive
    /// name ("Obama's former strategist"); its head is no document or organisation, nor a plural.
    func isDefiniteRole(_ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        let t = ctx.tokens
        let first = t[r.lowerBound].lowerHash
        let possessor =
            ctx.nameAt[r.lowerBound] >= 0
            && r.contains { ctx.isPossessive($0) || ctx.isPossessiveMark($0) || endsPossessive($0) }
        guard SpeakerResolver.definiteArticles.contains(first) || possessor else { return false }
        let head = t[r.upperBound - 1].lowerHash
        guard ctx.isWord(r.upperBound - 1), !QuoteWords.documentNouns.contains(head),
            !QuoteWords.organizationNouns.contains(head)
        else { return false }
        return !ctx.isPlural(r.upperBound - 1) || QuoteWords.maleNouns.contains(head)
            || QuoteWords.femaleNouns.contains(head)
    }

    static let definiteArticles = QuoteWords.set(["the", "this", "that"])

    /// A word written with its possessive ending ("Obama's").
    func endsPossessive(_ k: Int) -> Bool {
        let t = ctx.tokens[k]
        guard t.kind == .word, t.length >= 3 else { return false }
        let s = ctx.doc.scalars
        return (s[Int(t.end) - 1].value | 0x20) == 0x73 && ScalarClass.isApostrophe(s[Int(t.end) - 2].value)
    }

    /// The person the article introduced with the head noun `head` before `at`, nearest first.
    func introducedPerson(_ head: UInt64, before at: Int) -> String? {
        let wanted = Gender.of(word: head)
        return nearest(head, before: at) { k in
            guard !ctx.quoted[k], let p = personIntroduced(at: k) else { return nil }
            let name = SpeakerResolver.trimmedName(
                ctx.names[p].canonical, mention: ctx.doc.string(tokens: ctx.nameTokens[p]))
            let gender = genderOf(name)
            return wanted == .unknown || gender == .unknown || gender == wanted ? fullName(name) : nil
        }
    }

    /// What `found` makes of the nearest occurrence of the word `head` before `at` that it
    /// accepts, looking back twice the speaker reach: the earlier mention a description
    /// ("the spokeswoman", "the president", "the website") refers back to.
    func nearest<T>(_ head: UInt64, before at: Int, _ found: (Int) -> T?) -> T? {
        var k = at - 1
        while k >= 0 && k > at - SpeakerResolver.reach * 2 {
            ctx.step()
            if ctx.tokens[k].lowerHash == head, let value = found(k) { return value }
            k -= 1
        }
        return nil
    }

    /// The gender the article gives the person named `name`, or unknown.
    func genderOf(_ name: String) -> Gender { genders[fullName(name)] ?? .unknown }

    /// The "the" opening a description whose head is the capitalised word at `k` ("the
    /// 31-year-old Scot"), a few describing words or numbers back; nil when none does.
    func roleStart(before k: Int) -> Int? {
        let t = ctx.tokens
        var j = k - 1
        while j >= 0 && j >= k - 6 {
            if SpeakerResolver.definiteArticles.contains(t[j].lowerHash) { return j < k - 1 ? j : nil }
            guard (ctx.isWord(j) && !t[j].has(.capitalized)) || t[j].kind == .number || ctx.doc.isPunct(j, "-") else {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The index into `ctx.names` of the person a role noun at `k` introduces, if any.
    func personIntroduced(at k: Int) -> Int? {
        let t = ctx.tokens
        // "midfielder Jon Bell", "the 31-year-old Scot Andy Murray": the name right after the role.
        if k + 1 < t.count, ctx.nameAt[k + 1] >= 0, ctx.names[Int(ctx.nameAt[k + 1])].type == .person {
            return Int(ctx.nameAt[k + 1])
        }
        // Back over the rest of the description to the name it describes.
        var j = k - 1
        var copula = false
        while j >= 0 && j > k - SpeakerResolver.roleReach {
            if let n = ctx.name(at: j) {
                // "Obama's former strategist": a possessor inside the description.
                let after = n.upperBound
                if (after < t.count && (ctx.isPossessive(after) || ctx.isPossessiveMark(after)))
                    || endsPossessive(after - 1)
                {
                    j = n.lowerBound - 1
                    continue
                }
                guard copula, ctx.names[Int(ctx.nameAt[j])].type == .person else { return nil }
                return Int(ctx.nameAt[j])
            }
            let h = t[j].lowerHash
            if ctx.doc.isPunct(j, ",") {
                // "Jon Bell, the midfielder": the comma right after a person's name.
                guard j > 0, ctx.nameAt[j - 1] >= 0, ctx.names[Int(ctx.nameAt[j - 1])].type == .person else {
                    return nil
                }
                return Int(ctx.nameAt[j - 1])
            }
            if SpeakerResolver.copulas.contains(h) {
                copula = true
            } else if !(ctx.isWord(j) || t[j].kind == .number || ctx.doc.isPunct(j, "-") || ctx.isPossessive(j)
                || ctx.isPossessiveMark(j)) || ctx.quoted[j] || ctx.isCue(j)
            {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// "The New York businessman said", "Obama's former campaign strategist said": a definite
    /// role the article never gave anyone is another way of naming someone it is about, so it
    /// refers back as a pronoun of its gender would. Roles that usually name a new, unnamed
    /// person ("the spokesman", "the official") are left as descriptions.
    func epithetReferent(_ r: Range<Int>, excluding content: Range<Int>?) -> String? {
        let t = ctx.tokens
        let head = t[r.upperBound - 1].lowerHash
        guard !SpeakerResolver.unnamedRoles.contains(head) else { return nil }
        var k = r.lowerBound - 1
        while k >= 0 && k > r.lowerBound - SpeakerResolver.reach {
            ctx.step()
            if t[k].lowerHash == head { return nil }
            k -= 1
        }
        return referent(before: r.lowerBound, gender: Gender.of(word: head), excluding: content)
    }

    /// Roles that, unintroduced, name a source the article leaves unnamed.
    static let unnamedRoles = QuoteWords.set([
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "witness",
        "eyewitness", "resident", "analyst", "expert", "lawyer", "attorney", "doctor", "officer", "person", "man",
        "woman", "announcer", "narrator", "reporter", "caller", "voter", "protester", "student", "teacher",
    ])

    /// Whether what the phrase `r` resolved to can speak: a recognised or resolved name, a
    /// capitalised name the text also uses on its own, or a description whose words name a person's
    /// role ("foreign ministry spokesman", "protester using the pseudonym Katya") or a body that
    /// speaks by itself ("the ministry", "police"). A document speaks for its author only.
    func isSpeaker(_ speaker: Speaker, _ r: Range<Int>) -> Bool {
        if speaker.type == .person || speaker.type == .organization && headName(r) != nil { return true }
        // Resolved to someone else's name (a pronoun, a relative, a document's author), not to a
        // longer description of the same head ("NCA's investigation of Matthew Falder").
        let headWord = ctx.doc.string(tokens: (r.upperBound - 1)..<r.upperBound)
        if speaker.name != ctx.doc.string(tokens: r) && speaker.mention?.text != speaker.name
            && !speaker.name.spaceSeparated().contains(where: { $0 == headWord })
        {
            return true
        }
        let t = ctx.tokens
        if r.allSatisfy({ TrailingCueSieve.isSpaceless($0, ctx) }) { return true }
        if ctx.isNameLike(r) {
            if r.count > 1 || ctx.isConfidentName(r) || ctx.nameAt[r.lowerBound] >= 0 || standaloneName(r.lowerBound) {
                return true
            }
            // A lone capitalised word: a name the recogniser missed ("Braynard"), a role
            // ("Protesters"), but not an adverb or a function word opening a sentence ("Specifically").
            let h = t[r.lowerBound].lowerHash
            if SpeakerResolver.roleNouns.contains(h) || SpeakerResolver.speakingBodies.contains(h) { return true }
            return !ctx.endsWith(r.lowerBound, "ly") && !QuoteWords.functionWords.contains(h)
                && !SpeakerResolver.nonSpeakerCapitals.contains(h)
        }
        // "the IMF", "the Kremlin's press office": a body named by its capitals.
        for k in r
        where ctx.isWord(k) && k > r.lowerBound && t[k].has(.capitalized)
            && !QuoteWords.functionWords.contains(t[k].lowerHash)
        {
            return true
        }
        // "the ruling", "the letter": one document the article has introduced; "a whistle-blower
        // complaint" or "reports" name no one.
        let head = t[r.upperBound - 1].lowerHash
        if QuoteWords.documentNouns.contains(head) {
            return SpeakerResolver.definiteDeterminers.contains(t[r.lowerBound].lowerHash)
                && !ctx.isPlural(r.upperBound - 1)
        }
        // "the attendees", "the authors of the report": a group of people the article has described.
        if r.count >= 2 && SpeakerResolver.definiteArticles.contains(t[r.lowerBound].lowerHash)
            && ctx.isPlural(r.upperBound - 1) && !QuoteWords.organizationNouns.contains(head)
        {
            return true
        }
        for k in r where ctx.isWord(k) {
            let h = t[k].lowerHash
            if SpeakerResolver.roleNouns.contains(h) || QuoteWords.maleNouns.contains(h)
                || QuoteWords.femaleNouns.contains(h) || QuoteWords.roleTitles.contains(h)
                || SpeakerResolver.speakingBodies.contains(h)
            {
                return true
            }
        }
        return false
    }

    /// Nouns for people by what they do or are, the unnamed sources of news.
    static let roleNouns = QuoteWords.set([
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "aides",
        "adviser", "advisers", "advisor", "witness", "witnesses", "eyewitness", "eyewitnesses", "resident",
        "residents", "analyst", "analysts", "expert", "experts", "lawyer", "lawyers", "attorney", "doctor",
        "doctors", "officer", "officers", "person", "people", "announcer", "narrator", "reporter", "reporters",
        "caller", "voter", "voters", "protester", "protesters", "protestor", "protestors", "demonstrators",
        "student", "students", "teacher", "teachers", "researcher", "researchers", "scientist", "scientists",
        "economist", "economists", "activist", "activists", "leader", "leaders", "member", "members", "worker",
        "workers", "employee", "employees", "fan", "fans", "parent", "parents", "relative", "relatives", "friend",
        "friends", "neighbour", "neighbor", "neighbours", "neighbors", "survivor", "survivors", "victim",
        "victims", "manager", "director", "executive", "executives", "founder", "owner", "chief", "head",
        "diplomat", "diplomats", "lawmaker", "lawmakers", "legislator", "legislators", "politician",
        "politicians", "candidate", "senator", "minister", "ministers", "prosecutor", "prosecutors",
        "investigator", "investigators", "authorities", "organiser", "organizer", "organisers", "organizers",
        "commander", "soldier", "soldiers", "player", "players", "midfielder", "striker", "defender",
        "goalkeeper", "captain", "coach", "manager", "publicist", "interviewee", "author", "writer", "critic",
        "critics", "supporter", "supporters", "opponent", "opponents", "campaigner", "campaigners", "user",
        "users", "customer", "customers", "patient", "patients", "nurse", "nurses", "passenger", "passengers",
        "journalist", "journalists", "editor", "historian", "professor", "psychologist", "chairman",
        "chairwoman", "president", "secretary", "governor", "mayor", "representative", "agent", "agents",
        "detective", "judge", "pilot", "farmer", "farmers", "owner", "owners", "citizen", "citizens",
        "mother", "father", "wife", "husband", "son", "daughter", "man", "woman", "men", "women", "boy", "girl",
        "family", "families", "mp", "mps", "insider", "insiders", "observer", "observers", "participant",
        "participants", "colleague", "colleagues", "partner", "partners", "scholar", "scholars", "veteran",
        "veterans", "firefighter", "firefighters", "paramedic", "paramedics", "guard", "guards", "reader",
        "readers", "viewer", "viewers", "listener", "listeners", "tycoon", "mogul", "billionaire", "star", "actor",
        "actress", "singer", "artist", "celebrity", "host", "anchor", "commentator", "pundit", "strategist",
        "consultant", "pollster", "specialist", "official's", "businessman", "businesswoman", "entrepreneur",
    ])

    /// Capitalised words that open sentences and are no one: prepositions and nouns for things.
    static let nonSpeakerCapitals = QuoteWords.set([
        "amongst", "among", "abuse", "fashion", "meanwhile", "however", "moreover", "furthermore", "still",
        "instead", "overall", "yesterday", "today", "tomorrow", "tonight", "later", "earlier", "afterwards",
    ])

    static let definiteDeterminers = QuoteWords.set(["the", "this", "that", "its", "his", "her", "their"])

    /// Bodies that, unnamed, still speak with one voice in the news ("the ministry said").
    static let speakingBodies = QuoteWords.set([
        "ministry", "government", "police", "army", "military", "court", "agency", "committee", "campaign",
        "commission", "council", "administration", "department", "embassy", "union", "party", "board", "network",
        "newspaper", "channel", "broadcaster", "magazine", "navy", "parliament", "senate", "congress", "cabinet",
        "kremlin", "pentagon", "regime", "coalition", "alliance", "federation", "association", "church",
        "militants", "rebels", "spokesperson", "media",
    ])

    /// A capitalised word the text also uses mid-sentence on its own.
    func standaloneName(_ k: Int) -> Bool { standalone.contains(ctx.tokens[k].hash) }

    static let copulas = QuoteWords.set(["is", "was", "as", "became", "becomes", "who's", "named"])

    /// A name as a speaker is shown: without a possessive, a quotation or a headline's verb run
    /// into it ("Obama Says" -> "Obama", "Donald Trump’s “self-centered" -> "Donald Trump").
    static func trimmedName(_ name: String) -> String { trimmedName(name, words: name.spaceSeparated()) }

    /// `trimmedName(_:)` of `name` already cut into its `words`.
    private static func trimmedName(_ name: String, words: [Substring]) -> String {
        var kept: [Substring] = []
        for (i, word) in words.enumerated() {
            if hasQuotationMark(word) { break }
            if i > 0 && headlineVerbs.contains(TokenHash.lower(word)) { break }
            if let cut = possessiveStem(word) {
                // "NBC’s Dante Chinni": the possessor only describes the name after it.
                if i + 1 < words.count, let next = words[i + 1].unicodeScalars.first, next.properties.isUppercase,
                    !words[i + 1].unicodeScalars.contains(where: { ScalarClass.isQuoteMark($0.value) })
                {
                    kept = []
                    continue
                }
                if !cut.isEmpty { kept.append(cut) }
                break
            }
            kept.append(word)
        }
        if kept.isEmpty { return name }
        // Every word kept, one space apart (the lengths add up): that is the name itself, so no
        // new string is joined.
        if kept.count == words.count && kept.reduce(kept.count - 1, { $0 + $1.utf8.count }) == name.utf8.count {
            return name
        }
        return kept.joined(separator: " ")
    }

    /// Whether `word` holds a quotation mark other than an apostrophe. In ASCII only `"` is one.
    private static func hasQuotationMark(_ word: Substring) -> Bool {
        word.asciiContains(0x22)
            ?? word.unicodeScalars.contains { ScalarClass.isQuoteMark($0.value) && !ScalarClass.isApostrophe($0.value) }
    }

    /// The name a mention stands for, trimmed as `trimmedName(_:)`; when a title-case headline
    /// ran two names into one ("Chris Christie Calls Hillary Clinton"), the one holding the
    /// mention's last word ("Clinton" -> "Hillary Clinton").
    static func trimmedName(_ name: String, mention: @autoclosure () -> String) -> String {
        if isUntrimmed(name) { return name }
        let words = name.spaceSeparated()
        // The mention is made and read only for a name with a headline verb in it.
        guard let verb = headlineVerb(in: words), let last = mention().spaceSeparated().last else {
            return trimmedName(name, words: words)
        }
        let own = possessiveStem(last) ?? last
        if words[(verb + 1)...].contains(where: { (possessiveStem($0) ?? $0) == own }),
            !words[..<verb].contains(where: { (possessiveStem($0) ?? $0) == own })
        {
            return trimmedName(words[(verb + 1)...].joined(separator: " "))
        }
        return trimmedName(name, words: words)
    }

    /// Whether `name` is plainly its own trimmed form, read on its bytes: ASCII words one space
    /// apart with no quotation mark, no apostrophe and no headline verb after the first, as most
    /// names are. Cutting such a name into words only to join them again cost more than the rest
    /// of setting up speaker resolution for it; anything else (nil from the bytes) is cut.
    static func isUntrimmed(_ name: String) -> Bool {
        let plain = name.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let first = b.first, first != 0x20, b.last != 0x20 else { return false }
            var h = TokenHash.offset
            var inFirstWord = true
            for (i, x) in b.enumerated() {
                if x >= 0x80 || x == 0x22 || x == 0x27 { return false }
                if x == 0x20 {
                    if b[i - 1] == 0x20 { return false }
                    if !inFirstWord && headlineVerbs.contains(h) { return false }
                    inFirstWord = false
                    h = TokenHash.offset
                } else {
                    h = TokenHash.combine(h, UInt32(x >= 0x41 && x <= 0x5A ? x | 0x20 : x))
                }
            }
            return inFirstWord || !headlineVerbs.contains(h)
        }
        return plain ?? false
    }

    /// The last word after the first that is a headline verb ("Calls" of "Chris Christie Calls
    /// Hillary Clinton"): only a name holding one is trimmed by its mention.
    static func headlineVerb(in words: [Substring]) -> Int? {
        words.indices.last { $0 > 0 && headlineVerbs.contains(TokenHash.lower(words[$0])) }
    }

    /// "Trump’s" -> "Trump"; nil for a word without a possessive ending.
    static func possessiveStem(_ word: Substring) -> Substring? {
        let s = word.unicodeScalars
        guard let last = s.last, last == "s" || last == "S" else { return nil }
        let end = s.index(before: s.endIndex)
        guard end > s.startIndex else { return nil }
        let mark = s.index(before: end)
        guard ScalarClass.isApostrophe(s[mark].value) else { return nil }
        return Substring(String(s[..<mark]))
    }

    /// Verbs a title-case headline runs into a name ("Chris Christie Calls Hillary Clinton …").
    static let headlineVerbs = QuoteWords.speechVerbs.union(
        QuoteWords.set([
            "calls", "goes", "speaks", "slams", "wins", "takes", "makes", "gets", "hits", "rips", "backs",
            "endorses", "attacks", "defends", "visits", "meets", "leads", "vows", "urges", "blasts", "accuses",
        ]))
}
