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
        return ctx.scalar(r.upperBound - 1) != 0x73 || QuoteWords.maleNouns.contains(head)
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
        let t = ctx.tokens
        let wanted = Gender.of(word: head)
        var k = at - 1
        while k >= 0 && k > at - SpeakerResolver.reach * 2 {
            ctx.step()
            if t[k].lowerHash == head && !ctx.quoted[k], let p = personIntroduced(at: k) {
                let name = SpeakerResolver.trimmedName(ctx.names[p].canonical)
                let gender = genderOf(name)
                if wanted == .unknown || gender == .unknown || gender == wanted { return fullName(name) }
            }
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
            guard (ctx.isWord(j) && !t[j].has(.capitalized)) || t[j].kind == .number || ctx.isPunct(j, 0x2D) else {
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
            if ctx.isPunct(j, 0x2C) {
                // "Jon Bell, the midfielder": the comma right after a person's name.
                guard j > 0, ctx.nameAt[j - 1] >= 0, ctx.names[Int(ctx.nameAt[j - 1])].type == .person else {
                    return nil
                }
                return Int(ctx.nameAt[j - 1])
            }
            if SpeakerResolver.copulas.contains(h) {
                copula = true
            } else if !(ctx.isWord(j) || t[j].kind == .number || ctx.isPunct(j, 0x2D) || ctx.isPossessive(j)
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

    static let copulas = QuoteWords.set(["is", "was", "as", "became", "becomes", "who's", "named"])

    /// A name as a speaker is shown: without a possessive, a quotation or a headline's verb run
    /// into it ("Obama Says" -> "Obama", "Donald Trump’s “self-centered" -> "Donald Trump").
    static func trimmedName(_ name: String) -> String {
        var kept: [Substring] = []
        for (i, word) in name.split(separator: " ").enumerated() {
            if word.unicodeScalars.contains(where: {
                ScalarClass.isQuoteMark($0.value) && !ScalarClass.isApostrophe($0.value)
            }) {
                break
            }
            if i > 0 && headlineVerbs.contains(TokenHash.lower(word)) { break }
            if let cut = possessiveStem(word) {
                if !cut.isEmpty { kept.append(cut) }
                break
            }
            kept.append(word)
        }
        return kept.isEmpty ? name : kept.joined(separator: " ")
    }

    /// "Trump’s" -> "Trump"; nil for a word without a possessive ending.
    static func possessiveStem(_ word: Substring) -> Substring? {
        let s = Array(word.unicodeScalars)
        guard s.count >= 2, s[s.count - 1] == "s" || s[s.count - 1] == "S",
            ScalarClass.isApostrophe(s[s.count - 2].value)
        else { return nil }
        return Substring(String(String.UnicodeScalarView(s[0..<(s.count - 2)])))
    }

    /// Verbs a title-case headline runs into a name ("Chris Christie Calls Hillary Clinton …").
    static let headlineVerbs = QuoteWords.speechVerbs.union(
        QuoteWords.set([
            "calls", "goes", "speaks", "slams", "wins", "takes", "makes", "gets", "hits", "rips", "backs",
            "endorses", "attacks", "defends", "visits", "meets", "leads", "vows", "urges", "blasts", "accuses",
        ]))
}
