/// Turns speaker phrases into names: a named mention gives its canonical name (a lone surname
/// the full name it stands for), "he"/"she" the most salient earlier person of that gender (see
/// `pronounReferent`), "it" the
/// nearest organisation, "the spokesman" the fullest description of that spokesman given so
/// far, "the statement" the author of the statement mentioned earlier, and "the president" the
/// person the article titled so ("President Barack Obama").
struct SpeakerResolver {
    struct Person {
        var token: Int
        var name: String
        var gender: Gender
        /// Speaks or is the subject of its clause, so later pronouns most likely refer to it.
        var salient = false
    }

    let ctx: QuoteContext
    /// People the text names or describes, by position.
    private(set) var people: [Person] = []
    /// Full names by the lowercase hash of their last word.
    private var fullNames: [UInt64: String] = [:]
    /// Full names given with a nickname, by the nickname and surname ("Bobby Scott" -> "Robert C. Scott").
    private var nicknames: [String: String] = [:]
    /// Full names whose surname a lone name misspells, by the lone name's lowercase hash.
    private var respelt: [UInt64: String] = [:]
    /// Full names by the lowercase hash of their first word; empty when two names share it.
    private var firstWords: [UInt64: String] = [:]
    /// Resolved attributions so far (cue token, speaker), for "the statement said".
    private var authors: [(cue: Int, speaker: Speaker)] = []
    /// Pronoun speakers resolved so far, in text order, as the people they stand for: the next
    /// "he said" most often continues the last one.
    private var chained: [Person] = []
    /// Each full name's gender, from any mention that shows it.
    private(set) var genders: [String: Gender] = [:]
    /// Per sentence, whether "he" (bit 1) or "she" (bit 2) appears in it outside quotation marks
    /// (see `referent`).
    private var pronounSentences: [UInt8] = []
    /// Capitalised words the text uses on their own in mid-sentence (see `standaloneCapitals`).
    private(set) var standalone = Set<UInt64>()

    static let he = TokenHash.lower("he")
    static let she = TokenHash.lower("she")
    static let they = TokenHash.lower("they")
    static let and = TokenHash.lower("and")
    /// How far back, in tokens, pronouns and descriptions look for what they refer to.
    static let reach = 1500
    /// Furthest into its sentence, in tokens, a clause subject may start.
    static let subjectReach = 60

    init(_ ctx: QuoteContext, phrases: [Range<Int>]) {
        self.ctx = ctx
        var people: [Person] = []
        // Token flags rather than sets of token indexes, which hashed every index.
        var speaking = [Bool](filledWith: false, count: ctx.tokens.count)
        for r in phrases { for k in r { speaking[k] = true } }
        // Surnames of people named in full elsewhere that the recogniser left out ("Ham made it clear …").
        var lone: [Int] = []
        for i in ctx.tokens.indices
        where ctx.nameAt[i] < 0 && ctx.isWord(i) && ctx.tokens[i].has(.capitalized)
            && ctx.surnames.contains(ctx.tokens[i].lowerHash)
        {
            lone.append(i)
        }
        // A person is mentioned many times under one canonical name: a name the mention cannot
        // change is trimmed and its first word hashed once.
        var trimmed = [String: (name: String, first: UInt64?)](minimumCapacity: ctx.names.count)
        for (k, e) in ctx.names.enumerated() where e.type == .person {
            let r = ctx.nameTokens[k]
            let salient =
                speaking[r.lowerBound] || SpeakerResolver.isClauseSubject(r, ctx, lone: lone)
                || SpeakerResolver.isIntroduced(r, ctx)
            let name: String
            // A headline's run of two names shows the gender of the one kept.
            let first: UInt64?
            if let known = trimmed[e.canonical] {
                name = known.name
                first = known.first
            } else {
                name = SpeakerResolver.trimmedName(e.canonical, mention: ctx.doc.string(tokens: r))
                first = name.firstWord.map { TokenHash.lower($0) }
                if SpeakerResolver.isUntrimmed(e.canonical)
                    || SpeakerResolver.headlineVerb(in: e.canonical.spaceSeparated()) == nil
                {
                    trimmed[e.canonical] = (name, first)
                }
            }
            let own = r.first { ctx.tokens[$0].lowerHash == first } ?? r.lowerBound
            people.append(
                Person(
                    token: r.lowerBound, name: name,
                    gender: SpeakerResolver.gender(of: own..<r.upperBound, ctx), salient: salient))
        }
        // Such a surname is that person, as a subject or not like any other mention.
        var speakingLone = [Bool](filledWith: false, count: ctx.tokens.count)
        for r in phrases where r.count == 1 { speakingLone[r.lowerBound] = true }
        for i in lone where !ctx.quoted[i] && !speakingLone[i] {
            let r = i..<(i + 1)
            people.append(
                Person(
                    token: i, name: ctx.doc.string(tokens: r), gender: SpeakerResolver.gender(of: r, ctx),
                    salient: SpeakerResolver.isClauseSubject(r, ctx, lone: lone) || SpeakerResolver.isIntroduced(r, ctx)
                ))
        }
        let standalone = SpeakerResolver.standaloneCapitals(ctx)
        // Phrases holding a recognised name ("Senate Majority Leader Mitch McConnell") are that person.
        for r in phrases where !r.isEmpty && !r.contains(where: { ctx.nameAt[$0] >= 0 && !ctx.isPossessorName(at: $0) })
        {
            // A single capitalised word ("Conversely", "Tuesday") or a description of unknown gender
            // ("the ground") is too often no person to outrank a recognised one.
            if ctx.isNameLike(r) && !QuoteWords.subjectPronouns.contains(ctx.tokens[r.lowerBound].lowerHash) {
                // A lone word the text also uses mid-sentence on its own ("said Sanders,") is a name
                // the recogniser missed; one seen only opening sentences ("Conversely") is not.
                let lone = r.count == 1 && standalone.contains(ctx.tokens[r.lowerBound].hash)
                people.append(
                    Person(
                        token: r.lowerBound, name: SpeakerResolver.trimmedName(SpeakerResolver.plainName(r, ctx)),
                        gender: SpeakerResolver.gender(of: r, ctx),
                        salient: ctx.isConfidentName(r) || lone))
            } else if isPersonDescription(r) {
                let gender = Gender.of(word: ctx.tokens[r.upperBound - 1].lowerHash)
                people.append(Person(token: r.lowerBound, name: "", gender: gender, salient: gender != .unknown))
            }
        }
        people.sort { $0.token < $1.token }
        // Each distinct name gets a number, and what is worked out per name is kept by number: a
        // person is mentioned many times, and hashing the name's `String` again at every step of
        // the loops below cost more than the steps themselves.
        // Sized once for every mention: growing rehashed each name's `String` again.
        var idOf = [String: Int](minimumCapacity: people.count)
        var distinct: [String] = []
        func intern(_ name: String) -> Int {
            if let id = idOf[name] { return id }
            idOf[name] = distinct.count
            distinct.append(name)
            return distinct.count - 1
        }
        let ids = people.map { intern($0.name) }
        // The hashes of the first and last words of each name of several words (nil for one word),
        // cut once per name rather than in every loop below.
        let nameEnds: [(first: UInt64, last: UInt64)?] = distinct.map { name in
            guard name.hasSpace else { return nil }
            return (name.firstWord.map { TokenHash.lower($0) } ?? 0, name.lastWord.map { TokenHash.lower($0) } ?? 0)
        }
        let ends = ids.map { nameEnds[$0] }
        // Per last word, the full name mentioned most often (the first on a tie), so a lone
        // "Clinton" is the Clinton the article is about, and "Suu Kyi" extends to "Aung San Suu Kyi".
        var mentions = [Int](filledWith: 0, count: distinct.count)
        for (id, e) in zip(ids, ends) where e != nil { mentions[id] += 1 }
        for (k, (p, e)) in zip(people, ends).enumerated() {
            guard let last = e?.last else { continue }
            guard let known = fullNames[last] else {
                fullNames[last] = p.name
                continue
            }
            // The same name again changes nothing.
            if known == p.name { continue }
            // A longer form of the same name wins however rarely it is used ("Suu Kyi" is short for
            // "Aung San Suu Kyi"); between two different people, the one mentioned more often.
            if SpeakerResolver.isLongerForm(known, of: p.name) { continue }
            if SpeakerResolver.isLongerForm(p.name, of: known)
                || mentions[ids[k]] > (idOf[known].map { mentions[$0] } ?? 0)
            {
                fullNames[last] = p.name
            }
        }
        // `Robert C. "Bobby" Scott`: the name given with a nickname is the full name that both
        // "Bobby Scott" and "Scott" stand for.
        let nicknames = SpeakerResolver.nicknamedNames(ctx)
        for (short, full) in nicknames {
            let last = full.lastWord.map { TokenHash.lower($0) } ?? 0
            if fullNames[last] == nil || fullNames[last] == short { fullNames[last] = full }
        }
        self.nicknames = nicknames
        // A lone word that opens one full name and ends none is short for it: a surname written
        // first ("Ban" for "Ban Ki-moon") or a first name ("Donald"). Two such names: neither.
        for (p, e) in zip(people, ends) {
            guard let first = e?.first else { continue }
            if let known = firstWords[first], known != p.name {
                if !known.hasPrefix(p.name + " ") { firstWords[first] = p.name.hasPrefix(known + " ") ? p.name : "" }
            } else {
                firstWords[first] = p.name
            }
        }
        // Lone names misspelling one full name's surname, looked up once per name.
        var checked = Set<UInt64>()
        var surnames: [(full: String, last: [Unicode.Scalar])]? = nil
        for (p, e) in zip(people, ends) where !p.name.isEmpty && e == nil {
            let h = TokenHash.lower(p.name)
            guard fullNames[h] == nil, checked.insert(h).inserted else { continue }
            if let full = misspeltSurname(p.name, surnames: &surnames) { respelt[h] = full }
        }
        // Each name's full name, worked out once, by number.
        var fullOf = Array(distinct.indices)
        for id in fullOf.indices where !distinct[id].isEmpty { fullOf[id] = intern(fullName(distinct[id])) }
        // One gender per person, from any mention that shows it ("Mr Blinken" -> Antony Blinken,
        // "Hillary Clinton" -> a lone "Clinton"). Mentions showing both genders were merged into
        // one name by mistake (a headline "Chris Christie Calls Hillary Clinton"): unknown.
        // A lone surname may belong to another bearer of it ("Clinton" for Bill beside Hillary
        // Clinton), so it shows a gender only for names no full mention gives one.
        var genderOf = [Gender?](filledWith: nil, count: distinct.count)
        for lone in [false, true] {
            let given = genderOf
            for (k, p) in people.enumerated() where p.gender != .unknown && !p.name.isEmpty && (ends[k] != nil) != lone
            {
                let full = fullOf[ids[k]]
                if lone && given[full] != nil { continue }
                if let known = genderOf[full], known != p.gender {
                    genderOf[full] = .unknown
                } else if genderOf[full] == nil {
                    genderOf[full] = p.gender
                }
            }
        }
        for k in people.indices where people[k].gender == .unknown && !people[k].name.isEmpty {
            let full = fullOf[ids[k]]
            // A full name no mention showed a gender for ("Obama" -> "Barack Obama") has its given name's.
            if genderOf[full] == nil, distinct[full].hasSpace, let given = distinct[full].firstWord {
                genderOf[full] = Gender.of(nameWord: TokenHash.lower(given), beforeSurname: true)
            }
            people[k].gender = genderOf[full] ?? .unknown
        }
        var genders: [String: Gender] = [:]
        for (id, gender) in genderOf.enumerated() { if let gender { genders[distinct[id]] = gender } }
        var pronounSentences = [UInt8](filledWith: 0, count: ctx.doc.sentences.count)
        // Read once: a static word hash is a lazy global, checked at every read.
        let he = SpeakerResolver.he
        let she = SpeakerResolver.she
        for (k, sentence) in ctx.doc.sentences.enumerated() {
            for i in sentence where ctx.isWord(i) && !ctx.quoted[i] {
                let h = ctx.tokens[i].lowerHash
                if h == he {
                    pronounSentences[k] |= 1
                } else if h == she {
                    pronounSentences[k] |= 2
                }
            }
        }
        self.pronounSentences = pronounSentences
        self.people = people
        self.genders = genders
        self.standalone = standalone
    }

    /// Resolves the phrase a cue at `cue` points at, for a quote or reported clause over
    /// `content`: a pronoun never stands for someone named inside what it reports ("Mr Smith has
    /// failed, he claimed").
    mutating func resolve(_ r: Range<Int>, cue: Int?, content: Range<Int>? = nil) -> Speaker? {
        let speaker = name(r, content: content)
        // Only a person, an organisation or a role the article gives speaks; a phrase naming
        // none of these ("years thereafter", "reports", "the office") leaves the quote unattributed.
        guard isSpeaker(speaker, r) else { return nil }
        if let cue { authors.append((cue, speaker)) }
        let h = ctx.tokens[r.lowerBound].lowerHash
        if r.count == 1, speaker.type == .person, speaker.name != speaker.mention?.text,
            QuoteWords.malePronouns.contains(h) || QuoteWords.femalePronouns.contains(h),
            chained.last.map({ $0.token < r.lowerBound }) ?? true
        {
            chained.append(
                Person(token: r.lowerBound, name: speaker.name, gender: Gender.of(pronoun: h), salient: true))
        }
        return speaker
    }

    func name(_ r: Range<Int>, content: Range<Int>? = nil) -> Speaker {
        let mention = ctx.doc.span(tokens: r)
        let t = ctx.tokens
        // "the 34-year-old mother of three" is the person "the 34-year-old mother" names.
        if r.count >= 4 && ctx.isCountAfterOf(r.upperBound - 1) {
            var speaker = name(r.lowerBound..<(r.upperBound - 2), content: content)
            speaker.mention = mention
            return speaker
        }
        // "外交部发言人" before 说: a speaker in a spaceless script is shown as the text gives it.
        if r.allSatisfy({ TrailingCueSieve.isSpaceless($0, ctx) }) && ctx.nameAt[r.lowerBound] < 0 {
            return Speaker(name: mention.text, mention: mention, type: nil)
        }
        if let k = headName(r) {
            let e = ctx.names[k]
            let type: EntityType = e.type == .person ? .person : .organization
            let name =
                e.type == .person
                ? fullName(SpeakerResolver.trimmedName(e.canonical, mention: ctx.doc.string(tokens: ctx.nameTokens[k])))
                : e.canonical
            return Speaker(name: name, mention: mention, type: type)
        }
        let first = t[r.lowerBound].lowerHash
        if r.count == 1 && (first == QuoteContext.who || first == QuoteContext.which),
            let antecedent = ctx.relativeAntecedent(
                of: r.lowerBound, lowerLimit: max(0, r.lowerBound - QuoteContext.phraseReach - 2))
        {
            var speaker = name(antecedent)
            speaker.mention = mention
            return speaker
        }
        // "it" stands for an organisation, or for a thing that is no speaker ("It also stated"
        // after "a statement"): never for a person
        if r.count == 1 && QuoteWords.neuterPronouns.contains(first) {
            let referent = pronounReferent(r.lowerBound, excluding: content)
            return Speaker(
                name: referent ?? mention.text, mention: mention, type: referent == nil ? nil : .organization)
        }
        if r.count == 1 && first == SpeakerResolver.they {
            let group = groupReferent(before: r.lowerBound, excluding: content)
            return Speaker(name: group?.name ?? mention.text, mention: mention, type: group?.type)
        }
        // "he", "she": the person referred to. Unresolved, or a pronoun with no antecedent to find
        // ("we", "I", "you"), it names nobody a reader could recognise: no speaker.
        if r.count == 1 && QuoteWords.subjectPronouns.contains(first) {
            let referent = pronounReferent(r.lowerBound, excluding: content)
            return Speaker(name: referent ?? mention.text, mention: mention, type: referent == nil ? nil : .person)
        }
        // A title alone ("The President insists", "the Pope") is the person the article titled so.
        if ctx.isNameLike(r) && !isDefiniteRole(r) && roleStart(before: r.lowerBound) == nil
            && !r.allSatisfy({ SpeakerResolver.isTitle(t[$0].lowerHash) })
        {
            let plain = SpeakerResolver.trimmedName(SpeakerResolver.plainName(r, ctx))
            return Speaker(name: fullName(plain), mention: mention, type: nil)
        }
        let head = t[r.upperBound - 1].lowerHash
        if QuoteWords.documentNouns.contains(head) || QuoteWords.organizationNouns.contains(head),
            let author = documentAuthor(r, head: head, content: content)
        {
            return Speaker(name: author.name, mention: mention, type: author.type)
        }
        if QuoteWords.documentNouns.contains(head), let author = author(of: head, before: r.lowerBound) {
            return Speaker(name: author.name, mention: mention, type: author.type)
        }
        if QuoteWords.roleTitles.contains(head), let titled = titledPerson(head, before: r.lowerBound) {
            return Speaker(name: fullName(SpeakerResolver.trimmedName(titled)), mention: mention, type: .person)
        }
        // "the 31-year-old Scot": a capitalised role after the words that describe it.
        let role = roleStart(before: r.lowerBound).map { $0..<r.upperBound } ?? r
        if isDefiniteRole(role) {
            if let introduced = introducedPerson(head, before: r.lowerBound) {
                return Speaker(name: introduced, mention: mention, type: .person)
            }
            if let person = epithetReferent(r, excluding: content) {
                return Speaker(name: person, mention: mention, type: .person)
            }
        }
        // "An eyewitness described for news agency PA how …": the description ends at its verb.
        if let verb = r.first(where: {
            $0 > r.lowerBound + 1 && ctx.isWord($0) && !t[$0].has(.capitalized) && ctx.endsWith($0, "ed")
                && SpeakerResolver.roleNouns.contains(t[$0 - 1].lowerHash)
        }) {
            return name(r.lowerBound..<verb, content: content)
        }
        let type: EntityType? = QuoteWords.organizationNouns.contains(head) ? .organization : nil
        return Speaker(name: fullestDescription(r), mention: mention, type: type)
    }

    /// The recognised name heading the phrase: the one ending it, or ending the part before a
    /// modifier ("Jean Lee with the Wilson Centre"). A name that only modifies the head ("the New
    /// York businessman", "Obama's former strategist") names someone or somewhere else: nil.
    func headName(_ r: Range<Int>) -> Int? {
        let t = ctx.tokens
        var end = r.upperBound
        if let m = r.first(where: {
            $0 > r.lowerBound && QuoteWords.modifierPrepositions.contains(t[$0].lowerHash) && !ctx.isTitleJoiner($0)
                && ctx.nameAt[$0] < 0
        }) {
            end = m
        }
        guard end > r.lowerBound else { return nil }
        let k = ctx.nameAt[end - 1]
        guard k >= 0 else { return nil }
        let e = ctx.names[Int(k)]
        return e.type == .place && end - 1 < r.upperBound - 1 ? nil : Int(k)
    }

    /// A singular description of a person ("the spokesman", "a doctor"), not of a document or organisation.
    func isPersonDescription(_ r: Range<Int>) -> Bool {
        let t = ctx.tokens
        let head = t[r.upperBound - 1].lowerHash
        guard QuoteWords.determiners.contains(t[r.lowerBound].lowerHash) else { return false }
        return !QuoteWords.documentNouns.contains(head) && !QuoteWords.organizationNouns.contains(head)
            && !ctx.isPlural(r.upperBound - 1) || QuoteWords.maleNouns.contains(head)
            || QuoteWords.femaleNouns.contains(head)
    }

    /// The earlier person (outside quotes) that "he" or "she" stands for (see `referent`), or the
    /// organisation "it" does.
    func pronounReferent(_ at: Int, excluding content: Range<Int>? = nil) -> String? {
        let h = ctx.tokens[at].lowerHash
        if QuoteWords.neuterPronouns.contains(h) { return nearestOrganization(before: at) }
        let wanted = Gender.of(pronoun: h)
        guard wanted != .unknown else { return nil }
        return referent(before: at, gender: wanted, excluding: content)
    }

    /// The person a pronoun or epithet at `at` most likely refers to. Sentence by sentence
    /// backwards, as centering theory has it: in the nearest sentence that offers one, a speaker
    /// or clause subject of the right gender, else one whose gender is unknown, else anyone there
    /// of the right gender; failing all, the nearest person of unknown gender. With no gender
    /// wanted, any speaker or subject. An earlier sentence that already says "he" (or "she") is
    /// about the person wanted, so someone it names in passing is not ("She met Bill Clinton and
    /// his wife Hillary. … she said" is still the earlier speaker).
    func referent(before at: Int, gender wanted: Gender, excluding content: Range<Int>?) -> String? {
        var k = SpeakerResolver.countBefore(at, people)
        var m = SpeakerResolver.countBefore(at, chained)
        var fallback: Person? = nil
        // The best candidate of the sentence being read, by rank (lower is better).
        var sentence = -1
        var best: Person? = nil
        var bestRank = Int.max
        while true {
            // The later of the next named person and the next resolved pronoun.
            let p: Person
            if m > 0 && (k == 0 || chained[m - 1].token > people[k - 1].token) {
                p = chained[m - 1]
                m -= 1
            } else if k > 0 {
                p = people[k - 1]
                k -= 1
            } else {
                break
            }
            guard p.token > at - SpeakerResolver.reach else { break }
            ctx.step()
            if ctx.quoted[p.token] || content?.contains(p.token) == true { continue }
            let s = ctx.doc.sentenceIndex(ofToken: p.token)
            if s != sentence {
                if let best { return displayName(best) }
                sentence = s
            }
            let rank: Int
            switch (p.salient, p.gender == wanted || wanted == .unknown, p.gender == .unknown) {
            case (true, true, _): rank = 0
            case (true, _, true): rank = 1
            case (false, true, _): rank = saysPronoun(s, wanted, before: at) ? Int.max : 2
            default: rank = Int.max
            }
            if rank < bestRank {
                best = p
                bestRank = rank
            }
            if p.gender == .unknown && fallback == nil { fallback = p }
        }
        if let best { return displayName(best) }
        return fallback.flatMap { displayName($0) }
    }

    /// Whether sentence `s`, wholly before token `at`, says "he" or "she" for the `wanted` gender.
    func saysPronoun(_ s: Int, _ wanted: Gender, before at: Int) -> Bool {
        guard ctx.doc.sentences[s].upperBound <= at else { return false }
        switch wanted {
        case .male: return pronounSentences[s] & 1 != 0
        case .female: return pronounSentences[s] & 2 != 0
        case .unknown: return false
        }
    }

    /// How many of `tokens` (ascending) lie before token `at`, found by halving.
    static func countBefore(_ at: Int, _ tokens: [Int]) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid] < at { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How many of `list` (in text order) lie before token `at`, found by halving.
    static func countBefore(_ at: Int, _ list: [Person]) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].token < at { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A name followed by an apposition that says who the person is ("Henry Crespo, president of
    /// the caucus,", "Dean, a former party chairman,"): the article introducing a speaker.
    static func isIntroduced(_ r: Range<Int>, _ ctx: QuoteContext) -> Bool {
        let c = r.upperBound
        guard ctx.doc.isPunct(c, ","), c + 1 < ctx.tokens.count, ctx.isWord(c + 1) else { return false }
        let h = ctx.tokens[c + 1].lowerHash
        return QuoteWords.determiners.contains(h) || QuoteWords.roleTitles.contains(h)
    }

    /// Hashes of capitalised words the text uses on their own in mid-sentence: not opening a
    /// sentence, a line or a quotation, and not next to another capitalised word.
    static func standaloneCapitals(_ ctx: QuoteContext) -> Set<UInt64> {
        let t = ctx.tokens
        var out = Set<UInt64>()
        for s in ctx.doc.sentences where s.count > 2 {
            for i in (s.lowerBound + 1)..<(s.upperBound - 1)
            where t[i].kind == .word && t[i].has(.capitalized) && !t[i].has(.allCaps) && !t[i].has(.lineStart)
                && t[i - 1].kind != .quote && !(t[i - 1].kind == .word && t[i - 1].has(.capitalized))
                && !(t[i + 1].kind == .word && t[i + 1].has(.capitalized))
                && !QuoteWords.functionWords.contains(t[i].lowerHash) && !ctx.dateAt[i]
                && !QuoteContext.weekdays.contains(t[i].lowerHash)
            {
                out.insert(t[i].hash)
            }
        }
        return out
    }

    /// A person's name, expanded from a lone surname when the article gives the full one, or the
    /// fullest description for a described person.
    func displayName(_ p: Person) -> String? {
        if p.name.isEmpty { return description(at: p.token) }
        return fullName(p.name)
    }

    /// The longest name the article gives that ends with the words of `name` ("Suu Kyi" ->
    /// "Aung San Suu Kyi"), the one full name a lone first word opens ("Ban" -> "Ban Ki-moon"), or,
    /// with neither, the well-known person of that surname ("Obama" -> "Barack Obama").
    func fullName(_ name: String) -> String {
        if !nicknames.isEmpty, let full = nicknames[name] { return full }
        let last = name.lastWord.map { TokenHash.lower($0) } ?? 0
        if let full = fullNames[last], SpeakerResolver.isLongerForm(full, of: name) { return full }
        if !name.hasSpace, fullNames[last] == nil, let full = firstWords[last],
            full.hasPrefix(name + " ")
        {
            return full
        }
        guard fullNames[last] == nil else { return name }
        if !name.hasSpace, let spelt = respelt[last] { return spelt }
        // A well-known person the article names by surname only.
        return KnownPeople.fullName(name) ?? name
    }

    /// Whether `long` is a fuller form of the name `short`: more words before it ("Aung San Suu Kyi"
    /// for "Suu Kyi"), or the same first and last words with more between ("Loretta E. Lynch"
    /// for "Loretta Lynch").
    static func isLongerForm(_ long: String, of short: String) -> Bool {
        // Most often asked of a name and itself: the full name for a surname is mostly the name.
        if long == short { return false }
        if long.endsWithWords(short) { return true }
        let l = long.spaceSeparated()
        let s = short.spaceSeparated()
        return s.count >= 2 && l.count > s.count && l.first == s.first && l.last == s.last
    }

    /// The one full name whose surname `word` misspells by a letter ("Wines" for Leslie Wimes,
    /// "McLenney" for Tyresha McClenney); surnames of fewer than five letters are too alike. An
    /// article naming more than `respellReach` people in full is not searched, to keep the cost linear.
    /// `surnames` keeps the full names' lowercase last words from one call to the next.
    func misspeltSurname(_ word: String, surnames: inout [(full: String, last: [Unicode.Scalar])]?) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        guard w.count >= 5, fullNames.count <= SpeakerResolver.respellReach else { return nil }
        if surnames == nil {
            surnames = fullNames.values.compactMap { full in
                full.spaceSeparated().last.map { (full, Array($0.lowercased().unicodeScalars)) }
            }
        }
        var found: String? = nil
        for (full, s) in surnames ?? [] {
            ctx.step()
            guard s.first == w.first, SpeakerResolver.oneEditApart(s, w) else { continue }
            if found != nil && found != full { return nil }
            found = full
        }
        return found
    }

    static let respellReach = 64

    /// `Rep. Robert C. "Bobby" Scott`: a nickname in quotation marks between given names and a
    /// surname; each as ("Bobby Scott", "Robert C. Scott").
    static func nicknamedNames(_ ctx: QuoteContext) -> [String: String] {
        let t = ctx.tokens
        var out: [String: String] = [:]
        for i in t.indices.dropFirst() where t[i].kind == .quote && i + 3 < t.count {
            guard t[i + 1].kind == .word, t[i + 1].has(.capitalized), t[i + 2].kind == .quote,
                ctx.isCapitalizedNamePart(i + 3)
            else { continue }
            // Back over given names and initials ("C."), at most four tokens, stopping at a title.
            var j = i
            while j > 0 && j > i - 5 {
                let k = j - 1
                let initial = ctx.doc.isPunct(k, ".") && k > 0 && t[k - 1].kind == .word && t[k - 1].length == 1
                if initial {
                    j -= 2
                } else if ctx.isCapitalizedNamePart(k) && !isTitle(t[k].lowerHash) {
                    j -= 1
                } else {
                    break
                }
            }
            guard j < i else { continue }
            let surname = ctx.doc.string(tokens: (i + 3)..<(i + 4))
            out[ctx.doc.string(tokens: (i + 1)..<(i + 2)) + " " + surname] =
                ctx.doc.string(tokens: j..<i) + " " + surname
        }
        return out
    }

    /// Whether `a` becomes `b` by changing, adding or removing one letter.
    static func oneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a.count == b.count { return zip(a, b).filter { $0 != $1 }.count == 1 }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        return short[i...].elementsEqual(long[(i + 1)...])
    }

    /// A named mention as its clause's subject: not after a preposition or a possessive, not a
    /// possessor itself ("Trump's"), and the first person named in its sentence.
    static func isClauseSubject(_ r: Range<Int>, _ ctx: QuoteContext, lone: [Int]) -> Bool {
        let t = ctx.tokens
        var b = r.lowerBound
        if b > 0 && ctx.isCourtesyTitle(b - 1) { b -= 1 }
        if r.upperBound < t.count && (ctx.isPossessive(r.upperBound) || ctx.isPossessiveMark(r.upperBound)) {
            return false
        }
        // "McConnell spokesman Don Stewart": a name before a role and another name only modifies it.
        if let e = roleAfterName(r.upperBound, ctx), ctx.isCapitalizedNamePart(e) { return false }
        if b > 0 && t[b - 1].kind == .word {
            let h = t[b - 1].lowerHash
            if QuoteWords.modifierPrepositions.contains(h) || QuoteWords.objectPrepositions.contains(h)
                || ctx.isPossessive(b - 1)
            {
                return false
            }
        }
        let s = ctx.sentence(of: r.lowerBound)
        // A subject comes early in its sentence; looking no further keeps the check bounded.
        guard b - s.lowerBound <= SpeakerResolver.subjectReach else { return false }
        // Names in an opening adverbial ("On The Steve Harvey Show on Tuesday, Clinton …") do not count.
        var from = s.lowerBound
        if from < b, let comma = ctx.openingAdverbialComma(at: from, before: b) { from = comma + 1 }
        for k in from..<b where ctx.nameAt[k] >= 0 && !ctx.quoted[k] && ctx.names[Int(ctx.nameAt[k])].type == .person {
            if roleAfterName(ctx.nameTokens[Int(ctx.nameAt[k])].upperBound, ctx) == b { continue }
            return false
        }
        // A surname the recogniser left out (`lone`, in text order) is a person too.
        var n = SpeakerResolver.countBefore(b, lone)
        while n > 0 && lone[n - 1] >= from {
            if !ctx.quoted[lone[n - 1]] { return false }
            n -= 1
        }
        return true
    }

    /// After a name ending before `i`, a role of at most three lowercase words ("spokesman",
    /// "campaign chairman"): the token after the role, or nil. Words before the role noun must
    /// read as nouns, so a verb ("criticized police officer") is no part of one.
    static func roleAfterName(_ i: Int, _ ctx: QuoteContext) -> Int? {
        let t = ctx.tokens
        var e = i
        while e < t.count && e < i + 3 && ctx.isWord(e) && !t[e].has(.capitalized)
            && !QuoteWords.functionWords.contains(t[e].lowerHash)
        {
            let h = t[e].lowerHash
            if roleNouns.contains(h) || QuoteWords.roleTitles.contains(h) { return e + 1 < t.count ? e + 1 : nil }
            if ctx.isCue(e) || ctx.endsWith(e, "ed") || ctx.endsWith(e, "s") || ctx.endsWith(e, "ing")
                || ctx.endsWith(e, "ly")
            {
                return nil
            }
            e += 1
        }
        return nil
    }

    func description(at token: Int) -> String? {
        var e = token
        while e < ctx.tokens.count && e < token + QuoteContext.phraseReach && ctx.isWord(e)
            && !QuoteWords.phraseBreakers.contains(ctx.tokens[e].lowerHash) && !ctx.isCue(e)
        { e += 1 }
        return e > token ? fullestDescription(token..<e) : nil
    }

    /// How many names start before token `at`, found by halving: names are in text order.
    func namesBefore(_ at: Int) -> Int {
        var lo = 0
        var hi = ctx.nameTokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ctx.nameTokens[mid].lowerBound < at { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func nearestOrganization(before at: Int) -> String? {
        var k = namesBefore(at) - 1
        while k >= 0 && ctx.nameTokens[k].lowerBound > at - SpeakerResolver.reach / 3 {
            ctx.step()
            let first = ctx.nameTokens[k].lowerBound
            if !ctx.quoted[first] {
                if ctx.names[k].type == .organization && !isOwnedThing(first) { return ctx.names[k].canonical }
                // a person opening a sentence in between is its subject, and "it" reaches no
                // further back ("... by ABC. Boseman died ... according to a statement. It also stated")
                if ctx.names[k].type == .person && first == ctx.sentence(of: first).lowerBound { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// The group "they" at `at` stands for, from the nearest three sentences before it, outside
    /// quotes and outside `content`, what "they" report ("Ray and Lin misled voters, they
    /// said" is said of Ray and Lin, not by them): two people the text joins with "and" ("Senators Ann Ray, of Ohio, and Bo Lin …
    /// They wrote"), as one speaker of no entity type, or an organisation that is the subject of
    /// its clause ("the council issued a statement"). "They" is most often people the article
    /// leaves unnamed ("workers gathered … they said"): a sentence naming one person, or none of
    /// these, leaves it unresolved.
    func groupReferent(before at: Int, excluding content: Range<Int>? = nil) -> (name: String, type: EntityType?)? {
        let oldest = ctx.doc.sentenceIndex(ofToken: at) - 3
        var sentence = -1
        // People named in the sentence being read, latest first.
        var people: [Int] = []
        var k = namesBefore(at) - 1
        while k >= 0 && ctx.nameTokens[k].lowerBound > at - SpeakerResolver.reach {
            ctx.step()
            let first = ctx.nameTokens[k].lowerBound
            let s = ctx.doc.sentenceIndex(ofToken: first)
            if s < oldest { break }
            if s != sentence {
                if !people.isEmpty { return joinedPeople(people).map { ($0, nil) } }
                sentence = s
            }
            if !ctx.quoted[first] && content?.contains(first) != true {
                if ctx.names[k].type == .person {
                    people.append(k)
                } else if ctx.names[k].type == .organization && people.isEmpty && isClauseSubject(first) {
                    return (ctx.names[k].canonical, .organization)
                }
            }
            k -= 1
        }
        return people.isEmpty ? nil : joinedPeople(people).map { ($0, nil) }
    }

    /// "A and B" for the last two people of a sentence (`people`, latest first) when "and" joins
    /// them, perhaps after an apposition ("Ann Ray, of Ohio, and Bo Lin").
    func joinedPeople(_ people: [Int]) -> String? {
        guard people.count >= 2 else { return nil }
        let (a, b) = (people[1], people[0])
        let between = ctx.nameTokens[a].upperBound..<ctx.nameTokens[b].lowerBound
        guard between.count <= 12, ctx.names[a].canonical != ctx.names[b].canonical,
            between.contains(where: { ctx.tokens[$0].lowerHash == SpeakerResolver.and })
        else { return nil }
        return ctx.names[a].canonical + " and " + ctx.names[b].canonical
    }

    /// Whether the name starting at token `i` opens its clause: at the sentence start or after
    /// a comma, perhaps after "the" ("…, the council issued").
    func isClauseSubject(_ i: Int) -> Bool {
        var p = i - 1
        if p >= 0 && QuoteWords.determiners.contains(ctx.tokens[p].lowerHash) { p -= 1 }
        return p < ctx.sentence(of: i).lowerBound || ctx.doc.isPunct(p, ",")
    }

    /// Whether the name starting at token `i` follows a possessive, perhaps with one adjective
    /// between: "a statement posted to his official Twitter account" names the account someone
    /// owns, not an organisation that could have said anything.
    func isOwnedThing(_ i: Int) -> Bool {
        let t = ctx.tokens
        if i >= 1, EntityEvidence.possessiveDeterminers.contains(t[i - 1].lowerHash) { return true }
        return i >= 2 && EntityEvidence.possessiveDeterminers.contains(t[i - 2].lowerHash)
            && t[i - 1].kind == .word && !t[i - 1].has(.capitalized)
    }

    /// The speaker of the latest attribution whose sentence mentions the document ("said in a statement").
    func author(of head: UInt64, before at: Int) -> Speaker? {
        for (cue, speaker) in authors.reversed() where cue < at {
            ctx.step()
            if cue <= at - SpeakerResolver.reach { break }
            let s = ctx.sentence(of: cue)
            if s.contains(where: { ctx.tokens[$0].lowerHash == head && $0 < at })
                && !QuoteWords.documentNouns.contains(TokenHash.lower(speaker.name.lastWord ?? ""))
            {
                return speaker
            }
        }
        return nil
    }

    /// "the president" -> the person an earlier "President Barack Obama" names.
    func titledPerson(_ head: UInt64, before at: Int) -> String? {
        nearest(head, before: at) { k -> String? in
            guard ctx.tokens[k].has(.capitalized) && k + 1 < ctx.tokens.count else { return nil }
            if ctx.nameAt[k + 1] >= 0, ctx.names[Int(ctx.nameAt[k + 1])].type == .person {
                return ctx.names[Int(ctx.nameAt[k + 1])].canonical
            }
            guard ctx.isCapitalizedNamePart(k + 1) && ctx.tokens[k + 1].has(.capitalized) else { return nil }
            var e = k + 1
            while e < at && ctx.isCapitalizedNamePart(e) { e += 1 }
            return e - k - 1 >= 2 ? ctx.doc.string(tokens: (k + 1)..<e) : nil
        }
    }

    /// The longest description of the phrase's head noun up to here, without its article:
    /// "the spokesman" -> "foreign ministry spokesman in Pyongyang".
    func fullestDescription(_ r: Range<Int>) -> String {
        let t = ctx.tokens
        let head = t[r.upperBound - 1].lowerHash
        var best = r
        var bestLength = descriptionLength(r)
        var k = r.upperBound - 2
        while k >= 0 && k > r.lowerBound - SpeakerResolver.reach {
            ctx.step()
            if t[k].lowerHash == head && !ctx.quoted[k], let d = descriptionPhrase(at: k) {
                let length = descriptionLength(d)
                if length > bestLength {
                    best = d
                    bestLength = length
                }
            }
            k -= 1
        }
        var start = best.lowerBound
        if QuoteWords.determiners.contains(t[start].lowerHash) && start + 1 < best.upperBound { start += 1 }
        return ctx.doc.string(tokens: start..<best.upperBound)
    }

    func descriptionLength(_ r: Range<Int>) -> Int {
        QuoteWords.determiners.contains(ctx.tokens[r.lowerBound].lowerHash) ? r.count - 1 : r.count
    }

    /// "a foreign ministry spokesman in Pyongyang": the noun phrase around a head noun at `k`,
    /// with a following modifier that names a place or body.
    func descriptionPhrase(at k: Int) -> Range<Int>? {
        guard let phrase = ctx.phraseEnding(at: k, lowerLimit: ctx.sentence(of: k).lowerBound, followModifier: false)
        else { return nil }
        let t = ctx.tokens
        var e = k + 1
        if e + 1 < t.count && QuoteWords.modifierPrepositions.contains(t[e].lowerHash) {
            var n = e + 1
            if QuoteWords.determiners.contains(t[n].lowerHash) { n += 1 }
            var m = n
            while m < t.count && m < n + 5 && ctx.isCapitalizedNamePart(m) { m += 1 }
            if m > n { e = m }
        }
        return phrase.lowerBound..<e
    }

    /// A capitalised run's name without titles: "Ms Linda Thomas-Greenfield" -> "Linda Thomas-Greenfield".
    static func plainName(_ r: Range<Int>, _ ctx: QuoteContext) -> String {
        var a = r.lowerBound
        while a + 1 < r.upperBound && (isTitle(ctx.tokens[a].lowerHash) || ctx.tokens[a].lowerHash == QuoteContext.of) {
            a += 1
        }
        return ctx.doc.string(tokens: a..<r.upperBound)
    }

    static func isTitle(_ h: UInt64) -> Bool {
        QuoteWords.maleTitles.contains(h) || QuoteWords.femaleTitles.contains(h) || QuoteWords.roleTitles.contains(h)
    }

    /// A mention's gender from a title just before or inside it, or its first given name.
    static func gender(of r: Range<Int>, _ ctx: QuoteContext) -> Gender {
        if r.lowerBound > 0 {
            let h = ctx.tokens[r.lowerBound - 1].lowerHash
            if QuoteWords.maleTitles.contains(h) { return .male }
            if QuoteWords.femaleTitles.contains(h) { return .female }
        }
        for k in r where ctx.isWord(k) {
            let h = ctx.tokens[k].lowerHash
            let g = Gender.of(nameWord: h, beforeSurname: k + 1 < r.upperBound && ctx.isWord(k + 1))
            if g != .unknown { return g }
            if !isTitle(h) { break }
        }
        return .unknown
    }
}
