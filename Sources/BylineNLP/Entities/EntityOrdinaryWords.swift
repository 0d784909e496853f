/// Ordinary words the tagger proposes as names where capitals say nothing: a word opening a
/// sentence ("Luckily I live close", "Nice people"), a word shouted in capitals ("SHE IS THE
/// BEST"), an acronym of a common noun ("the IPO", "LNG"), and words that are parts of an
/// e-mail address or a file name ("Lisa_resume.doc", "Kevin.A.Boone@accenture.com").
///
/// Each rule spares a word any name list holds: "Will", "Bush", "Nice" in a list of places and
/// "WHO" in a list of organisations stay names for the tagger to judge.
extension EntityMentionCleanup {
    typealias Membership = EntityGazetteer.Membership

    /// List memberships that make a word a possible name.
    static let nameLists: UInt32 =
        Membership.placeBegin.rawValue | Membership.placeInside.rawValue | Membership.organizationBegin.rawValue
        | Membership.organizationInside.rawValue | Membership.givenName.rawValue | Membership.personBegin.rawValue
        | Membership.personInside.rawValue | Membership.surname.rawValue | Membership.miscBegin.rawValue
        | Membership.miscInside.rawValue | Membership.nationalityBegin.rawValue

    /// Acronyms of common nouns, written in capitals but naming no organisation or place.
    static let commonAcronyms: TokenSet = TokenSet(
        Set(
            [
                "IPO", "GDP", "GNP", "CPI", "LNG", "LPG", "CEO", "CFO", "COO", "CTO", "ATM", "DNA", "RNA", "PDF",
                "HTML", "URL", "API", "ASCII", "IRR", "ROI", "SUV", "FAQ", "GPS", "USB", "DVD", "TV", "IQ", "MP3",
                "ASAP", "FYI", "LOL", "LMAO", "OMG", "BTW", "IMHO", "ADHD", "PTSD", "ICU", "VAT",
            ].map { TokenHash.of($0) }))

    /// Whether `range` is one acronym of a common noun ("IPO"), which names nothing.
    static func isCommonAcronym(_ range: Range<Int>, _ doc: Document) -> Bool {
        range.count == 1 && commonAcronyms.contains(doc.tokens[range.lowerBound].hash)
    }

    /// Whether `range` is one Roman numeral of two to four letters among lowercase words ("under
    /// section VII", "the HOPE VI plan"): a number, not a name. In a line of capitals "XI" may
    /// be a surname.
    static func isRomanNumeral(_ range: Range<Int>, _ doc: Document) -> Bool {
        guard isAcronym(range, doc) else { return false }
        let t = doc.tokens[range.lowerBound]
        return t.length <= 4 && doc.scalars[t.range].allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }

    /// Whether `range` is one capital letter alone ("when Z happens after X"): a variable or a
    /// grade, not a name, which has at least two letters or is an initial with a period.
    static func isLetter(_ range: Range<Int>, _ doc: Document) -> Bool {
        range.count == 1 && doc.tokens[range.lowerBound].kind == .word && doc.tokens[range.lowerBound].length == 1
    }

    /// Whether the one word of `range` is an ordinary word, not a name: common in lowercase
    /// (or written in lowercase elsewhere in the text) and on no name list, and either opening
    /// its sentence, where the text never writes it capitalised mid-sentence ("Bush nominated"
    /// beside "said Bush" is a name), or shouted: in capitals, three letters or more, next to
    /// another word in capitals ("THE BEST", where "DAB's" is an acronym). An adverb in "-ly"
    /// opening its sentence is ordinary too. `midSentence` holds the capitalised words written
    /// mid-sentence, computed on first use.
    static func isOrdinaryWord(
        _ range: Range<Int>, _ doc: Document, _ features: EntityFeatures, midSentence: inout TokenSet?
    ) -> Bool {
        guard range.count == 1 else { return false }
        let i = range.lowerBound
        let t = doc.tokens[i]
        let facts = features.facts[i].gazetteer
        guard t.kind == .word, facts & nameLists == 0 else { return false }
        let common = facts & (Membership.commonWord.rawValue | Membership.lowercaseElsewhere.rawValue) != 0
        if features.opensSentence(i) && !t.has(.allCaps) {
            guard common || isAdverb(t, doc) else { return false }
            if midSentence == nil { midSentence = capitalisedMidSentence(doc, features) }
            return !midSentence!.contains(t.hash)
        }
        guard common, t.has(.allCaps), t.length >= 3 else { return false }
        func shouted(_ k: Int) -> Bool {
            k >= 0 && k < doc.tokens.count && doc.tokens[k].kind == .word && doc.tokens[k].has(.allCaps)
                && doc.tokens[k].length >= 2
        }
        return shouted(i - 1) || shouted(i + 1)
    }

    /// The capitalised words (not in capitals) the text writes where they do not open a sentence.
    static func capitalisedMidSentence(_ doc: Document, _ features: EntityFeatures) -> TokenSet {
        var words: Set<UInt64> = []
        for (k, t) in doc.tokens.enumerated()
        where t.kind == .word && t.has(.capitalized) && !t.has(.allCaps) && !features.opensSentence(k) {
            words.insert(t.hash)
        }
        return TokenSet(words)
    }

    /// A word of six letters or more ending in "-ly" ("Luckily", "Sadly"): an adverb.
    static func isAdverb(_ t: Token, _ doc: Document) -> Bool {
        guard t.length >= 6, !t.has(.allCaps) else { return false }
        return doc.scalars[Int(t.end) - 2] == "l" && doc.scalars[Int(t.end) - 1] == "y"
    }

    /// Whether `range` is glued to an "@" or "_" through words and dots with no space: part of
    /// an e-mail address or a file name, which names nothing on its own.
    static func isInAddress(_ range: Range<Int>, _ doc: Document) -> Bool {
        func glue(_ k: Int) -> Bool? {
            let t = doc.tokens[k]
            if t.kind == .word || t.kind == .number { return false }
            guard t.kind == .punct, t.length == 1 else { return nil }
            switch doc.scalars[Int(t.start)] {
            case "@", "_": return true
            case ".", "-": return false
            default: return nil
            }
        }
        var k = range.upperBound
        while k < doc.tokens.count, k < range.upperBound + 8, !doc.tokens[k].has(.spaceBefore) {
            guard let found = glue(k) else { break }
            if found { return true }
            k += 1
        }
        k = range.lowerBound
        while k > 0, k > range.lowerBound - 8, !doc.tokens[k].has(.spaceBefore) {
            guard let found = glue(k - 1) else { break }
            if found { return true }
            k -= 1
        }
        return false
    }

    /// Endings of a web address: a name glued to one ("News.com.au", "Domain.com") is a website's.
    static let domainEndings: Set<String> = [
        "com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "au", "ca", "nz", "ie", "in", "de", "fr",
    ]

    /// The end of the web address that the name at `range` begins, as a token bound ("News" +
    /// ".com.au"), or nil when no ".com"-like ending is glued to it.
    static func websiteEnd(_ range: Range<Int>, _ doc: Document) -> Int? {
        var k = range.upperBound
        var end: Int?
        // "." and a lowercase word, glued, as many times as they come.
        while k + 1 < doc.tokens.count, !doc.tokens[k].has(.spaceBefore), !doc.tokens[k + 1].has(.spaceBefore),
            doc.tokens[k].kind == .punct, doc.tokens[k].length == 1, doc.scalars[Int(doc.tokens[k].start)] == ".",
            doc.tokens[k + 1].kind == .word, !doc.tokens[k + 1].has(.capitalized)
        {
            let word = doc.tokens[k + 1]
            // A word may hold its own dots ("com.au").
            let last = doc.string(Int(word.start), Int(word.end)).split(separator: ".").last.map(String.init) ?? ""
            end = domainEndings.contains(last) ? k + 2 : nil
            k += 2
        }
        return end
    }
}
