/// Merges the mentions of one entity under one canonical name, within an article and across a
/// collection, and gives every mention of a name in an article one type.
///
/// Words compare as `EntityNameWords.same` says: without case or diacritics, but short words
/// ("UN", "Un") only as written. Mentions with the same name are one entity, whatever type the
/// tagger gave each; its type is the one the context proves ("shares in X", "X Inc", "Mr X",
/// see `EntityEvidence`), else the person when a person's full name is among them, else the most
/// frequent. People: a shorter name ("Blinken", "Mr Kim") belongs to the one longer name in the
/// article that contains its words ("Antony Blinken", "Kim Jong Un"); the canonical name is that
/// longest form, without titles or possessive. Organisations and places: names that are equal
/// once well-known short forms are expanded and a legal form dropped ("Acme" / "Acme Inc"), or
/// where one abbreviates the other ("DPRK" / "Democratic People's Republic of Korea"), are one
/// entity, and so is a short form in brackets right after a name ("Brindle Motors (BMC)"); its
/// canonical name is its most frequent form (the first on a tie). Merging a shorter
/// name into a longer one never crosses types, except that a mixed-case word tagged as an
/// organisation or place that is part of one person's full name ("Day" with "Doris Day") is
/// that person, a one-word person that ends one other name of two or three words ("Lukaku"
/// with "Romelu Lukaku" read as an organisation) makes that name a person's, and a one-word
/// name that opens one organisation's name and no person's ("Goldman" with "Goldman Sachs") is
/// that organisation, under its full name. A name written
/// as a work's title ("the film X"), or a law's ("X Act"), is dropped with all its mentions. In a title-case headline,
/// where every word is capitalised, a name counts only when the body names it too, and takes
/// the body's type.
public enum EntityAliases {
    /// The mentions of `found` (token ranges, in text order) with canonical names.
    static func canonicalize(_ doc: Document, _ found: [(tokens: Range<Int>, type: EntityType)]) -> [EntityMention] {
        guard !found.isEmpty else { return [] }
        let titles = EntityTitles.all
        let acronyms = EntityAcronyms.standard
        // Repeated mentions ("North Korea" ten times) are read once.
        var readFor: [UInt64: Int] = [:]
        var names: [EntityNameWords] = []
        var compared: [EntityNameWords] = []
        readFor.reserveCapacity(found.count)
        names.reserveCapacity(found.count)
        compared.reserveCapacity(found.count)
        for (tokens, type) in found {
            var written: UInt64 = type == .person ? 1 : 2
            for k in tokens { written = EntityGazetteer.extend(written, doc.tokens[k].hash) }
            if let k = readFor[written] {
                names.append(names[k])
                compared.append(compared[k])
                continue
            }
            readFor[written] = names.count
            let words = EntityNameWords(doc, tokens, type: type, titles: titles)
            names.append(words)
            compared.append(type == .person ? words : acronyms.expanded(withoutLegalForm(words, doc)))
        }
        let evidence = found.map { EntityEvidence.type(of: $0.tokens, doc) }
        // Where a report was filed is a place, whatever its name is in the body.
        let dateline = found.map { EntityEvidence.isDateline($0.tokens, doc) }
        // A name written as a work's title ("the film X"), a storm's or a craft's ("Hurricane
        // Rita"), or a law's ("United States Constitution") is no person or organisation anywhere
        // in the article.
        var works: Set<UInt64> = []
        for i in found.indices
        where !names[i].isEmpty
            && (EntityEvidence.isWork(found[i].tokens, doc) || EntityEvidence.isStormOrCraft(found[i].tokens, doc)
                || EntityEvidence.isLaw(found[i].tokens, doc))
        {
            works.insert(compared[i].key)
        }
        let headlineEnd = EntityEvidence.titleCaseHeadline(doc) ?? 0
        let inHeadline = found.map { $0.tokens.lowerBound < headlineEnd }

        var parent = Array(found.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let ra = root(a)
            let rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }

        // The same name (people apart from the rest) is one entity.
        var firstByKey: [UInt64: Int] = [:]
        firstByKey.reserveCapacity(found.count)
        for i in found.indices where !names[i].isEmpty {
            let key = compared[i].key
            if let j = firstByKey[key] { union(i, j) } else { firstByKey[key] = i }
        }
        // "Brindle Motors (BMC)": a short form in brackets straight after a name is that name's.
        for i in found.indices.dropLast() where isBracketedShortForm(i + 1, of: i, found, doc) { union(i, i + 1) }
        let distinct = firstByKey.values.sorted()
        let people = distinct.filter { found[$0].type == .person }
        let others = distinct.filter { found[$0].type != .person }
        for i in people {
            if let full = uniqueLonger(i, among: people, compared, { $0.isPart(of: $1) }) { union(i, full) }
        }
        for i in others {
            if let full = uniqueLonger(i, among: others, compared, { $0.abbreviates($1) }) {
                union(i, full)
            }
            // "Day" tagged as an organisation in an article about "Doris Day" is her.
            else if evidence[i] == nil, !doc.tokens[names[i].tokens].contains(where: { $0.has(.allCaps) }),
                let person = uniqueLonger(i, among: people, names, { $0.isPart(of: $1) })
            {
                union(i, person)
            }
        }
        // "Tellmark" after "Tellmark Holdings", "Goldman" after "Goldman Sachs": a one-word name
        // that opens one organisation's name, and no person's, is that organisation. Not a word
        // in capitals: "UN" is not the "UN Security Council", only its parent.
        let organizations = others.filter { found[$0].type == .organization && names[$0].count > 1 }
        var joinedOrganizations = [Bool](filledWith: false, count: found.count)
        for i in distinct
        where names[i].count == 1 && found[i].type != .place && evidence[i] != .person
            && !doc.tokens[names[i].tokens].contains(where: { $0.has(.allCaps) })
        {
            let opens = organizations.filter { EntityNameWords.same(names[i], 0, names[$0], 0) }
            guard let full = opens.first, opens.allSatisfy({ compared[$0].key == compared[full].key }),
                !people.contains(where: { names[$0].count > 1 && names[i].isPart(of: names[$0]) })
            else { continue }
            union(i, full)
            joinedOrganizations[full] = true
        }

        // "Lukaku" read as a person beside "Romelu Lukaku" read as an organisation: a one-word
        // person that ends one other name of two or three words in mixed case, neither proven
        // of its type, and no longer person's name, is that name's surname, and the name is a
        // person's. Not after an abbreviated first word, which is no given name ("St. Thomas"),
        // nor for a name listed whole as an organisation or place ("Merrill Lynch", "Lake
        // Victoria").
        let organizationOrPlace = EntityGazetteer.List.organization.rawValue | EntityGazetteer.List.place.rawValue
        var joinedPeople = [Bool](filledWith: false, count: found.count)
        for i in people
        where names[i].count == 1 && evidence[i] == nil
            && !doc.tokens[names[i].tokens].contains(where: { $0.has(.allCaps) })
            && !people.contains(where: { names[$0].count > 1 && names[i].isPart(of: names[$0]) })
        {
            let ends = others.filter {
                (2...3).contains(names[$0].count) && evidence[$0] == nil
                    && EntityNameWords.same(names[i], 0, names[$0], names[$0].count - 1)
                    && !doc.tokens[names[$0].tokens].contains(where: { $0.has(.allCaps) })
                    && !isAbbreviated(names[$0].tokens.lowerBound, doc)
                    && EntityGazetteer.standard.lists(of: found[$0].tokens, doc) & organizationOrPlace == 0
            }
            guard let full = ends.first, ends.allSatisfy({ compared[$0].key == compared[full].key }) else { continue }
            union(i, full)
            joinedPeople[full] = true
        }

        // Each group's mentions in text order, one group after another: `members[groupStart[r]..<
        // groupStart[r + 1]]` for the root `r` (a counting sort, where a dictionary of arrays
        // allocated one array per group).
        var groupStart = [Int](filledWith: 0, count: found.count + 1)
        for i in found.indices { groupStart[root(i) + 1] += 1 }
        for r in found.indices { groupStart[r + 1] += groupStart[r] }
        var members = [Int](filledWith: 0, count: found.count)
        var filled = groupStart
        for i in found.indices {
            let r = root(i)
            members[filled[r]] = i
            filled[r] += 1
        }
        var out: [EntityMention] = []
        out.reserveCapacity(found.count)
        for (tokens, type) in found {
            let a = Int(doc.tokens[tokens.lowerBound].start)
            let b = Int(doc.tokens[tokens.upperBound - 1].end)
            out.append(EntityMention(type: type, start: a, end: b, text: doc.string(a, b)))
        }
        var dropped = [Bool](filledWith: false, count: found.count)
        // Scratch lists reused from group to group.
        var body: [Int] = []
        var types: [EntityType] = []
        for r in found.indices where groupStart[r] < groupStart[r + 1] {
            let group = members[groupStart[r]..<groupStart[r + 1]]
            // A headline name the body does not repeat is a capitalised word, not a name.
            body.removeAll(keepingCapacity: true)
            for i in group where !inHeadline[i] { body.append(i) }
            if body.isEmpty && headlineEnd > 0
                || !works.isEmpty && group.contains(where: { works.contains(compared[$0].key) })
            {
                for i in group { dropped[i] = true }
                continue
            }
            types.removeAll(keepingCapacity: true)
            for i in body { if let proven = evidence[i] { types.append(proven) } }
            let type: EntityType
            if !types.isEmpty {
                type = majorityType(types)
            } else {
                // A person's full name decides the type of the shorter mentions joined to it, and
                // so does an organisation's full name that a first word was joined to.
                let longest = body.max { names[$0].count < names[$1].count }!
                if found[longest].type == .person {
                    // "Maroochydore assistant coach Ben Radmall": a team, whatever the tagger read.
                    if body.contains(where: { EntityEvidence.isTeam(found[$0].tokens, doc) }) {
                        for i in body where found[i].type != .person { types.append(found[i].type) }
                        type = types.isEmpty ? .organization : majorityType(types)
                    } else {
                        type = .person
                    }
                } else if group.contains(where: { joinedPeople[$0] }) {
                    type = .person
                } else if group.contains(where: { joinedOrganizations[$0] }) {
                    type = .organization
                } else {
                    // An acronym takes the type of the name it abbreviates ("DPRK" beside
                    // "Democratic People's Republic of Korea"): written out, a name's words tell
                    // the tagger more than its initials do.
                    for i in body where !EntityMentionCleanup.isAcronym(found[i].tokens, doc) && !dateline[i] {
                        types.append(found[i].type)
                    }
                    if types.isEmpty { for i in body { types.append(found[i].type) } }
                    type = majorityType(types)
                }
            }
            // A first word joined to an organisation's full name ("Goldman") is not its name.
            let joined = body.contains { joinedOrganizations[$0] }
            if joined { body.removeAll { names[$0].count <= 1 } }
            let name = EntityNames.text(doc, names[canonicalMember(body, type: type, names, doc)].tokens)
            for i in group {
                out[i].type = dateline[i] ? .place : type
                if !name.isEmpty { out[i].canonical = name }
            }
        }
        return dropped.contains(true) ? out.indices.filter { !dropped[$0] }.map { out[$0] } : out
    }

    /// Whether token `k` is a word with a full stop glued to it ("St.", "Mt.").
    static func isAbbreviated(_ k: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[k]
        if doc.scalars[Int(t.end) - 1] == "." { return true }
        return k + 1 < doc.tokens.count && doc.isPunct(k + 1, ".") && !doc.tokens[k + 1].has(.spaceBefore)
    }

    /// Whether mention `k` is one all-caps word in brackets right after mention `i`, an
    /// organisation or place, and starts with its initial: "(BMC)" after "Brindle Motors".
    static func isBracketedShortForm(
        _ k: Int, of i: Int, _ found: [(tokens: Range<Int>, type: EntityType)], _ doc: Document
    ) -> Bool {
        let name = found[i].tokens
        let short = found[k].tokens
        guard found[i].type != .person, found[k].type != .person, short.count == 1,
            name.upperBound + 1 == short.lowerBound, short.upperBound < doc.tokens.count
        else { return false }
        guard doc.isPunct(name.upperBound, "("), doc.isPunct(short.upperBound, ")") else { return false }
        guard let (letters, _) = EntityNameWords.acronym(doc, doc.tokens[short.lowerBound]) else { return false }
        return letters[0] == EntityNameWords.upper(doc.scalars[Int(doc.tokens[name.lowerBound].start)])
    }

    /// An organisation's name without a legal form that ends it ("Acme Inc" -> "Acme").
    static func withoutLegalForm(_ name: EntityNameWords, _ doc: Document) -> EntityNameWords {
        guard name.count > 1, name.tokens.count > 1,
            EntityEvidence.legalForms.contains(doc.tokens[name.tokens.upperBound - 1].lowerHash)
        else { return name }
        return name.droppingLast()
    }

    /// For names of one type gathered across a collection (canonical names from many articles),
    /// the fuller name each shorter one stands for when exactly one fits: "Blinken" -> "Antony
    /// Blinken" unless another "... Blinken" exists; "UNSC"-style acronyms and well-known short
    /// forms -> the one name they abbreviate. Names that do not resolve are absent.
    public static func resolveShortNames(_ names: [String], type: EntityType) -> [String: String] {
        let unique = Array(Set(names)).sorted()
        let titles = EntityTitles.all
        let written = unique.map { name -> EntityNameWords in
            let doc = Document(name)
            return EntityNameWords(doc, 0..<doc.tokens.count, type: type, titles: titles)
        }
        let words = type == .person ? written : written.map { EntityAcronyms.standard.expanded($0) }
        var out: [String: String] = [:]
        let all = Array(unique.indices)
        // Names equal once short forms are expanded ("KCNA", "Korean Central News Agency"): the longest written form.
        var byKey: [UInt64: [Int]] = [:]
        for i in all where !words[i].isEmpty { byKey[words[i].key, default: []].append(i) }
        for group in byKey.values where group.count > 1 {
            let full = group.max { written[$0].count < written[$1].count }!
            for i in group where i != full { out[unique[i]] = unique[full] }
        }
        for i in all where out[unique[i]] == nil {
            let full =
                type == .person
                ? uniqueLonger(i, among: all, words, { $0.isPart(of: $1) })
                : uniqueLonger(i, among: all, words, { $0.abbreviates($1) })
            if let full { out[unique[i]] = out[unique[full]] ?? unique[full] }
        }
        return out
    }

    /// The one candidate with more words than name `i` that `relates` to it, ignoring candidates
    /// that are themselves part of a longer one. Nil when there is none, or several different ones.
    static func uniqueLonger(
        _ i: Int, among candidates: [Int], _ names: [EntityNameWords],
        _ relates: (EntityNameWords, EntityNameWords) -> Bool
    ) -> Int? {
        let short = names[i]
        guard !short.isEmpty else { return nil }
        let longer = candidates.filter { names[$0].count > short.count && relates(short, names[$0]) }
        guard !longer.isEmpty else { return nil }
        let maximal = longer.filter { a in
            !longer.contains { b in names[b].count > names[a].count && relates(names[a], names[b]) }
        }
        guard let first = maximal.first, maximal.allSatisfy({ names[$0].key == names[first].key }) else {
            return nil
        }
        return first
    }

    /// The most common type, the earliest mention's on a tie.
    static func majorityType(_ types: [EntityType]) -> EntityType {
        // Counted in place: a dictionary would hash each type's raw `String`.
        func slot(_ t: EntityType) -> Int {
            switch t {
            case .person: 0
            case .organization: 1
            case .place: 2
            case .date: 3
            }
        }
        var counts = SIMD4<Int>()
        for t in types { counts[slot(t)] += 1 }
        var best = types[0]
        for t in types where counts[slot(t)] > counts[slot(best)] { best = t }
        return best
    }

    /// The member whose name becomes canonical: for people the longest name, for others the most
    /// frequent form; a form with lowercase letters over one in capitals ("Washington" over
    /// "WASHINGTON"); the earliest on a tie.
    static func canonicalMember(_ group: [Int], type: EntityType, _ names: [EntityNameWords], _ doc: Document) -> Int {
        guard group.count > 1 else { return group[0] }
        func mixedCase(_ i: Int) -> Int { doc.tokens[names[i].tokens].contains { $0.has(.hasLower) } ? 1 : 0 }
        if type == .person {
            var best = group[0]
            var bestRank = (names[best].count, mixedCase(best))
            for i in group.dropFirst() {
                let rank = (names[i].count, mixedCase(i))
                if rank > bestRank { (best, bestRank) = (i, rank) }
            }
            return best
        }
        // How often each form is written, counted over the group's few distinct forms: a
        // dictionary keyed by the words' arrays hashed every member's words again.
        var forms: [Int] = []
        var counts: [Int] = []
        var form: [Int] = []
        form.reserveCapacity(group.count)
        for i in group {
            if let k = forms.firstIndex(where: { names[$0].sameBare(names[i]) }) {
                counts[k] += 1
                form.append(k)
            } else {
                form.append(forms.count)
                forms.append(i)
                counts.append(1)
            }
        }
        var best = group[0]
        var bestRank = (mixedCase(best), counts[form[0]])
        for (n, i) in group.enumerated().dropFirst() {
            let rank = (mixedCase(i), counts[form[n]])
            if rank > bestRank { (best, bestRank) = (i, rank) }
        }
        return best
    }
}
