/// Who speaks through a document or an unnamed body: "the WHO's website" is the WHO, "the
/// reports by Johns Hopkins University" are the university's, "another report from the
/// Mexican government" is the government's, and "the website" is the site the article
/// introduced as "news website Znak.com". A report nobody is named behind names no speaker.
extension SpeakerResolver {
    /// The author of the document or body the phrase `r` names, with its head noun `head`.
    func documentAuthor(_ r: Range<Int>, head: UInt64, content: Range<Int>?) -> (name: String, type: EntityType)? {
        let t = ctx.tokens
        // "the WHO's website": a person or organisation owning it.
        for k in r where ctx.nameAt[k] >= 0 && ctx.isPossessorName(at: k) {
            let e = ctx.names[Int(ctx.nameAt[k])]
            if e.type == .person { return (fullName(SpeakerResolver.trimmedName(e.canonical)), .person) }
            if e.type == .organization { return (e.canonical, .organization) }
        }
        // "the reports by Johns Hopkins University", "a report from the Mexican government", "an
        // editorial in the newspaper".
        let after = r.upperBound
        // "in" names an author only after a document ("an editorial in the newspaper"); after a
        // body it names a place ("the embassy in Washington").
        if after < t.count, SpeakerResolver.authorPrepositions.contains(t[after].lowerHash),
            t[after].lowerHash != SpeakerResolver.inWord || QuoteWords.documentNouns.contains(head),
            let a = ctx.speakerAfter(cue: after, upperLimit: ctx.sentence(of: after).upperBound),
            !QuoteWords.documentNouns.contains(t[a.upperBound - 1].lowerHash)
        {
            let author = name(a, content: content)
            if author.type != nil || SpeakerResolver.speakingBodies.contains(t[a.upperBound - 1].lowerHash) {
                return (author.name, author.type ?? .organization)
            }
        }
        if let introduced = introducedBody(head, before: r.lowerBound) {
            return (introduced, .organization)
        }
        return nil
    }

    static let authorPrepositions = QuoteWords.set(["by", "from", "in"])
    static let inWord = TokenHash.lower("in")

    /// The organisation the article named right after the noun `head` before `at` ("news
    /// website Znak.com", "the daily Kathimerini"), nearest first.
    func introducedBody(_ head: UInt64, before at: Int) -> String? {
        nearest(head, before: at) { k in
            guard !ctx.quoted[k] && k + 1 < ctx.tokens.count && ctx.nameAt[k + 1] >= 0 else { return nil }
            let e = ctx.names[Int(ctx.nameAt[k + 1])]
            return e.type == .organization ? e.canonical : nil
        }
    }
}
