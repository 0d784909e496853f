import Foundation

/// Name lists the tagger consults as features: places, organisations, people, other names,
/// nationalities, given names, surnames, titles, legal forms and organisation head words;
/// hand-written, derived from public gazetteers, plus names and common words taken from the
/// training corpus; and the word clusters. A list never decides on its own; it only tells the
/// tagger that a token sequence is a known name, so "Georgia" can still be a person when the
/// context says so.
public struct EntityGazetteer: Sendable {
    /// What a list says about a token; several may hold at once.
    public struct Membership: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let placeBegin = Membership(rawValue: 1 << 0)
        public static let placeInside = Membership(rawValue: 1 << 1)
        public static let organizationBegin = Membership(rawValue: 1 << 2)
        public static let organizationInside = Membership(rawValue: 1 << 3)
        public static let givenName = Membership(rawValue: 1 << 4)
        public static let title = Membership(rawValue: 1 << 5)
        public static let organizationWord = Membership(rawValue: 1 << 6)
        public static let nationalityBegin = Membership(rawValue: 1 << 7)
        public static let nationalityInside = Membership(rawValue: 1 << 8)
        /// A capitalised word that is common in lowercase ("Diplomacy", "Join").
        public static let commonWord = Membership(rawValue: 1 << 9)
        /// A capitalised word the same text also writes in lowercase.
        public static let lowercaseElsewhere = Membership(rawValue: 1 << 10)
        public static let personBegin = Membership(rawValue: 1 << 11)
        public static let personInside = Membership(rawValue: 1 << 12)
        public static let miscBegin = Membership(rawValue: 1 << 13)
        public static let miscInside = Membership(rawValue: 1 << 14)
        public static let surname = Membership(rawValue: 1 << 15)
        /// A company's legal form ("Inc", "GmbH", "S.p.A.").
        public static let legalForm = Membership(rawValue: 1 << 16)
        /// "Mr", "Ms", "Dr": a form of address, never part of a name of any kind.
        public static let honorific = Membership(rawValue: 1 << 17)

        /// What the name lists say, as opposed to what a word is (a title, a common word):
        /// the memberships training switches off at random, in these groups.
        public static let listGroups: [Membership] = [
            [.placeBegin, .placeInside], [.organizationBegin, .organizationInside, .legalForm],
            [.personBegin, .personInside, .givenName, .surname], [.miscBegin, .miscInside],
        ]
    }

    enum List: UInt8 {
        case place = 1
        case organization = 2
        case nationality = 4
        case person = 8
        case misc = 16
    }

    /// The lists a gazetteer is built from, one name per entry.
    public struct Lists: Sendable {
        public var places: [String] = []
        public var organizations: [String] = []
        public var people: [String] = []
        /// Other names (events, works, nationalities used as nouns), so they are not mistaken for the rest.
        public var misc: [String] = []
        public var nationalities: [String] = []
        public var givenNames: [String] = []
        public var surnames: [String] = []
        public var legalForms: [String] = []
        public var titles: [String] = []
        public var organizationWords: [String] = []
        public var commonWords: [String] = []

        public init() {}

        /// The hand-written lists in `Resources/gazetteer`.
        public static func handWritten() -> Lists {
            var l = Lists()
            l.places = EntityGazetteer.resource("places")
            l.organizations = EntityGazetteer.resource("organizations")
            l.nationalities = EntityGazetteer.resource("nationalities")
            l.givenNames = EntityGazetteer.resource("first-names")
            l.titles = EntityGazetteer.resource("titles")
            l.organizationWords = EntityGazetteer.resource("organization-words")
            return l
        }

        /// The hand-written lists plus those derived from the training corpus, as shipped.
        public static func shipped() -> Lists {
            var l = handWritten()
            l.places += EntityGazetteer.resource("conll-places")
            l.organizations += EntityGazetteer.resource("conll-organizations")
            l.people += EntityGazetteer.resource("conll-people")
            l.misc += EntityGazetteer.resource("conll-misc")
            l.commonWords = EntityGazetteer.resource("common-words")
            l.addExternal(EntityGazetteer.resource)
            return l
        }

        /// Adds the lists derived from public gazetteers (GeoNames, census names, listed
        /// companies, legal forms, titles of works), each read by `file` from its name.
        public mutating func addExternal(_ file: (String) -> [String]) {
            places += file("geonames-places")
            organizations += file("listed-companies")
            misc += file("work-titles")
            givenNames += file("census-first-names")
            surnames += file("census-surnames")
            legalForms += file("legal-forms")
        }
    }

    /// Phrase hash of a whole name (see `extend`) -> lists it is on, plus `prefixBit` when it
    /// also begins a longer name, so lookups stop as soon as no name can match.
    let names: TokenTable<UInt8>
    static let prefixBit: UInt8 = 0x80
    /// Lowercase hash of a single word -> `WordFlag`s.
    let words: TokenTable<UInt8>
    /// The word clusters, read alongside the lists.
    public let clusters: EntityWordClusters

    enum WordFlag: UInt8 {
        case givenName = 1
        case title = 2
        case organizationWord = 4
        case common = 8
        case surname = 16
        case legalForm = 32
        case honorific = 64
    }

    static let honorifics = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr."]

    public static let standard = EntityGazetteer(.shipped())

    public init(_ lists: Lists, clusters: EntityWordClusters = .standard) {
        self.clusters = clusters
        var names: [UInt64: UInt8] = [:]
        let all: [(List, [String])] = [
            (.place, lists.places), (.organization, lists.organizations),
            (.nationality, lists.nationalities), (.person, lists.people), (.misc, lists.misc),
        ]
        for (list, entries) in all {
            for entry in entries {
                let tokens = Tokenizer.tokenize([Unicode.Scalar](scalarsOf: entry))
                guard !tokens.isEmpty, tokens.count <= 8 else { continue }
                var h = Self.phraseStart
                for (k, t) in tokens.enumerated() {
                    h = Self.extend(h, t.lowerHash)
                    if k < tokens.count - 1 { names[h, default: 0] |= Self.prefixBit }
                }
                names[h, default: 0] |= list.rawValue
            }
        }
        self.names = TokenTable(names)
        var words: [UInt64: UInt8] = [:]
        let flagged: [(WordFlag, [String])] = [
            (.givenName, lists.givenNames), (.title, lists.titles),
            (.organizationWord, lists.organizationWords), (.common, lists.commonWords),
            (.surname, lists.surnames), (.legalForm, lists.legalForms), (.honorific, Self.honorifics),
        ]
        for (flag, entries) in flagged {
            for entry in entries { words[TokenHash.lower(entry), default: 0] |= flag.rawValue }
        }
        self.words = TokenTable(words)
    }

    static let phraseStart: UInt64 = 0x243F_6A88_85A3_08D3

    /// The hash of a phrase extended by one more token's lowercase hash.
    @inline(__always) static func extend(_ h: UInt64, _ token: UInt64) -> UInt64 {
        var x = (h ^ token) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 31
        return x
    }

    /// Memberships of every token of `doc`. Names match longest-first within a sentence and only
    /// from a capitalised token, so "us" and "who" never look like "US" or "WHO".
    public func memberships(_ doc: Document) -> [Membership] {
        var out = [Membership](repeating: [], count: doc.tokens.count)
        // Which lowercase words the text uses: a 65,536-bit set indexed by the hash's top bits.
        var lowercase = [UInt64](repeating: 0, count: 1024)
        for t in doc.tokens where t.kind == .word && !t.has(.capitalized) && t.has(.hasLower) {
            let bit = Int(t.lowerHash >> 48)
            lowercase[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for sentence in doc.sentences {
            for i in sentence {
                let t = doc.tokens[i]
                guard t.kind == .word, t.has(.capitalized) else { continue }
                if let flags = words[t.lowerHash] {
                    if flags & WordFlag.givenName.rawValue != 0 { out[i].insert(.givenName) }
                    if flags & WordFlag.title.rawValue != 0 { out[i].insert(.title) }
                    if flags & WordFlag.organizationWord.rawValue != 0 { out[i].insert(.organizationWord) }
                    if flags & WordFlag.common.rawValue != 0 { out[i].insert(.commonWord) }
                    if flags & WordFlag.surname.rawValue != 0 { out[i].insert(.surname) }
                    if flags & WordFlag.legalForm.rawValue != 0 { out[i].insert(.legalForm) }
                    if flags & WordFlag.honorific.rawValue != 0 { out[i].insert(.honorific) }
                }
                let bit = Int(t.lowerHash >> 48)
                if lowercase[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { out[i].insert(.lowercaseElsewhere) }
                var matched = 0
                var lists: UInt8 = 0
                var h = Self.phraseStart
                var k = i
                while k < sentence.upperBound {
                    h = Self.extend(h, doc.tokens[k].lowerHash)
                    k += 1
                    guard let found = names[h] else { break }
                    if found & ~Self.prefixBit != 0 {
                        matched = k - i
                        lists = found
                    }
                    if found & Self.prefixBit == 0 { break }
                }
                guard matched > 0 else { continue }
                for j in i..<(i + matched) {
                    let first = j == i
                    if lists & List.place.rawValue != 0 { out[j].insert(first ? .placeBegin : .placeInside) }
                    if lists & List.organization.rawValue != 0 {
                        out[j].insert(first ? .organizationBegin : .organizationInside)
                    }
                    if lists & List.nationality.rawValue != 0 {
                        out[j].insert(first ? .nationalityBegin : .nationalityInside)
                    }
                    if lists & List.person.rawValue != 0 { out[j].insert(first ? .personBegin : .personInside) }
                    if lists & List.misc.rawValue != 0 { out[j].insert(first ? .miscBegin : .miscInside) }
                }
            }
        }
        return out
    }

    /// Whether the word whose lowercase hash is `lowerHash` is on the common-words list.
    public func isCommonWord(lowerHash: UInt64) -> Bool { (words[lowerHash] ?? 0) & WordFlag.common.rawValue != 0 }

    /// Whether tokens `range` are exactly a listed place that is no listed organisation ("Hong Kong").
    public func isPlaceOnly(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var h = Self.phraseStart
        for k in range { h = Self.extend(h, doc.tokens[k].lowerHash) }
        let lists = names[h] ?? 0
        return lists & List.place.rawValue != 0 && lists & List.organization.rawValue == 0
    }

    /// Whether tokens `range` are exactly a nationality ("North Korean"), or its plural ("North Koreans").
    public func isNationality(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var h = Self.phraseStart
        for k in range.dropLast() { h = Self.extend(h, doc.tokens[k].lowerHash) }
        let last = doc.tokens[range.upperBound - 1]
        func listed(_ key: UInt64) -> Bool { (names[key] ?? 0) & List.nationality.rawValue != 0 }
        if listed(Self.extend(h, last.lowerHash)) { return true }
        guard last.length > 1, doc.scalars[Int(last.end) - 1].value | 0x20 == 0x73 else { return false }
        var singular = TokenHash.offset
        for p in Int(last.start)..<Int(last.end) - 1 {
            singular = TokenHash.combine(singular, ScalarClass.lower(doc.scalars[p]).value)
        }
        return listed(Self.extend(h, singular))
    }

    /// The entries of `Resources/gazetteer/NAME.txt`: one per line, `#` starts a comment line.
    public static func resource(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/gazetteer"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return EntityGazetteer.lines(text)
    }

    /// Non-empty, non-comment lines, trimmed of spaces and tabs (`CharacterSet.whitespaces`).
    ///
    /// Read scalar by scalar: the lists hold about 48,000 lines, and splitting them as
    /// `Character`s and trimming through Foundation cost most of a process's start-up.
    /// A newline scalar is always a `Character` of its own, so this splits where
    /// `split(whereSeparator: \.isNewline)` does.
    static func lines(_ text: String) -> [String] {
        let s = [Unicode.Scalar](scalarsOf: text)
        var out: [String] = []
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count && !isLineBreak(s[end]) { end += 1 }
            var lo = start
            var hi = end
            while lo < hi && isBlank(s[lo]) { lo += 1 }
            while hi > lo && isBlank(s[hi - 1]) { hi -= 1 }
            start = end + 1
            guard lo < hi else { continue }
            let line = String(scalars: s[lo..<hi])
            // "#" may begin a longer character ("#️⃣"), which is not a comment.
            if s[lo] != "#" || !line.hasPrefix("#") { out.append(line) }
        }
        return out
    }

    @inline(__always) private static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(u.value) || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
    }

    /// Tab and the space separators (`CharacterSet.whitespaces`).
    @inline(__always) private static func isBlank(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x20 || u.value == 0x09 || (u.value >= 0xA0 && u.properties.generalCategory == .spaceSeparator)
    }
}
