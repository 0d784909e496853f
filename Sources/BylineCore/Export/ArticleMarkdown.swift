import BylineNLP

/// An article as Markdown, as `w` saves it: the headline, its meta line, the paragraphs, then
/// what the analysis found — quotes with their speakers, the people, organisations and places
/// named (with how often), and the dates mentioned with their values in words.
public enum ArticleMarkdown {
    public static func document(_ article: Article, annotation: Annotation?) -> String {
        var out = "# \(ArticleBody.line(article.title))\n"
        let meta = ArticleBody.metaLine(article)
        if !meta.isEmpty { out += "\n" + meta + "\n" }
        for p in ArticleBody.paragraphs(article) { out += "\n" + p + "\n" }
        guard let annotation else {
            return out + "\n---\n\nNot annotated yet: no quotes, names or dates listed.\n"
        }
        out += "\n---\n"
        out += section("Quotes", annotation.quotes.map(quoteItem))
        for (type, heading) in [(EntityType.person, "People"), (.organization, "Organisations"), (.place, "Places")] {
            out += section(heading, names(annotation.entities.filter { $0.type == type }))
        }
        out += section("Dates", dates(annotation.entities.filter { $0.type == .date }))
        return out
    }

    static func section(_ heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "\n## \(heading)\n\n" + items.map { "- \($0)\n" }.joined()
    }

    static func quoteItem(_ q: Quote) -> String {
        let said = ArticleBody.line(q.span.text)
        let who = q.speaker.map { "**\(ArticleBody.line($0.name))**" } ?? "speaker unknown"
        switch q.kind {
        case .direct: return "\(said) — \(who)"
        case .partial: return "\(said) — \(who) (partial quote)"
        case .indirect: return "\(said) — \(who) (reported speech)"
        }
    }

    /// Canonical names in order of first mention, with their mention counts.
    static func names(_ mentions: [EntityMention]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for m in mentions {
            let name = ArticleBody.line(m.canonical)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { name in
            let n = counts[name] ?? 1
            return n == 1 ? name : "\(name) (\(n) mentions)"
        }
    }

    /// Each distinct date expression once, with its value in words.
    static func dates(_ mentions: [EntityMention]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for m in mentions {
            let text = ArticleBody.line(m.text)
            let words = DateWords.words(for: m.value)
            guard seen.insert(text + "\u{0}" + words).inserted else { continue }
            out.append(text == words ? text : "\(text): \(words)")
        }
        return out
    }
}
