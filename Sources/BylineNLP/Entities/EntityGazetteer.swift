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

        /// One of the lists, so a resource file can be named with the list it adds to.
        public enum Field: CaseIterable, Sendable {
            case places, organizations, people, misc, nationalities, givenNames, surnames, legalForms, titles
            case organizationWords, commonWords
        }

        /// The entries of list `field`.
        public subscript(_ field: Field) -> [String] {
            get {
                switch field {
                case .places: places
                case .organizations: organizations
                case .people: people
                case .misc: misc
                case .nationalities: nationalities
                case .givenNames: givenNames
                case .surnames: surnames
                case .legalForms: legalForms
                case .titles: titles
                case .organizationWords: organizationWords
                case .commonWords: commonWords
                }
            }
            set {
                switch field {
                case .places: places = newValue
                case .organizations: organizations = newValue
                case .people: people = newValue
                case .misc: misc = newValue
                case .nationalities: nationalities = newValue
                case .givenNames: givenNames = newValue
                case .surnames: surnames = newValue
                case .legalForms: legalForms = newValue
                case .titles: titles = newValue
                case .organizationWords: organizationWords = newValue
                case .commonWords: commonWords = newValue
                }
            }
        }

        /// The hand-written lists in `Resources/gazetteer`, by file name.
        static let handWrittenFiles: [(String, Field)] = [
            ("places", .places), ("organizations", .organizations), ("nationalities", .nationalities),
            ("first-names", .givenNames), ("titles", .titles), ("organization-words", .organizationWords),
        ]

        /// The lists derived from the training corpus, by file name.
        static let corpusFiles: [(String, Field)] = [
            ("conll-places", .places), ("conll-organizations", .organizations), ("conll-people", .people),
            ("conll-misc", .misc), ("common-words", .commonWords),
        ]

        /// The lists derived from public gazetteers (GeoNames, census names, listed companies,
        /// legal forms, titles of works), by file name.
        static let externalFiles: [(String, Field)] = [
            ("geonames-places", .places), ("listed-companies", .organizations), ("work-titles", .misc),
            ("census-first-names", .givenNames), ("census-surnames", .surnames), ("legal-forms", .legalForms),
        ]

        /// Every file of the shipped lists.
        static var shippedFiles: [(String, Field)] { handWrittenFiles + corpusFiles + externalFiles }

        /// The hand-written lists in `Resources/gazetteer`.
        public static func handWritten() -> Lists {
            var l = Lists()
            for (file, field) in handWrittenFiles { l[field] += EntityGazetteer.resource(file) }
            return l
        }

        /// The hand-written lists plus those derived from the training corpus, as shipped.
        public static func shipped() -> Lists {
            var l = Lists()
            for (file, field) in shippedFiles { l[field] += EntityGazetteer.resource(file) }
            return l
        }

        /// Adds the lists derived from public gazetteers, each read by `file` from its name.
        public mutating func addExternal(_ file: (String) -> [String]) {
            for (name, field) in Self.externalFiles { self[field] += file(name) }
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

    /// The shipped lists, hashed straight from the resource files' scalars: making a `String` of
    /// each of their 44,000 entries and tokenizing it again cost more than half the instructions of
    /// loading every model, in every process.
    public static let standard: EntityGazetteer = {
        var tables = Tables()
        for (file, field) in Lists.shippedFiles {
            forEachEntry(ofResource: file) { tables.add($0, to: field) }
        }
        return EntityGazetteer(tables, clusters: .standard)
    }()

    public init(_ lists: Lists, clusters: EntityWordClusters = .standard) {
        var tables = Tables()
        for field in Lists.Field.allCases {
            for entry in lists[field] {
                [Unicode.Scalar](scalarsOf: entry).withUnsafeBufferPointer { tables.add($0, to: field) }
            }
        }
        self.init(tables, clusters: clusters)
    }

    private init(_ tables: Tables, clusters: EntityWordClusters) {
        var words = tables.words
        for name in Self.honorifics { words.append((TokenHash.lower(name), WordFlag.honorific.rawValue)) }
        self.names = TokenTable(entries: tables.names, combining: |)
        self.words = TokenTable(entries: words, combining: |)
        self.clusters = clusters
    }

    /// The tables in the making: every (hash, bits) pair in the order the entries come, a hash
    /// given twice keeping the union of its bits.
    private struct Tables {
        var names: [(UInt64, UInt8)] = []
        var words: [(UInt64, UInt8)] = []

        /// Adds one entry (its scalars) of list `field`: a name is hashed as the phrase of its
        /// tokens, each shorter phrase marked as a prefix; a word by its lowercase scalars.
        mutating func add(_ entry: UnsafeBufferPointer<Unicode.Scalar>, to field: Lists.Field) {
            if let list = EntityGazetteer.list(field) {
                if let words = EntityGazetteer.plainWords(entry) {
                    guard words <= 8 else { return }
                    var h = EntityGazetteer.phraseStart
                    var word = TokenHash.offset
                    var k = 0
                    for i in 0...entry.count {
                        guard i == entry.count || entry[i] == " " else {
                            word = TokenHash.combine(word, entry[i].value | 0x20)
                            continue
                        }
                        h = EntityGazetteer.extend(h, word)
                        k += 1
                        names.append((h, k < words ? EntityGazetteer.prefixBit : list.rawValue))
                        word = TokenHash.offset
                    }
                    return
                }
                let tokens = Tokenizer.tokenize(entry)
                guard !tokens.isEmpty, tokens.count <= 8 else { return }
                var h = EntityGazetteer.phraseStart
                for (k, t) in tokens.enumerated() {
                    h = EntityGazetteer.extend(h, t.lowerHash)
                    if k < tokens.count - 1 { names.append((h, EntityGazetteer.prefixBit)) }
                }
                names.append((h, list.rawValue))
            } else if let flag = EntityGazetteer.wordFlag(field) {
                words.append((Tokenizer.hashLower(entry, 0, entry.count), flag.rawValue))
            }
        }
    }

    /// The number of words of `entry` when it is plain words: ASCII letters, one space between
    /// them, none at either end. The tokenizer makes each such word one token whose lowercase hash
    /// is that of its letters lowercased, so the name's phrase hash is made without it: most of
    /// the 44,000 names are such, and tokenizing each into an array of its own was a third of
    /// loading the lists. Nil for any other entry, which the tokenizer takes.
    static func plainWords(_ entry: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard let first = entry.first, first != " ", entry.last != " " else { return nil }
        var words = 1
        var previous = first
        for u in entry {
            if u == " " {
                if previous == " " { return nil }
                words += 1
            } else if !(u.value | 0x20 >= 0x61 && u.value | 0x20 <= 0x7A) {
                return nil
            }
            previous = u
        }
        return words
    }

    /// The list of names a field's entries are on; nil for lists of single words.
    private static func list(_ field: Lists.Field) -> List? {
        switch field {
        case .places: .place
        case .organizations: .organization
        case .nationalities: .nationality
        case .people: .person
        case .misc: .misc
        default: nil
        }
    }

    /// The flag a field's words carry; nil for lists of names.
    private static func wordFlag(_ field: Lists.Field) -> WordFlag? {
        switch field {
        case .givenNames: .givenName
        case .titles: .title
        case .organizationWords: .organizationWord
        case .commonWords: .common
        case .surnames: .surname
        case .legalForms: .legalForm
        default: nil
        }
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
        var out = [Membership](filledWith: [], count: doc.tokens.count)
        // Which lowercase words the text uses: a 65,536-bit set indexed by the hash's top bits.
        var lowercase = [UInt64](filledWith: 0, count: 1024)
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

    /// Whether the word whose lowercase hash is `lowerHash` is on the surnames list (the census's).
    public func isSurname(lowerHash: UInt64) -> Bool { (words[lowerHash] ?? 0) & WordFlag.surname.rawValue != 0 }

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
        var out: [String] = []
        forEachEntry(ofResource: name) { out.append(String(scalars: $0)) }
        return out
    }

    /// The lowercase hashes of the entries of `Resources/gazetteer/NAME.txt`, as a set, made
    /// without a `String` per entry.
    static func resourceWords(_ name: String) -> TokenSet {
        var words: [(UInt64, Bool)] = []
        forEachEntry(ofResource: name) { words.append((Tokenizer.hashLower($0, 0, $0.count), true)) }
        return TokenSet(entries: words, combining: { a, _ in a })
    }

    /// Calls `body` with the scalars of each entry of `Resources/gazetteer/NAME.txt`.
    static func forEachEntry(ofResource name: String, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Void) {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/gazetteer"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return }
        forEachLine(text, body)
    }

    /// Non-empty, non-comment lines, trimmed of spaces and tabs (`CharacterSet.whitespaces`).
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        forEachLine(text) { out.append(String(scalars: $0)) }
        return out
    }

    /// Calls `body` with the scalars of each non-empty, non-comment line of `text`, trimmed of
    /// spaces and tabs (`CharacterSet.whitespaces`).
    ///
    /// Read scalar by scalar: the lists hold about 48,000 lines, and splitting them as
    /// `Character`s and trimming through Foundation cost most of a process's start-up.
    /// A newline scalar is always a `Character` of its own, so this splits where
    /// `split(whereSeparator: \.isNewline)` does.
    static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Void) {
        [Unicode.Scalar](scalarsOf: text).withUnsafeBufferPointer { s in
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
                // "#" may begin a longer character ("#️⃣"), which is not a comment.
                if s[lo] == "#" && String(scalars: s[lo..<hi]).hasPrefix("#") { continue }
                body(UnsafeBufferPointer(rebasing: s[lo..<hi]))
            }
        }
    }

    @inline(__always) private static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(u.value) || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
    }

    /// Tab and the space separators (`CharacterSet.whitespaces`).
    @inline(__always) private static func isBlank(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x20 || u.value == 0x09 || (u.value >= 0xA0 && u.properties.generalCategory == .spaceSeparator)
    }
}
