import BylineNLP

/// The collection's in-memory index: entities after alias merging with their posting lists,
/// speakers with their quotes, and a word index for text search. Every filter and picker
/// answers from here, never by reading article texts again.
public struct Index: Sendable {
    public let vocabulary: Vocabulary
    /// By `EntityID.raw`.
    public let entities: [Entity]
    /// By `Index.speakers` position.
    public let speakers: [SpeakerEntry]
    /// The number of articles the ids refer to (annotated or not).
    public let articleCount: Int
    /// Entity key -> entity id raw value, -1 for keys no article uses.
    private let entityOfKey: [Int32]
    /// By `EntityID.raw`, increasing article order.
    private let postings: [PostingList]
    /// Lowercased name or alias -> entity ids.
    private let byName: [String: [Int32]]
    /// Speaker name id (as annotated) -> resolved display name.
    private let speakerNames: [Int32: String]
    private let speakerByName: [String: Int]
    private let terms: TermIndex
    private let entityNames: FuzzyNames
    private let speakerNamesFuzzy: FuzzyNames
    /// Entity ids, most articles first: the picker's order before anything is typed.
    private let popular: [Int32]
    /// Date entity ids sorted by name (the resolved value), for `date:` prefix ranges.
    private let datesByName: [Int32]

    /// An empty index over `articleCount` articles (titles shown, nothing annotated yet).
    public init(articleCount: Int = 0) {
        var empty = IndexBuilder()
        self = empty.snapshot(articleCount: articleCount)
    }

    init(
        vocabulary v: Vocabulary, nameKeys: [String], sites: Set<String>, siteKeys: [String],
        keyPostings: [PostingList],
        keyAliases: [Int32: [Int32]],
        speakerQuotes: [(Int32, EntityType?, [QuoteRef])], terms: TermIndex, articleCount: Int, lookup: Bool = true
    ) {
        vocabulary = v
        self.terms = terms
        self.articleCount = articleCount
        // The collection's own site ("Wikinews attended") is no entity. A date is one only as a
        // calendar date a reader can filter by: "now", "years" or "every week" stay highlighted
        // in their articles but are no entity to list or pick.
        let alive = (0..<v.keys.count).map {
            $0 < keyPostings.count && !keyPostings[$0].isEmpty
                && (sites.isEmpty || $0 >= siteKeys.count || !sites.contains(siteKeys[$0]))
                && (v.keys[$0].type != .date || DateWords.isCalendar(v.name(ofKey: Int32($0))))
        }
        let rep = AliasMerging.representatives(v, alive: alive, nameKeys: nameKeys)
        // One entity per representative key, in key order.
        var entityOfKey = [Int32](repeating: -1, count: v.keys.count)
        var members: [[Int32]] = []
        for k in 0..<v.keys.count where alive[k] && rep[k] == Int32(k) {
            entityOfKey[k] = Int32(members.count)
            members.append([Int32(k)])
        }
        for k in 0..<v.keys.count where alive[k] && rep[k] != Int32(k) {
            let e = entityOfKey[Int(rep[k])]
            entityOfKey[k] = e
            members[Int(e)].append(Int32(k))
        }
        // The entities and the speakers are built on two cores when there are many: the second
        // half of the entities on a thread of their own while this one builds the first half and
        // groups the speakers, which need only each entity's first key for its name. Each entity
        // depends on its own keys only, so the halves joined are what one pass gives.
        let heads = members.map { $0[0] }
        let split = members.count >= Index.parallelFrom ? members.count / 2 : members.count
        let later =
            split < members.count
            ? BackgroundValue { [members] in Index.entities(members[split...], v, keyPostings, keyAliases) } : nil
        var (postings, entities) = Index.entities(members[..<split], v, keyPostings, keyAliases)
        (speakers, speakerNames, speakerByName) = Index.groupSpeakers(
            speakerQuotes, v, entityOfKey, heads, rep, alive)
        if let later {
            postings += later.value.0
            entities += later.value.1
        }
        var byName: [String: [Int32]] = [:]
        if lookup {
            for (e, entity) in entities.enumerated() {
                for n in Set([entity.name.lowercased()] + entity.aliases.map { $0.lowercased() }) {
                    byName[n, default: []].append(Int32(e))
                }
            }
        }
        self.entityOfKey = entityOfKey
        self.postings = postings
        self.entities = entities
        self.byName = byName
        // What only lookups read is left out when nobody will look anything up (a listing command).
        guard lookup else {
            (entityNames, speakerNamesFuzzy, datesByName, popular) = (FuzzyNames([]), FuzzyNames([]), [], [])
            return
        }
        // dates are typed as the picker shows them ("march 2022"), not as their values
        entityNames = FuzzyNames(entities.map { $0.type == .date ? DateWords.words(for: $0.name) : $0.name })
        datesByName = entities.indices.filter { entities[$0].type == .date }.sorted {
            entities[$0].name < entities[$1].name
        }.map { Int32($0) }
        popular = entities.indices.sorted { entities[$0].articleCount > entities[$1].articleCount }.map { Int32($0) }
        speakerNamesFuzzy = FuzzyNames(speakers.map(\.name))
    }

    /// How much work goes to two threads, below which starting a thread costs more than it
    /// saves: compared with the number of entities when building entities and speakers, and with
    /// the number of vocabulary keys (each name as written, before merging) when merging aliases.
    static let parallelFrom = 4096

    /// The posting lists and entities of `members` (each entity's keys, its head first), with
    /// ids by their position in the whole list.
    static func entities(
        _ members: ArraySlice<[Int32]>, _ v: Vocabulary, _ keyPostings: [PostingList], _ keyAliases: [Int32: [Int32]]
    ) -> ([PostingList], [Entity]) {
        var postings: [PostingList] = []
        var entities: [Entity] = []
        postings.reserveCapacity(members.count)
        entities.reserveCapacity(members.count)
        for (e, keys) in zip(members.indices, members) {
            let head = keys[0]
            let list = keys.count == 1 ? keyPostings[Int(head)] : Index.merge(keys.map { keyPostings[Int($0)] })
            postings.append(list)
            let name = v.name(ofKey: head)
            var aliases: [String] = []
            for k in keys {
                if k != head { aliases.append(v.name(ofKey: k)) }
                for a in keyAliases[k] ?? [] { aliases.append(v.string(a)) }
            }
            // Most entities have no alias: no sets to make for them.
            if !aliases.isEmpty { aliases = Array(Set(aliases).subtracting([name])).sorted() }
            entities.append(
                Entity(
                    id: EntityID(Int32(e)), name: name, type: v.keys[Int(head)].type, aliases: aliases,
                    articleCount: list.count, mentionCount: list.mentionTotal))
        }
        return (postings, entities)
    }

    /// Sorted posting lists of one entity's merged keys combined into one.
    static func merge(_ lists: [PostingList]) -> PostingList {
        let all = lists.joined().sorted { $0.article < $1.article }
        var out = PostingList()
        var i = 0
        while i < all.count {
            var mentions = all[i].mentions
            var j = i + 1
            while j < all.count && all[j].article == all[i].article {
                mentions += all[j].mentions
                j += 1
            }
            out.append(Posting(article: all[i].article, mentions: mentions))
            i = j
        }
        return out
    }

    /// Speakers under their merged names: a speaker who is one of the collection's entities takes
    /// the entity's name; quotes under names that merge are listed together. A speaker left as a
    /// bare pronoun ("They", when the attribution found nobody it stands for) names no one, so
    /// it is no speaker to pick or follow; its quotes stay in their articles.
    static let unnamed: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"]

    static func groupSpeakers(
        _ raw: [(Int32, EntityType?, [QuoteRef])], _ v: Vocabulary, _ entityOfKey: [Int32],
        _ heads: [Int32], _ rep: [Int32], _ alive: [Bool]
    ) -> ([SpeakerEntry], [Int32: String], [String: Int]) {
        var names: [Int32: String] = [:]
        var grouped: [String: (name: String, entity: EntityID?, quotes: [QuoteRef])] = [:]
        var merged = Set<String>()
        for (nameId, type, quotes) in raw where !unnamed.contains(v.string(nameId).lowercased()) {
            var entity: EntityID?
            for t in [type ?? .person, .person, .organization] {
                if let k = v.existingKey(nameId: nameId, t), alive[Int(k)], entityOfKey[Int(k)] >= 0 {
                    entity = EntityID(entityOfKey[Int(k)])
                    break
                }
            }
            // An entity's name is its first key's (`entities`).
            let name = entity.map { v.name(ofKey: heads[Int($0.raw)]) } ?? v.string(nameId)
            names[nameId] = name
            let slot = name.lowercased()
            // A name quoted under one slot only (most) shares the builder's list, already in order.
            if grouped[slot] == nil {
                grouped[slot] = (name, entity, quotes)
            } else {
                grouped[slot]!.quotes += quotes
                merged.insert(slot)
            }
        }
        let speakers = grouped.sorted { $0.value.name < $1.value.name }.map { slot, g -> SpeakerEntry in
            let quotes = merged.contains(slot) ? g.quotes.sorted() : g.quotes
            var articles = 0
            var last: Int32 = -1
            for q in quotes where q.article != last {
                articles += 1
                last = q.article
            }
            return SpeakerEntry(name: g.name, entity: g.entity, quotes: quotes, articleCount: articles)
        }
        var byName: [String: Int] = [:]
        for (i, s) in speakers.enumerated() { byName[s.name.lowercased()] = i }
        return (speakers, names, byName)
    }
}

extension Index {
    public func entity(_ id: EntityID) -> Entity { entities[Int(id.raw)] }

    /// The articles mentioning `id`, in increasing article order, with mention counts.
    public func postings(_ id: EntityID) -> [Posting] {
        id.raw >= 0 && Int(id.raw) < postings.count ? postings[Int(id.raw)].postings : []
    }

    /// The entity an annotation's key belongs to, if any article uses it.
    public func entity(ofKey key: Int32) -> EntityID? {
        key >= 0 && Int(key) < entityOfKey.count && entityOfKey[Int(key)] >= 0 ? EntityID(entityOfKey[Int(key)]) : nil
    }

    /// The merged canonical name of an entity key.
    public func canonicalName(ofKey key: Int32) -> String {
        entity(ofKey: key).map { entities[Int($0.raw)].name } ?? vocabulary.name(ofKey: key)
    }

    /// The merged name of a speaker name id.
    public func speakerName(_ nameId: Int32) -> String { speakerNames[nameId] ?? vocabulary.string(nameId) }

    /// Entities called `name` (canonical name or alias, ignoring case), of `type` when given.
    /// When no name matches exactly, entities whose name contains `name` as whole words
    /// ("Blinken" finds "Antony Blinken").
    public func entities(named name: String, type: EntityType? = nil) -> [EntityID] {
        let key = name.lowercased()
        let exact = (byName[key] ?? []).filter { type == nil || entities[Int($0)].type == type }
        if !exact.isEmpty { return exact.sorted().map(EntityID.init) }
        let words = key.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return entities.filter { e in
            (type == nil || e.type == type)
                && Index.containsWords(e.name.lowercased().split(separator: " ").map(String.init), words)
        }.map(\.id)
    }

    static func containsWords(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for s in 0...(haystack.count - needle.count) where Array(haystack[s..<(s + needle.count)]) == needle {
            return true
        }
        return false
    }

    /// Date entities whose value starts with `prefix` ("2022-01" finds 2022-01-13 and 2022-01).
    public func dateEntities(withValuePrefix prefix: String) -> [EntityID] {
        var lo = 0
        var hi = datesByName.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[Int(datesByName[mid])].name < prefix { lo = mid + 1 } else { hi = mid }
        }
        var out: [EntityID] = []
        while lo < datesByName.count, entities[Int(datesByName[lo])].name.hasPrefix(prefix) {
            out.append(EntityID(datesByName[lo]))
            lo += 1
        }
        return out
    }

    /// Speakers called `name` (ignoring case), falling back to whole-word containment like `entities(named:)`.
    public func speakers(named name: String) -> [Int] {
        let key = name.lowercased()
        if let i = speakerByName[key] { return [i] }
        let words = key.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return speakers.indices.filter {
            Index.containsWords(speakers[$0].name.lowercased().split(separator: " ").map(String.init), words)
        }
    }

    /// Articles containing every word of `text` (any order), in increasing order.
    public func articles(containingWords text: String) -> [Int32] {
        let hashes = TermScanner.terms(of: text)
        guard !hashes.isEmpty else { return (0..<Int32(articleCount)).map { $0 } }
        let lists = hashes.map { terms.articles(hash: $0) }.sorted { $0.count < $1.count }
        return lists.dropFirst().reduce(lists[0]) { Index.intersect($0, $1) }
    }

    /// The intersection of two increasing id lists.
    public static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }

    /// Type-to-narrow over entity names, best first: `pattern`'s characters must appear in order
    /// (like fzf); an empty pattern lists the entities in most articles.
    public func searchEntities(_ pattern: String, type: EntityType? = nil, limit: Int) -> [EntityMatch] {
        let ranked = Index.rank(
            pattern, names: entityNames, limit: limit, popular: popular,
            accept: { type == nil || entities[$0].type == type },
            weight: { entities[$0].articleCount })
        return ranked.map { EntityMatch(entity: EntityID(Int32($0.0)), score: $0.1) }
    }

    /// Type-to-narrow over speakers, best first; an empty pattern lists those quoted most.
    public func searchSpeakers(_ pattern: String, limit: Int) -> [SpeakerMatch] {
        let byQuotes = speakers.indices.sorted { speakers[$0].quotes.count > speakers[$1].quotes.count }.map {
            Int32($0)
        }
        let ranked = Index.rank(
            pattern, names: speakerNamesFuzzy, limit: limit, popular: byQuotes,
            accept: { _ in true }, weight: { speakers[$0].quotes.count })
        return ranked.map { SpeakerMatch(speaker: $0.0, score: $0.1) }
    }

    /// The best `limit` names for `pattern` by score, then weight, then shorter position.
    static func rank(
        _ pattern: String, names: FuzzyNames, limit: Int, popular: [Int32],
        accept: (Int) -> Bool, weight: (Int) -> Int
    ) -> [(Int, Int)] {
        guard limit > 0 else { return [] }
        let p = Array(pattern.lowercased().utf8)
        if p.isEmpty { return popular.lazy.map(Int.init).filter(accept).prefix(limit).map { ($0, 0) } }
        var best: [(id: Int, score: Int, weight: Int)] = []
        for i in 0..<names.count {
            guard let s = names.score(p, name: i), accept(i) else { continue }
            let w = weight(i)
            if best.count == limit, let worst = best.last, s < worst.score || (s == worst.score && w <= worst.weight) {
                continue
            }
            var at = best.count
            while at > 0 && (best[at - 1].score < s || (best[at - 1].score == s && best[at - 1].weight < w)) { at -= 1 }
            best.insert((i, s, w), at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map { ($0.id, $0.score) }
    }
}
