/// What the words around a mention say about its type, whatever the tagger chose: "shares in X",
/// "X Inc", "chief executive of X", "X spokesman", "the carmaker X", "X, a law firm,", "analysts
/// at X" make X an organisation; "Mr X", "X, 45,", "his son X", "X, an Australian woman," and
/// "X was born" make X a person; "the city of X", "born in X", "the island X" make X a place;
/// "the film X" makes X the title of a work; "X coach" makes X a team, which is no person. One
/// such mention decides the type of every mention of the name in the article.
enum EntityEvidence {
    /// Legal forms that end company names.
    static let legalForms: TokenSet = TokenSet(
        Set(
            [
                "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "plc", "LLC", "LLP", "AG",
                "SA",
                "S.A.", "NV", "N.V.", "GmbH", "SpA", "S.p.A.", "BV", "B.V.", "AB", "ASA", "Oyj", "Co", "Co.", "PLC",
                "Pty", "Bhd", "KK",
            ].map { TokenHash.lower($0) }))

    /// Words before a name that make it an organisation: "shares in X", "chief executive of X".
    static let organizationBefore: [(UInt64, UInt64)] = [
        ["shares", "in"], ["shares", "of"], ["stake", "in"], ["executive", "of"], ["ceo", "of"], ["chairman", "of"],
        ["spokesman", "for"], ["spokeswoman", "for"], ["spokesperson", "for"], ["analyst", "at"], ["analysts", "at"],
        ["employees", "of"], ["subsidiary", "of"], ["unit", "of"], ["founder", "of"], ["shareholders", "in"],
        ["shareholders", "of"], ["acquired", "by"], ["takeover", "of"], ["merger", "with"], ["board", "of"],
    ].map { (TokenHash.lower($0[0]), TokenHash.lower($0[1])) }

    /// Nouns for a company or other organisation. Written just before a name ("the carmaker X",
    /// "law firm X") or heading an apposition after it ("X, an analyst firm,") they make the name
    /// an organisation: news names a company without a cue word inside the name itself.
    static let organizationNouns: TokenSet = TokenSet(
        Set(
            [
                "company", "firm", "carmaker", "automaker", "drugmaker", "chipmaker", "bank", "lender", "insurer",
                "retailer", "airline", "broadcaster", "publisher", "manufacturer", "maker", "conglomerate",
                "consultancy", "supermarket", "startup", "start-up", "corporation", "brewer", "miner",
                "refiner", "operator", "newspaper", "charity", "group", "agency", "studio", "distributor", "supplier",
                "subsidiary", "exchange", "regulator", "watchdog",
            ].map { TokenHash.lower($0) }))

    /// Words that may follow the head noun of such an apposition ("X, a law firm based in…"):
    /// anything else after it means the noun was not the head ("a firm believer").
    static let appositionEnd: TokenSet = TokenSet(
        Set(
            [
                "based", "that", "which", "whose", "with", "in", "of", "and", "founded", "owned", "known",
                "headquartered", "listed", "run", "specialising", "specializing", "controlled", "backed", "from",
            ].map { TokenHash.lower($0) }))

    /// Jobs held at a company: "analysts at X", "a lawyer with X".
    static let companyJobs: TokenSet = TokenSet(
        Set(
            [
                "analyst", "analysts", "economist", "economists", "strategist", "strategists", "lawyer", "lawyers",
                "attorney", "attorneys", "executive", "executives", "engineer", "engineers", "researcher",
                "researchers", "trader", "traders", "dealer", "dealers", "banker", "bankers", "employee", "employees",
                "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chief",
            ].map { TokenHash.lower($0) }))
    static let at = TokenHash.lower("at")
    static let with = TokenHash.lower("with")

    /// Nouns for a work (a film, a book, a record): a name written just after one ("the film X",
    /// "her novel X") is a title, neither a person nor an organisation.
    static let workNouns: TokenSet = TokenSet(
        Set(
            [
                "film", "films", "movie", "movies", "novel", "novels", "book", "books", "album", "albums", "song",
                "songs", "single", "play", "musical", "opera", "sitcom", "documentary", "memoir", "biopic", "sequel",
                "prequel", "blockbuster", "bestseller", "best-seller", "thriller", "comedy", "drama", "series",
                "programme", "show", "poem", "painting", "ballet", "symphony",
            ].map { TokenHash.lower($0) }))

    /// Words that make the next word a noun rather than a verb ("the show X", not "polls show X").
    static let workNounOpeners: TokenSet = TokenSet(
        Set(
            [
                "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "new", "latest", "debut", "hit",
                "upcoming", "next", "first", "last", "recent", "final", "forthcoming", "animated", "classic",
                "award-winning",
                "acclaimed", "original", "famous", "popular", "second", "third", "documentary", "feature", "television",
                "TV", "radio", "stage",
            ].map { TokenHash.lower($0) }))

    /// Whether the name at tokens `range` is the title of a work: it follows a work noun written
    /// in lowercase after a determiner, an adjective, a year or a name ("the film Blue Harbour
    /// Nights", "her 2004 novel X", "the Disney film X").
    static func isWork(_ range: Range<Int>, _ doc: Document) -> Bool {
        var a = range.lowerBound
        // The tagger may leave the title's first words out ("film Blue" + "Harbour Nights").
        for _ in 0..<2 where a > 2 && doc.tokens[a - 1].kind == .word && doc.tokens[a - 1].has(.capitalized) {
            a -= 1
        }
        guard a >= 2 else { return false }
        let noun = doc.tokens[a - 1]
        guard noun.kind == .word, !noun.has(.capitalized), workNouns.contains(noun.lowerHash) else { return false }
        // Token k makes the next word a noun: a determiner or an adjective, a year, a possessive,
        // or a name inside a sentence ("the Disney film X", not "Polls show X").
        func opens(_ k: Int) -> Bool {
            let t = doc.tokens[k]
            let name =
                t.kind == .word && t.has(.capitalized) && k >= 1
                && (doc.tokens[k - 1].kind == .word || doc.tokens[k - 1].kind == .number)
            return workNounOpeners.contains(t.lowerHash) || t.kind == .number || name
                || EntityMentionCleanup.isPossessive(doc, k)
        }
        if opens(a - 2) { return true }
        // One more lowercase word may stand before a noun that is no verb ("the 2018 Marvel
        // superhero film X", "her first spy novel X"); "polls show X" stays a verb's object.
        let modifier = doc.tokens[a - 2]
        return a >= 3 && modifier.kind == .word && !modifier.has(.capitalized) && nounsOnly.contains(noun.lowerHash)
            && opens(a - 3)
    }

    /// The work nouns that are no verb.
    static let nounsOnly: TokenSet = TokenSet(
        Set(
            [
                "film", "films", "movie", "movies", "novel", "novels", "album", "albums", "sitcom", "documentary",
                "memoir", "biopic", "sequel", "prequel", "musical", "opera", "thriller", "blockbuster", "poem",
                "ballet", "symphony",
            ].map { TokenHash.lower($0) }))

    /// Capitalised words before the name of a storm or a craft ("Hurricane Rita", "Tropical
    /// Storm Bill", "Space Shuttle Atlantis", "USS Cole"): an event or a vehicle, which is no
    /// person, organisation or place however the name reads.
    static let stormAndCraftWords: TokenSet = TokenSet(
        Set(["Hurricane", "Typhoon", "Cyclone", "Storm", "Shuttle", "USS", "HMS"].map { TokenHash.of($0) }))

    /// Whether the name at tokens `range` is a storm or a craft: it follows one of
    /// `stormAndCraftWords`, or opens with one and goes on.
    static func isStormOrCraft(_ range: Range<Int>, _ doc: Document) -> Bool {
        let a = range.lowerBound
        if range.count > 1 && stormAndCraftWords.contains(doc.tokens[a].hash) { return true }
        return a > 0 && stormAndCraftWords.contains(doc.tokens[a - 1].hash) && !doc.tokens[a].has(.lineStart)
    }

    /// Last words of the name of a law or an agreement ("United States Constitution", "Patriot
    /// Act", "Treaty of Rome" is caught by its first word): a document, which is no person,
    /// organisation or place.
    static let lawWords: TokenSet = TokenSet(
        Set(["Constitution", "Act", "Treaty", "Accord", "Accords", "Amendment", "Bill"].map { TokenHash.of($0) }))

    /// Whether the name at tokens `range` is a law or an agreement: two words or more, ending in
    /// one of `lawWords` or opening with "Treaty".
    static func isLaw(_ range: Range<Int>, _ doc: Document) -> Bool {
        guard range.count > 1 else { return false }
        let last = doc.tokens[range.upperBound - 1]
        return lawWords.contains(last.hash) || doc.tokens[range.lowerBound].hash == treaty
    }
    static let treaty = TokenHash.of("Treaty")

    /// Words after a name that make it a team, which no person is: "X coach", "X assistant
    /// coach", "X fans". After a possessive they say nothing ("Federer's coach").
    static let teamAfter: TokenSet = TokenSet(
        Set(
            [
                "coach", "coaches", "captain", "manager", "players", "fans", "supporters", "striker", "goalkeeper",
                "squad", "midfielder", "defender", "winger", "forward", "skipper",
            ].map { TokenHash.lower($0) }))
    static let teamRoleBefore: TokenSet = TokenSet(
        Set(["assistant", "head", "interim", "caretaker"].map { TokenHash.lower($0) }))

    /// Whether the words after tokens `range` name it as a sports team.
    static func isTeam(_ range: Range<Int>, _ doc: Document) -> Bool {
        let tokens = doc.tokens
        var k = range.upperBound
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].has(.capitalized) else { return false }
        if teamRoleBefore.contains(tokens[k].lowerHash) && k + 1 < tokens.count { k += 1 }
        return !tokens[k].has(.capitalized) && teamAfter.contains(tokens[k].lowerHash)
    }

    /// Relatives: "his son X", "her husband, X", "X, the daughter of …" make X a person.
    static let relatives: TokenSet = TokenSet(
        Set(
            [
                "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "fiancée", "fiancee",
                "fiancé", "fiance", "widow", "widower", "niece", "nephew", "uncle", "aunt", "cousin", "grandson",
                "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother",
                "girlfriend", "boyfriend", "child", "twin",
            ].map { TokenHash.lower($0) }))

    /// Nouns for a person that head an apposition after a name: "X, an Australian woman", "X,
    /// the son of …", "X, a 45-year-old grandmother".
    static let personNouns: TokenSet = relatives.union(
        TokenSet(
            Set(
                [
                    "woman", "man", "girl", "boy", "teenager", "mum", "mom", "dad", "grandmother", "grandfather",
                    "pensioner", "schoolgirl", "schoolboy", "widow", "mother-of-two", "father-of-two",
                    "mother-of-three", "father-of-three",
                ].map { TokenHash.lower($0) })))

    /// Words that make the next noun someone's relative ("his son", "Biden's son").
    static let possessiveDeterminers: TokenSet = TokenSet(
        Set(["his", "her", "their", "my", "our", "your"].map { TokenHash.lower($0) }))
    /// Words that name an owner before a noun phrase ("its Akron headquarters").
    static let owners: TokenSet = possessiveDeterminers.union(TokenSet(Set([TokenHash.lower("its")])))
    static let born = TokenHash.lower("born")
    static let was = TokenHash.lower("was")

    /// Whether the words around tokens `range` name a person: a relative just before it ("his
    /// son X", "Biden's wife, X", "their nine-month-old child, X", with up to two lowercase
    /// words between owner and relative), an apposition headed by a person noun after it ("X, an
    /// Australian woman"), or a birth ("X was born", "X, born in").
    static func isPerson(_ range: Range<Int>, _ doc: Document) -> Bool {
        let tokens = doc.tokens
        var k = range.lowerBound - 1
        if k >= 0 && tokens[k].kind == .punct && doc.scalars[Int(tokens[k].start)] == "," { k -= 1 }
        if k >= 1, tokens[k].kind == .word, !tokens[k].has(.capitalized), relatives.contains(tokens[k].lowerHash) {
            var o = k - 1
            while o > max(0, k - 3) && tokens[o].kind == .word && !tokens[o].has(.capitalized)
                && !possessiveDeterminers.contains(tokens[o].lowerHash)
                && !EntityNameWords.functionWords.contains(tokens[o].lowerHash)
            {
                o -= 1
            }
            if possessiveDeterminers.contains(tokens[o].lowerHash) || EntityMentionCleanup.isPossessive(doc, o) {
                return true
            }
        }
        let b = range.upperBound
        if b + 1 < tokens.count, tokens[b + 1].lowerHash == born,
            tokens[b].lowerHash == was || tokens[b].kind == .punct && doc.scalars[Int(tokens[b].start)] == ","
        {
            return true
        }
        return isApposition(after: b, headedBy: personNouns, doc)
    }

    /// Words before a name that make it a place: "the city of X", "born in X", "the island X".
    static let placeBefore: [(UInt64, UInt64)] = [
        ["city", "of"], ["town", "of"], ["village", "of"], ["province", "of"], ["island", "of"], ["region", "of"],
        ["capital", "of"], ["born", "in"], ["based", "in"], ["headquartered", "in"], ["lives", "in"], ["living", "in"],
    ].map { (TokenHash.lower($0[0]), TokenHash.lower($0[1])) }
    static let placeJustBefore: TokenSet = TokenSet(
        Set(["island", "capital", "city", "town", "village", "province", "county"].map { TokenHash.lower($0) }))

    /// Words after a name that make it an organisation: "X spokesman", "X shares".
    static let organizationAfter: TokenSet = TokenSet(
        Set(
            [
                "spokesman", "spokeswoman", "spokesperson", "shares", "shareholders", "CEO", "chairman", "stock",
                "subsidiary", "headquarters", "employees", "chief", "boss", "executive", "executives", "founder",
            ].map { TokenHash.lower($0) }))

    /// Nouns after a possessive that make the owner a news organisation: "ST's Telegram channel",
    /// "the BBC's Washington correspondent", "CNN's website". Without the possessive they say
    /// nothing ("a Washington correspondent" is a place's).
    static let mediaAfterPossessive: TokenSet = TokenSet(
        Set(
            [
                "website", "site", "channel", "channels", "reporter", "reporters", "correspondent", "correspondents",
                "newsroom", "editorial", "columnist", "columnists", "newsletter", "podcast", "app", "subscribers",
                "readers", "viewers", "editors",
            ].map { TokenHash.lower($0) }))

    /// The type the context of tokens `range` gives, if any.
    static func type(of range: Range<Int>, _ doc: Document) -> EntityType? {
        let tokens = doc.tokens
        let a = range.lowerBound
        let b = range.upperBound
        if range.count > 1 && legalForms.contains(tokens[b - 1].lowerHash) { return .organization }
        if b < tokens.count && legalForms.contains(tokens[b].lowerHash) && tokens[b].has(.capitalized) {
            return .organization
        }
        if a > 0 && EntityTitles.personal.contains(tokens[a - 1].lowerHash) { return .person }
        if a >= 2 {
            // Compared as a pair of hashes: an array made for it cost an allocation per mention.
            let first = tokens[a - 2].lowerHash
            let second = tokens[a - 1].lowerHash
            // "the chief executive of Hong Kong" heads a government: a listed place stays a place.
            if organizationBefore.contains(where: { $0 == first && $1 == second })
                && !EntityGazetteer.standard.isPlaceOnly(doc, range)
            {
                return .organization
            }
            if placeBefore.contains(where: { $0 == first && $1 == second }) { return .place }
        }
        if a > 0 && !tokens[a - 1].has(.capitalized) && placeJustBefore.contains(tokens[a - 1].lowerHash) {
            return .place
        }
        if a > 0, tokens[a - 1].kind == .word, !tokens[a - 1].has(.capitalized),
            organizationNouns.contains(tokens[a - 1].lowerHash)
        {
            return .organization
        }
        if a >= 2, tokens[a - 1].lowerHash == at || tokens[a - 1].lowerHash == with,
            !tokens[a - 2].has(.capitalized), companyJobs.contains(tokens[a - 2].lowerHash)
        {
            return .organization
        }
        if isApposition(after: b, headedBy: organizationNouns, doc) { return .organization }
        if isPerson(range, doc) { return .person }
        // "X, 45, said": an age.
        if b + 2 < tokens.count, tokens[b].kind == .punct, doc.scalars[Int(tokens[b].start)] == ",",
            tokens[b + 1].kind == .number, tokens[b + 1].length <= 3,
            tokens[b + 2].kind == .punct, doc.scalars[Int(tokens[b + 2].start)] == ","
        {
            return .person
        }
        var k = b
        let possessive = k < tokens.count && EntityMentionCleanup.isPossessive(doc, k)
        if possessive { k += 1 }
        // "ST's Telegram channel": the noun may follow a name of the channel or place.
        if possessive {
            var n = k
            while n < min(tokens.count, k + 2) && tokens[n].kind == .word && tokens[n].has(.capitalized) { n += 1 }
            if n < tokens.count && tokens[n].kind == .word && !tokens[n].has(.capitalized)
                && mediaAfterPossessive.contains(tokens[n].lowerHash)
            {
                return .organization
            }
        }
        // "its Akron headquarters", "their Texas employees": the owner is named before, the name
        // says where.
        let owned = a > 0 && owners.contains(tokens[a - 1].lowerHash)
        if k < tokens.count && tokens[k].kind == .word && !tokens[k].has(.lineStart)
            && organizationAfter.contains(tokens[k].lowerHash) && !owned
        {
            return .organization
        }
        return nil
    }

    /// Whether the name at tokens `range` is a dateline's place: written in capitals at the start
    /// of a line and followed by the source in brackets ("DETROIT (Harbourwire) -"), by a comma
    /// and a date ("SEOUL, Jan 14"), or by a date that starts with the year ("LONDON
    /// 1996-08-30"). News opens a report with where it was filed, never with who filed it; the
    /// same name in the body may still be a club or a body ("MILAN" filed a report on Milan's
    /// transfers), so the dateline types only itself.
    static func isDateline(_ range: Range<Int>, _ doc: Document) -> Bool {
        let tokens = doc.tokens
        let b = range.upperBound
        guard tokens[range.lowerBound].has(.lineStart), b + 1 < tokens.count,
            tokens[range].allSatisfy({ $0.kind != .word || $0.has(.allCaps) })
        else { return false }
        let next = tokens[b]
        // "1996-08-30" is one token, of digits and hyphens.
        if next.kind == .number || next.kind == .word { return next.has(.spaceBefore) && isYear(b, doc) }
        guard next.kind == .punct, !tokens[b + 1].has(.lineStart) else { return false }
        switch doc.scalars[Int(next.start)] {
        case "(": return tokens[b + 1].kind == .word
        case ",":
            return b + 2 < tokens.count && tokens[b + 1].kind == .word && tokens[b + 1].has(.capitalized)
                && tokens[b + 2].kind == .number
        default: return false
        }
    }

    /// Whether the number at token `k` opens with four digits of a year from 1800 to 2099.
    static func isYear(_ k: Int, _ doc: Document) -> Bool {
        let s = doc.scalars
        let p = Int(doc.tokens[k].start)
        guard doc.tokens[k].length >= 4, (p..<p + 4).allSatisfy({ s[$0].properties.numericType != nil }) else {
            return false
        }
        return s[p] == "1" && (s[p + 1] == "8" || s[p + 1] == "9") || s[p] == "2" && s[p + 1] == "0"
    }

    /// Whether an apposition headed by one of `nouns` follows token `b - 1`: ", a law firm,",
    /// ", the Houston-based oil company that…", ", his son,"; at most four words before the
    /// noun, none of them a function word, and the noun ends the phrase.
    static func isApposition(after b: Int, headedBy nouns: TokenSet, _ doc: Document) -> Bool {
        let tokens = doc.tokens
        guard b + 2 < tokens.count, tokens[b].kind == .punct, doc.scalars[Int(tokens[b].start)] == ",",
            EntityNameWords.articles.contains(tokens[b + 1].lowerHash)
                || possessiveDeterminers.contains(tokens[b + 1].lowerHash)
        else { return false }
        var k = b + 2
        while k < min(tokens.count, b + 7) {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .number || t.kind == .punct && doc.scalars[Int(t.start)] == "-" else {
                return false
            }
            if !t.has(.capitalized) && nouns.contains(t.lowerHash) {
                let next = k + 1 < tokens.count ? tokens[k + 1] : nil
                return next == nil || next!.kind != .word || appositionEnd.contains(next!.lowerHash)
            }
            if !t.has(.capitalized) && EntityNameWords.functionWords.contains(t.lowerHash)
                || appositionEnd.contains(t.lowerHash)
            {
                return false
            }
            k += 1
        }
        return false
    }

    /// The end of the headline when the text opens with one in title case ("University Defeat
    /// Maroochydore In Round Five"), where every word of four letters or more is capitalised and
    /// capitals say nothing about names; nil otherwise. A sentence-case or all-caps first line,
    /// or one that ends like a sentence, is read like the body.
    static func titleCaseHeadline(_ doc: Document) -> Int? {
        let tokens = doc.tokens
        guard let end = tokens.indices.dropFirst().first(where: { tokens[$0].has(.lineStart) }) else { return nil }
        var words = 0
        var capitalised = 0
        var lower = false
        for t in tokens[0..<end] where t.kind == .word && t.length >= 4 {
            words += 1
            if t.has(.capitalized) { capitalised += 1 }
            if t.has(.hasLower) { lower = true }
        }
        let last = tokens[end - 1]
        let stops = last.kind == .punct && doc.scalars[Int(last.start)] == "."
        return words >= 3 && lower && capitalised == words && !stops ? end : nil
    }
}
