/// Trims, splits and joins what the tagger proposes, so that each mention is one whole name of
/// the right kind.
///
/// The tagger reads a few words at a time and makes span errors a sentence makes plain: a title
/// taken for a name ("Ms" as an organisation), an employer and a person read as one ("Apple CEO
/// Tim Cook"), a bracketed short form swallowed ("General Motors (GM"), a name cut at "of"
/// ("University" + "Essex"). These rules repair them from the words themselves.
enum EntityMentionCleanup {
    typealias Found = (tokens: Range<Int>, type: EntityType)

    /// Time zones look like acronyms but name no entity ("1639 UTC").
    static let timeZones: TokenSet = TokenSet(
        Set(
            [
                "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST", "CDT", "MST",
                "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST",
                "KST",
                "IST", "SGT", "HKT", "WIB", "MSK", "ET", "PT", "CT", "MT", "UT", "Zulu",
            ].map { TokenHash.of($0) }))

    /// Head words that take an "of" phrase into a name ("Republic of Korea"), besides the
    /// organisation words of the gazetteer ("University of Essex", "Bank of England").
    static let ofHeads: TokenSet = TokenSet(
        Set(
            [
                "Republic", "Kingdom", "Commonwealth", "Federation", "Principality", "Isle", "Gulf", "Bay", "Sea",
                "Duchy",
            ]
            .map { TokenHash.lower($0) }))
    static let of = TokenHash.lower("of")

    /// Conjunctions and prepositions that end no name, however written ("Africa But").
    static let endWords: TokenSet = TokenSet(
        Set(
            ["but", "and", "or", "for", "of", "the", "to", "in", "on", "at", "by", "with", "from", "a", "an"].map {
                TokenHash.lower($0)
            }))

    /// English articles and function words, never a name alone, however written ("THE").
    static let loneWords: TokenSet = TokenSet(
        Set(["the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by"].map { TokenHash.lower($0) }))

    /// Organisation words that also end names of places ("Mexico City", "Soviet Union", "West Bank",
    /// "Russian Federation", "Rockefeller Center").
    static let placeHeads: TokenSet = TokenSet(
        Set(["City", "Union", "Federation", "Center", "Centre", "Bank"].map { TokenHash.lower($0) }))

    /// Words for a building or a site, which end no person's name: "Hagia Sophia Museum" and
    /// "Wembley Stadium" are places whatever the words before them read as. Site words that are
    /// also surnames ("Shirley Temple", "Barbara Castle", "Charlotte Church", "John Tower") are
    /// left out.
    static let siteWords: TokenSet = TokenSet(
        Set(
            [
                "Museum", "Stadium", "Airport", "Cathedral", "Mosque", "Palace", "Square", "Street", "Avenue",
                "Arena", "Station", "Hotel", "Hospital",
            ].map { TokenHash.of($0) }))

    /// Words for a show, a contest or an award, which end no person's name either ("The Doris Day
    /// Show", "Nobel Prize"): such a name is no person, organisation or place.
    static let showWords: TokenSet = TokenSet(
        Set(["Show", "Awards", "Award", "Prize", "Festival", "Trophy", "Cup"].map { TokenHash.of($0) }))

    /// The mentions the tagged spans `tagged` stand for, in text order, without overlaps.
    static func mentions(
        _ tagged: [(Range<Int>, EntityType)], _ doc: Document, _ features: EntityFeatures, gazetteer: EntityGazetteer
    ) -> [Found] {
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        var out: [Found] = []
        var midSentence: TokenSet?
        for (range, type) in tagged.flatMap({ t in EntityMentionEdges.parts(t.0, doc).map { ($0, t.1) } }) {
            for (var part, partType) in split(range, type: type, doc, features) {
                part = EntityMentionEdges.trimmed(part, type: partType, doc)
                // A title word opening an organisation that the tagger left out ("General Motors").
                let k = part.lowerBound - 1
                if partType != .person, k >= 0, doc.tokens[k].has(.capitalized), !doc.tokens[k + 1].has(.lineStart),
                    EntityTitles.all.contains(doc.tokens[k].lowerHash),
                    !EntityTitles.personal.contains(doc.tokens[k].lowerHash)
                {
                    part = k..<part.upperBound
                }
                part = withoutSentenceOpener(part, doc, features)
                guard var kept = trim(part, type: partType, features, doc, gazetteer: gazetteer),
                    !isCapitalisedWord(kept.tokens, features), !isTimeZone(kept.tokens, doc),
                    !isSentenceAdverb(kept.tokens, doc, features),
                    !isOrdinaryWord(kept.tokens, doc, features, midSentence: &midSentence),
                    !isInAddress(kept.tokens, doc), !isCommonAcronym(kept.tokens, doc),
                    !isLetter(kept.tokens, doc), !isRomanNumeral(kept.tokens, doc)
                else { continue }
                if kept.type == .person && isAcronym(kept.tokens, doc) { kept.type = .organization }
                if let end = websiteEnd(kept.tokens, doc) { kept = (kept.tokens.lowerBound..<end, .organization) }
                if kept.type == .organization, isOrdinal(kept.tokens.lowerBound - 1, doc),
                    !doc.tokens[kept.tokens.lowerBound].has(.lineStart)
                {
                    kept.tokens = (kept.tokens.lowerBound - 1)..<kept.tokens.upperBound
                }
                // "Howard University", "Ford Motor Company": no person's name ends in an organisation word.
                if kept.type != .organization, kept.tokens.count > 1,
                    features.facts[kept.tokens.upperBound - 1].gazetteer & orgWord != 0,
                    kept.type == .person || !placeHeads.contains(doc.tokens[kept.tokens.upperBound - 1].lowerHash)
                {
                    kept.type = .organization
                }
                if kept.type == .person, kept.tokens.count > 1 {
                    let last = doc.tokens[kept.tokens.upperBound - 1].hash
                    if showWords.contains(last) { continue }
                    if siteWords.contains(last) { kept.type = .place }
                }
                out.append(kept)
            }
        }
        out = EntityMentionEdges.joinedPeople(EntityMentionEdges.withLegalForms(out, doc), doc, features)
        out = EntityMentionEdges.joinedByAmpersand(out, doc)
        out = joinOfPhrases(completeListedNames(out, doc, features), doc, features)
        out = extendToAcronyms(EntityMentionEdges.withHeadWords(out, doc, features), doc, features)
        out = EntityOrganizationHeads.withConjunct(out, doc, features)
        let personWords = EntityGazetteer.Membership.givenName.rawValue | EntityGazetteer.Membership.surname.rawValue
        return out.map { m in
            // "KeyCorp", "Hobby Lobby" read as a person: a listed organisation that no list holds
            // as a person or place, and whose words are no given name or surname, is none. (A
            // place is left alone: clubs are listed under their town's name.)
            let type = EntityOrganizationHeads.type(of: m, doc, features)
            guard type == .person, gazetteer.isOrganizationOnly(doc, m.tokens),
                m.tokens.allSatisfy({ features.facts[$0].gazetteer & personWords == 0 })
            else { return (m.tokens, type) }
            return (m.tokens, .organization)
        }
    }

    /// Mentions that lost their first words, taken back to where an acronym of the same article
    /// says the name starts: with "DPRK" in the text, "People's Republic of Korea" after
    /// "Democratic" is "Democratic People's Republic of Korea". A possessive inside the name is
    /// stepped over ("People's"), and a mention the tagger made of the words taken back
    /// ("Democratic People" + "Republic of Korea") is absorbed.
    static func extendToAcronyms(_ found: [Found], _ doc: Document, _ features: EntityFeatures) -> [Found] {
        var acronyms: Set<[UInt32]> = []
        for m in found where m.tokens.count == 1 {
            let letters = EntityNameWords.acronymLetters(doc, doc.tokens[m.tokens.lowerBound])
            if letters.count >= 3 { acronyms.insert(letters) }
        }
        guard !acronyms.isEmpty else { return found }
        var out = found
        var absorbed = [Bool](filledWith: false, count: found.count)
        for n in out.indices where out[n].tokens.count > 1 {
            let initials = EntityNameWords(doc, out[n].tokens, type: out[n].type, titles: TokenSet([:]))
            let own = initials.words.filter { !$0.function }.map(\.initial)
            var a = out[n].tokens.lowerBound
            var before: [UInt32] = []
            for _ in 0..<3 {
                var k = a - 1
                if k > 0 && isPossessive(doc, k) && !doc.tokens[k].has(.spaceBefore) { k -= 1 }
                guard k >= 0, doc.tokens[k].kind == .word, doc.tokens[k].has(.capitalized),
                    !doc.tokens[k + 1].has(.lineStart), !features.opensSentence(k)
                else { break }
                before.insert(EntityNameWords.upper(doc.scalars[Int(doc.tokens[k].start)]), at: 0)
                a = k
                if acronyms.contains(before + own) {
                    // Only whole mentions are taken in.
                    let inside = (0..<n).filter { out[$0].tokens.upperBound > a }
                    guard inside.allSatisfy({ out[$0].tokens.lowerBound >= a }) else { break }
                    for m in inside { absorbed[m] = true }
                    out[n].tokens = a..<out[n].tokens.upperBound
                    break
                }
            }
        }
        return absorbed.contains(true) ? out.indices.filter { !absorbed[$0] }.map { out[$0] } : out
    }

    /// Mentions that stop inside a listed name, taken on to its end ("United" + "States
    /// Democratic Party" is "United States" and "Democratic Party"); a mention that begins on the
    /// words taken loses them, and one of two words or more taken whole gives the name its type, since a name's last
    /// words say what it is ("Democratic People" + "Republic of Korea" is a place).
    static func completeListedNames(_ found: [Found], _ doc: Document, _ features: EntityFeatures) -> [Found] {
        typealias M = EntityGazetteer.Membership
        let begin = M.placeBegin.rawValue | M.organizationBegin.rawValue
        let inside = M.placeInside.rawValue | M.organizationInside.rawValue
        var out = found
        for n in out.indices {
            var b = out[n].tokens.upperBound
            guard b > out[n].tokens.lowerBound, features.facts[b - 1].gazetteer & (begin | inside) != 0 else {
                continue
            }
            while b < doc.tokens.count, features.facts[b].gazetteer & inside != 0, !doc.tokens[b].has(.lineStart) {
                b += 1
            }
            guard b > out[n].tokens.upperBound else { continue }
            out[n].tokens = out[n].tokens.lowerBound..<b
            var k = n + 1
            while k < out.count && out[k].tokens.lowerBound < b {
                if out[k].tokens.upperBound <= b && out[k].tokens.count > 1 { out[n].type = out[k].type }
                out[k].tokens = min(b, out[k].tokens.upperBound)..<out[k].tokens.upperBound
                k += 1
            }
        }
        return out.filter { !$0.tokens.isEmpty }
    }

    /// `range` cut where the tagger ran two names together: at an opening bracket ("General
    /// Motors (GM" is "General Motors" and "GM"; a person never has a bracketed acronym, so both
    /// are an organisation); after a listed place or organisation followed by a person, who
    /// starts with a job title or a given name ("United Nations Nikki Haley", "USCG Captain
    /// Monica Rochester"); and at a job title inside a run of capitalised words ("Apple CEO Tim
    /// Cook": the employer, then the person; when the tagger took it all for a person, the
    /// employer is a place if the gazetteer lists it, "California Governor Gavin Newsom", else
    /// an organisation).
    static func split(_ range: Range<Int>, type: EntityType, _ doc: Document, _ features: EntityFeatures) -> [Found] {
        let tokens = doc.tokens
        if let k = range.first(where: { doc.isPunct($0, "(") }) {
            let inner = (k + 1)..<range.upperBound
            let acronym = inner.contains { tokens[$0].has(.allCaps) && tokens[$0].kind == .word }
            let t: EntityType = type == .person && acronym ? .organization : type
            return [(range.lowerBound..<k, t), (inner, t)]
        }
        guard range.count >= 3 else { return [(range, type)] }
        if let parts = splitAtOf(range, type: type, doc, features) { return parts }
        if let parts = splitAtPossessive(range, type: type, doc, features) { return parts }
        typealias M = EntityGazetteer.Membership
        let listed =
            M.placeBegin.rawValue | M.placeInside.rawValue | M.organizationBegin.rawValue
            | M.organizationInside.rawValue
        let inside = M.placeInside.rawValue | M.organizationInside.rawValue
        func employer(_ a: Int) -> EntityType {
            features.facts[a].gazetteer & M.placeBegin.rawValue != 0 ? .place : .organization
        }
        var a = range.lowerBound
        while a < range.upperBound && EntityTitles.all.contains(tokens[a].lowerHash) { a += 1 }
        let b = range.upperBound
        guard a + 2 < b, tokens[a..<b].allSatisfy({ $0.has(.capitalized) || $0.kind != .word }) else {
            return [(range, type)]
        }
        // A listed name, then a person.
        if features.facts[a].gazetteer & (M.placeBegin.rawValue | M.organizationBegin.rawValue) != 0 {
            var k = a + 1
            while k < b && features.facts[k].gazetteer & inside != 0 { k += 1 }
            if k + 1 < b, features.facts[k - 1].gazetteer & listed != 0 {
                if EntityTitles.jobs.contains(tokens[k].lowerHash) || EntityTitles.all.contains(tokens[k].lowerHash) {
                    var p = k
                    while p < b && EntityTitles.all.contains(tokens[p].lowerHash) { p += 1 }
                    if p < b { return [(a..<k, employer(a)), (p..<b, .person)] }
                } else if features.facts[k].gazetteer & M.givenName.rawValue != 0,
                    features.facts[b - 1].gazetteer & (M.organizationWord.rawValue | listed) == 0
                {
                    return [(a..<k, employer(a)), (k..<b, .person)]
                }
            }
        }
        guard let k = ((a + 1)..<(b - 1)).first(where: { EntityTitles.jobs.contains(tokens[$0].lowerHash) }) else {
            return [(range, type)]
        }
        let person = (k + 1)..<b
        // "Defence Secretary Ben Wallace": an ordinary word before the job is no employer.
        if k == a + 1 && features.facts[a].gazetteer & M.commonWord.rawValue != 0 { return [(person, .person)] }
        return [(a..<k, type == .person ? employer(a) : type), (person, .person)]
    }

    /// A name, its possessive and a person's full name run together ("DAB's Starry Lee",
    /// "Youngspiration's Baggio Leung"): the name, then the person, when the words after the
    /// possessive are two or three capitalised words ending in a surname or opening with a
    /// given name, and no organisation word ("People's Liberation Army", "St Mary's Hospital").
    static func splitAtPossessive(_ range: Range<Int>, type: EntityType, _ doc: Document, _ features: EntityFeatures)
        -> [Found]?
    {
        typealias M = EntityGazetteer.Membership
        let tokens = doc.tokens
        guard let p = range.dropFirst().first(where: { isPossessive(doc, $0) }) else { return nil }
        let person = (p + 1)..<range.upperBound
        guard (2...3).contains(person.count),
            person.allSatisfy({ tokens[$0].kind == .word && tokens[$0].has(.capitalized) }),
            features.facts[person.upperBound - 1].gazetteer & M.surname.rawValue != 0
                || features.facts[person.lowerBound].gazetteer & M.givenName.rawValue != 0,
            person.allSatisfy({ features.facts[$0].gazetteer & (M.organizationWord.rawValue | M.title.rawValue) == 0 })
        else { return nil }
        return [(range.lowerBound..<p, type == .person ? .organization : type), (person, .person)]
    }

    /// `range` cut where a person's name is followed by "of" and what the person belongs to
    /// ("Laura Chen of the Civic Alliance", "Ana Ruiz of Portland"): two or three capitalised
    /// words before "of", the first a given name (or all tagged a person), none a title or an
    /// organisation word, make a person; the words after "of" (without "the") are a place when a list of places begins
    /// with them, else an organisation, unless the tagger gave them another type than person.
    /// Nil when `range` is not such a span ("Bank of America", "Joan of Arc", "Duke of York").
    static func splitAtOf(_ range: Range<Int>, type: EntityType, _ doc: Document, _ features: EntityFeatures)
        -> [Found]?
    {
        typealias M = EntityGazetteer.Membership
        let tokens = doc.tokens
        let a = range.lowerBound
        guard let k = range.dropFirst(2).prefix(2).first(where: { tokens[$0].lowerHash == of }) else { return nil }
        var start = k + 1
        if start < range.upperBound && EntityNameWords.articles.contains(tokens[start].lowerHash) { start += 1 }
        let notInName = M.organizationWord.rawValue | M.legalForm.rawValue | M.title.rawValue
        guard start < range.upperBound, tokens[start].has(.capitalized),
            type == .person || features.facts[a].gazetteer & M.givenName.rawValue != 0,
            features.facts[a].gazetteer & (M.placeBegin.rawValue | M.organizationBegin.rawValue) == 0,
            tokens[a..<k].allSatisfy({
                $0.kind == .word && $0.has(.capitalized) && !EntityTitles.all.contains($0.lowerHash)
            }),
            (a..<k).allSatisfy({ features.facts[$0].gazetteer & notInName == 0 })
        else { return nil }
        let rest: EntityType =
            type != .person
            ? type : features.facts[start].gazetteer & M.placeBegin.rawValue != 0 ? .place : .organization
        return [(a..<k, .person), (start..<range.upperBound, rest)]
    }

    /// The tokens of `range` that form the name: without a leading title ("Mr", "President") on a
    /// person (a title alone is no name; a name after a title only a person carries, or after
    /// any title and a given name, or one word after any title, is a person's: "MP Penny
    /// Sharpe", "Pope Francis", "Captain Rochester"), a trailing possessive "'s", a trailing "of", or edge punctuation. Nil when
    /// nothing is left, or what is left is a nationality ("North Koreans"), which none of the
    /// reported types covers.
    static func trim(
        _ range: Range<Int>, type: EntityType, _ features: EntityFeatures, _ doc: Document, gazetteer: EntityGazetteer
    ) -> Found? {
        typealias M = EntityGazetteer.Membership
        // "Prince Edward Island", "General Electric": a listed name is not a title and a person.
        let listedName = M.placeBegin.rawValue | M.organizationBegin.rawValue
        var a = range.lowerBound
        var b = range.upperBound
        var type = type
        var givenTitle = false
        while a < b && doc.tokens[a].kind != .word && doc.tokens[a].kind != .number { a += 1 }
        // No name ends in a function word, capitalised or not ("southern Africa But during…",
        // "A Tribute For a King").
        while a < b
            && (doc.tokens[b - 1].kind != .word && doc.tokens[b - 1].kind != .number || isPossessive(doc, b - 1)
                || !doc.tokens[b - 1].has(.capitalized)
                    && EntityNameWords.functionWords.contains(doc.tokens[b - 1].lowerHash)
                || b - a > 1 && !doc.tokens[b - 1].has(.allCaps) && endWords.contains(doc.tokens[b - 1].lowerHash))
        { b -= 1 }
        // "THE BEST OF THE BEST": an article or a function word alone names nothing.
        guard a < b, !isTitles(a..<b, doc),
            b - a > 1 || !loneWords.contains(doc.tokens[a].lowerHash)
        else { return nil }
        if type != .person
            && (EntityTitles.personal.contains(doc.tokens[a].lowerHash)
                || EntityTitles.all.contains(doc.tokens[a].lowerHash) && a + 1 < b
                    && (features.facts[a + 1].gazetteer & M.givenName.rawValue != 0 || b - a == 2)
                    && features.facts[a].gazetteer & listedName == 0
                    && features.facts[b - 1].gazetteer & (M.organizationWord.rawValue | M.legalForm.rawValue) == 0)
        {
            // "Dean Saunders": a title that is also a given name, before one word, is that name.
            givenTitle =
                b - a == 2 && features.facts[a].gazetteer & M.givenName.rawValue != 0
                && !EntityTitles.personal.contains(doc.tokens[a].lowerHash)
            type = .person
        }
        if type == .person && !givenTitle {
            while a < b && (EntityTitles.all.contains(doc.tokens[a].lowerHash) || doc.tokens[a].kind != .word) {
                a += 1
            }
        }
        guard a < b, doc.tokens[a..<b].contains(where: { $0.has(.capitalized) }), !gazetteer.isNationality(doc, a..<b)
        else { return nil }
        return (a..<b, type)
    }

    /// Adverbs and conjunctions that open a sentence before a name ("Meanwhile Apple unveiled…",
    /// "However Ms Lee said…"): capitalised only because they open it.
    static let sentenceOpeners: TokenSet = TokenSet(
        Set(
            [
                "meanwhile", "however", "also", "then", "later", "earlier", "still", "yet", "instead", "thus",
                "moreover", "furthermore", "nevertheless", "nonetheless", "separately", "elsewhere", "meantime",
                "overall", "finally", "indeed", "otherwise", "perhaps", "but", "and", "so", "while", "although",
                "though", "because", "when", "if", "unlike", "despite", "today", "yesterday", "tonight",
            ].map { TokenHash.lower($0) }))

    /// `range` without a word that opens the sentence before the name: one of
    /// `sentenceOpeners`, or a participle or preposition in "-ing" or "-ed" ("Regarding Trump's
    /// call", "Following Smith's arrest", "Chastened by…"), a common word that no name list
    /// begins with.
    static func withoutSentenceOpener(_ range: Range<Int>, _ doc: Document, _ features: EntityFeatures)
        -> Range<Int>
    {
        typealias M = EntityGazetteer.Membership
        let a = range.lowerBound
        guard range.count > 1, features.opensSentence(a), doc.tokens[a].kind == .word, !doc.tokens[a].has(.allCaps)
        else { return range }
        if sentenceOpeners.contains(doc.tokens[a].lowerHash) { return (a + 1)..<range.upperBound }
        let names =
            M.placeBegin.rawValue | M.organizationBegin.rawValue | M.personBegin.rawValue | M.givenName.rawValue
            | M.surname.rawValue | M.miscBegin.rawValue
        let facts = features.facts[a].gazetteer
        guard facts & M.commonWord.rawValue != 0, facts & names == 0 else { return range }
        let t = doc.tokens[a]
        let end = Int(t.end)
        let ing =
            t.length > 4 && doc.scalars[end - 3] == "i" && doc.scalars[end - 2] == "n" && doc.scalars[end - 1] == "g"
        let ed = t.length > 4 && doc.scalars[end - 2] == "e" && doc.scalars[end - 1] == "d"
        return ing || ed ? (a + 1)..<range.upperBound : range
    }

    /// Whether a one-word name is only an ordinary word capitalised because it opens a sentence
    /// ("Diplomacy has been at a standstill"): the text itself also writes it in lowercase.
    static func isCapitalisedWord(_ range: Range<Int>, _ features: EntityFeatures) -> Bool {
        guard range.count == 1 else { return false }
        let i = range.lowerBound
        return features.opensSentence(i) && features.isWrittenInLowercase(i)
    }

    /// Whether a one-word name is a sentence adverb opening its sentence ("Specifically, the
    /// House asked…"): a long word in "-ly" followed by a comma.
    static func isSentenceAdverb(_ range: Range<Int>, _ doc: Document, _ features: EntityFeatures) -> Bool {
        guard range.count == 1, features.opensSentence(range.lowerBound), range.upperBound < doc.tokens.count else {
            return false
        }
        let t = doc.tokens[range.lowerBound]
        let next = doc.tokens[range.upperBound]
        guard t.length >= 9, next.kind == .punct, doc.scalars[Int(next.start)] == "," else { return false }
        return doc.scalars[Int(t.end) - 2] == "l" && doc.scalars[Int(t.end) - 1] == "y"
    }

    static func isTimeZone(_ range: Range<Int>, _ doc: Document) -> Bool {
        range.count == 1 && timeZones.contains(doc.tokens[range.lowerBound].hash)
    }

    /// Whether `range` is one all-caps word of two to five letters written among lowercase words
    /// ("the US ambassador to the UN"): an acronym, which names an organisation or a place,
    /// never a person.
    static func isAcronym(_ range: Range<Int>, _ doc: Document) -> Bool {
        guard range.count == 1 else { return false }
        let i = range.lowerBound
        let t = doc.tokens[i]
        guard t.kind == .word, t.has(.allCaps), t.length >= 2, t.length <= 5 else { return false }
        let around = max(0, i - 3)..<min(doc.tokens.count, i + 4)
        return around.contains { $0 != i && doc.tokens[$0].has(.hasLower) }
    }

    /// Mentions cut at "of" joined again when the first ends in a head word that takes an "of"
    /// phrase: "University" + "of" + "Essex" is "University of Essex", of the first's type; a
    /// place or organisation straight before an organisation ending in an organisation word
    /// is part of it.
    static func joinOfPhrases(_ found: [Found], _ doc: Document, _ features: EntityFeatures) -> [Found] {
        guard !found.isEmpty else { return found }
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        var out: [Found] = []
        out.reserveCapacity(found.count)
        for m in found {
            if let last = out.last, last.type != .person, m.type != .person,
                last.tokens.upperBound + 1 == m.tokens.lowerBound,
                doc.tokens[last.tokens.upperBound].lowerHash == of,
                !doc.tokens[m.tokens.lowerBound].has(.lineStart)
            {
                let head = last.tokens.upperBound - 1
                if features.facts[head].gazetteer & orgWord != 0 || ofHeads.contains(doc.tokens[head].lowerHash) {
                    out[out.count - 1].tokens = last.tokens.lowerBound..<m.tokens.upperBound
                    continue
                }
            }
            // "Israeli" + "Air Force", "Harvard" + "Law School": one organisation the tagger cut in two.
            if let last = out.last, last.type != .person, m.type == .organization,
                last.tokens.upperBound == m.tokens.lowerBound, !doc.tokens[m.tokens.lowerBound].has(.lineStart),
                features.facts[m.tokens.upperBound - 1].gazetteer & orgWord != 0
            {
                out[out.count - 1] = (last.tokens.lowerBound..<m.tokens.upperBound, .organization)
                continue
            }
            out.append(m)
        }
        // "Department of" + "Justice" untagged: the capitalised words after "of" are the name's.
        for i in out.indices where out[i].type != .person {
            let limit = i + 1 < out.count ? out[i + 1].tokens.lowerBound : doc.tokens.count
            out[i].tokens = withOfPhrase(out[i].tokens, limit: limit, doc, features)
        }
        return out
    }

    /// `range` taken on over "of" and the capitalised words after it, up to token `limit`, when
    /// it ends in an organisation word ("Department" + "of Justice"); unchanged otherwise.
    static func withOfPhrase(_ range: Range<Int>, limit: Int, _ doc: Document, _ features: EntityFeatures)
        -> Range<Int>
    {
        let orgWord = EntityGazetteer.Membership.organizationWord.rawValue
        let b = range.upperBound
        guard b + 1 < limit, features.facts[b - 1].gazetteer & orgWord != 0,
            doc.tokens[b].lowerHash == of, doc.tokens[b + 1].has(.capitalized), !doc.tokens[b + 1].has(.lineStart)
        else { return range }
        var e = b + 1
        while e < limit && doc.tokens[e].has(.capitalized) && doc.tokens[e].kind == .word
            && !doc.tokens[e].has(.lineStart)
        { e += 1 }
        return range.lowerBound..<e
    }

    /// Whether `range` holds only titles ("Ms", "Lt Col").
    static func isTitles(_ range: Range<Int>, _ doc: Document) -> Bool {
        doc.tokens[range].allSatisfy { EntityTitles.all.contains($0.lowerHash) || $0.kind != .word }
    }

    /// Whether token `k` is an ordinal in figures ("501st", "82nd"), which opens the name of a
    /// unit or a club after it ("501st Legion", "82nd Airborne Division").
    static func isOrdinal(_ k: Int, _ doc: Document) -> Bool {
        guard k >= 0, doc.tokens[k].length >= 3 else { return false }
        let t = doc.tokens[k]
        let a = Int(t.start)
        let b = Int(t.end)
        guard doc.scalars[a].properties.numericType != nil else { return false }
        let ending = String(String.UnicodeScalarView(doc.scalars[(b - 2)..<b]))
        guard ["st", "nd", "rd", "th"].contains(ending) else { return false }
        return doc.scalars[a..<(b - 2)].allSatisfy { ("0"..."9").contains($0) }
    }

    static func isPossessive(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.length == 2 && ScalarClass.isApostrophe(doc.scalars[Int(t.start)].value)
    }
}
