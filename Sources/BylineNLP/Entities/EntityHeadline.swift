/// Names in a headline written in title case, read from the body rather than from the tagger.
///
/// In "Defence Chief Morgan Quits After Row" every word is capitalised, so capitals say nothing
/// about where a name starts: the tagger reads "Chief Morgan" as a name, or runs the headline
/// into the body's first line. A headline word is a name only when the body names it: a run of
/// headline words is a mention when it is a name of the body, for people a part of one
/// ("Morgan" for "Alan Morgan"), for organisations the first word of one ("Pellworth" for
/// "Pellworth Energy"), and it takes that name's type.
enum EntityHeadline {
    typealias Found = EntityMentionCleanup.Found

    /// The longest headline name read, in words.
    static let longestName = 6

    /// `found` with the tagger's mentions inside a title-case headline replaced by the runs of
    /// headline words the body names, and any mention running from the headline into the body
    /// cut at the headline's end; unchanged when the text opens with no such headline.
    static func mentions(_ found: [Found], _ doc: Document) -> [Found] {
        guard let end = EntityEvidence.titleCaseHeadline(doc) else { return found }
        var body: [Found] = []
        for m in found where m.tokens.upperBound > end {
            // What is left of a mention run on from the headline, when it is only the body's first
            // word, is that word's capital and no name ("… After Row" + "Defence chief …").
            if m.tokens.lowerBound < end && m.tokens.upperBound == end + 1 { continue }
            body.append((max(end, m.tokens.lowerBound)..<m.tokens.upperBound, m.type))
        }
        guard !body.isEmpty else { return [] }
        let titles = EntityTitles.all
        let known = body.map { EntityNameWords(doc, $0.tokens, type: $0.type, titles: titles) }
        var exact: [UInt64: EntityType] = [:]
        for (k, m) in body.enumerated() where !known[k].isEmpty && exact[known[k].key] == nil {
            exact[known[k].key] = m.type
        }
        let people = known.indices.filter { body[$0].type == .person && known[$0].count > 1 }
        let organizations = known.indices.filter { body[$0].type == .organization && known[$0].count > 1 }

        var out: [Found] = []
        var i = 0
        while i < end {
            var matched: Found? = nil
            if isNameWord(i, doc) {
                var length = min(longestName, end - i)
                while length > 0 && matched == nil {
                    let range = i..<(i + length)
                    if isNameWord(range.upperBound - 1, doc) {
                        let words = EntityNameWords(doc, range, type: .organization, titles: TokenSet([:]))
                        if words.count == length, let type = exact[words.key] {
                            matched = (range, type)
                        } else if words.count == length,
                            people.contains(where: { words.isPart(of: known[$0]) })
                        {
                            matched = (range, .person)
                        } else if length == 1,
                            organizations.contains(where: { EntityNameWords.same(words, 0, known[$0], 0) })
                        {
                            // "Pellworth" for "Pellworth Energy", as `EntityAliases` joins it.
                            matched = (range, .organization)
                        }
                    }
                    length -= 1
                }
            }
            if let m = matched {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out + body
    }

    /// Whether token `i` can open or close a headline name: a capitalised word or a number that
    /// is no title ("Chief", "Mr").
    static func isNameWord(_ i: Int, _ doc: Document) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.has(.capitalized) && !EntityTitles.all.contains(t.lowerHash)
            && !EntityTitles.jobs.contains(t.lowerHash)
    }
}
