import Foundation

/// Name lists the tagger consults as features: places, organisations, people, other names,
/// nationalities, given names, titles and organisation head words; hand-written, plus names
/// and common words taken from the training corpus. A list never decides on its own; it only tells the tagger that a
/// token sequence is a known name, so "Georgia" can still be a person when the context says so.
public struct EntityGazetteer: Sendable {
    /// What a list says about a token; several may hold at once.
    public struct Membership: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
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
    }


    enum List: UInt8 { case place = 1, organization = 2, nationality = 4, person = 8, misc = 16 }

    /// The lists a gazetteer is built from, one name per entry.
    public struct Lists: Sendable {
        public var places: [String] = []
        public var organizations: [String] = []
        public var people: [String] = []
        /// Other names (events, works, nationalities used as nouns), so they are not mistaken for the rest.
        public var misc: [String] = []
        public var nationalities: [String] = []
        public var givenNames: [String] = []
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
            return l
        }
    }

    /// Lowercase hash of a whole multi-token name (tokens joined by one space) -> lists it is on.
    let names: [UInt64: UInt8]
    let givenNames: Set<UInt64>
    let titles: Set<UInt64>
    let organizationWords: Set<UInt64>
    let commonWords: Set<UInt64>
    /// The longest name in tokens, so lookups know when to stop.
    let longest: Int

    public static let standard = EntityGazetteer(.shipped())

    public init(_ lists: Lists) {
        var names: [UInt64: UInt8] = [:]
        var longest = 1
        let all: [(List, [String])] = [(.place, lists.places), (.organization, lists.organizations),
                                       (.nationality, lists.nationalities), (.person, lists.people), (.misc, lists.misc)]
        for (list, entries) in all {
            for entry in entries {
                let doc = Document(entry)
                guard !doc.tokens.isEmpty, doc.tokens.count <= 8 else { continue }
                longest = max(longest, doc.tokens.count)
                names[doc.lowerHash(tokens: 0..<doc.tokens.count), default: 0] |= list.rawValue
            }
        }
        self.names = names
        self.longest = longest
        self.givenNames = Set(lists.givenNames.map { TokenHash.lower($0) })
        self.titles = Set(lists.titles.map { TokenHash.lower($0) })
        self.organizationWords = Set(lists.organizationWords.map { TokenHash.lower($0) })
        self.commonWords = Set(lists.commonWords.map { TokenHash.lower($0) })
    }

    /// Whether tokens `range` are exactly a nationality ("North Korean"), or its plural ("North Koreans").
    public func isNationality(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var h = TokenHash.offset, withoutLast = h
        for k in range {
            if k != range.lowerBound { h = TokenHash.combine(h, 0x20) }
            for p in doc.tokens[k].range {
                withoutLast = h
                h = TokenHash.combine(h, ScalarClass.lower(doc.scalars[p]).value)
            }
        }
        let last = doc.tokens[range.upperBound - 1]
        let plural = last.length > 1 && doc.scalars[Int(last.end) - 1].value | 0x20 == 0x73
        func listed(_ key: UInt64) -> Bool { (names[key] ?? 0) & List.nationality.rawValue != 0 }
        return listed(h) || (plural && listed(withoutLast))
    }

    /// The entries of `Resources/gazetteer/NAME.txt`: one per line, `#` starts a comment line.
    public static func resource(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/gazetteer"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return EntityGazetteer.lines(text)
    }

    /// Non-empty, non-comment lines, trimmed.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Memberships of every token of `doc`. Multi-token names match longest-first within a
    /// sentence and only from a capitalised token, so "us" and "who" never look like "US" or "WHO".
    public func memberships(_ doc: Document) -> [Membership] {
        var out = [Membership](repeating: [], count: doc.tokens.count)
        var lowercase = Set<UInt64>(minimumCapacity: doc.tokens.count / 2)
        for t in doc.tokens where t.kind == .word && !t.has(.capitalized) && t.has(.hasLower) { lowercase.insert(t.lowerHash) }
        for sentence in doc.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                let t = doc.tokens[i]
                guard t.kind == .word, t.has(.capitalized) else { i += 1; continue }
                if givenNames.contains(t.lowerHash) { out[i].insert(.givenName) }
                if titles.contains(t.lowerHash) { out[i].insert(.title) }
                if organizationWords.contains(t.lowerHash) { out[i].insert(.organizationWord) }
                if commonWords.contains(t.lowerHash) { out[i].insert(.commonWord) }
                if lowercase.contains(t.lowerHash) { out[i].insert(.lowercaseElsewhere) }
                var matched = 0
                var lists: UInt8 = 0
                var h = TokenHash.offset
                var k = i
                while k < sentence.upperBound && k - i < longest {
                    if k != i { h = TokenHash.combine(h, 0x20) }
                    let tk = doc.tokens[k]
                    for p in tk.range { h = TokenHash.combine(h, ScalarClass.lower(doc.scalars[p]).value) }
                    k += 1
                    if let found = names[h] { matched = k - i; lists = found }
                }
                guard matched > 0 else { i += 1; continue }
                for j in i..<(i + matched) {
                    let first = j == i
                    if lists & List.place.rawValue != 0 { out[j].insert(first ? .placeBegin : .placeInside) }
                    if lists & List.organization.rawValue != 0 { out[j].insert(first ? .organizationBegin : .organizationInside) }
                    if lists & List.nationality.rawValue != 0 { out[j].insert(first ? .nationalityBegin : .nationalityInside) }
                    if lists & List.person.rawValue != 0 { out[j].insert(first ? .personBegin : .personInside) }
                    if lists & List.misc.rawValue != 0 { out[j].insert(first ? .miscBegin : .miscInside) }
                }
                i += 1
            }
        }
        return out
    }
}
