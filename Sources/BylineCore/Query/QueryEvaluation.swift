import BylineNLP
import Foundation

extension ArticleCollection {
    /// The ids of the articles matching every term, in increasing order, answered from the
    /// index and the publication dates alone.
    ///
    /// `person:`, `org:`, `place:` match an entity's canonical name or any alias, ignoring case
    /// (whole words inside a name when nothing matches exactly); `speaker:` the same over speakers;
    /// `text:` every word of the value, anywhere in the article; `date:` a publication date with
    /// that prefix, or a resolved date mention with that prefix (articles from or about the period);
    /// `source:` a source containing the value, ignoring case; `tag:` a tag equal to it, ignoring
    /// case; `flag:yes` an article whose key is in `flagged`, `flag:no` one whose key is not.
    public func matches(_ query: Query, flagged: Set<String> = []) -> [Int32] {
        var lists = query.terms.map { articles(matching: $0, flagged: flagged) }
        guard !lists.isEmpty else { return (0..<Int32(articles.count)).map { $0 } }
        lists.sort { $0.count < $1.count }
        return lists.dropFirst().reduce(lists[0]) { Index.intersect($0, $1) }
    }

    func articles(matching term: Query.Term, flagged: Set<String>) -> [Int32] {
        switch term.field {
        case .source:
            return articles(where: { $0.source?.localizedCaseInsensitiveContains(term.value) ?? false })
        case .tag:
            return articles(where: { $0.tags.contains { $0.caseInsensitiveCompare(term.value) == .orderedSame } })
        case .flag:
            let wanted = term.value == "yes"
            return articles(where: { flagged.contains($0.key) == wanted })
        case .person: return entityArticles(index.entities(named: term.value, type: .person))
        case .org: return entityArticles(index.entities(named: term.value, type: .organization))
        case .place: return entityArticles(index.entities(named: term.value, type: .place))
        case .speaker:
            let refs = index.speakers(named: term.value).flatMap { index.speakers[$0].quotes }
            return ArticleCollection.sortedUnique(refs.map(\.article))
        case .text: return index.articles(containingWords: term.value)
        case .date:
            var ids = publishedArticles(prefix: term.value)
            ids += entityArticles(index.dateEntities(withValuePrefix: term.value))
            return ArticleCollection.sortedUnique(ids)
        }
    }

    /// The articles whose own fields satisfy `test`, by a scan (no index holds them).
    func articles(where test: (Article) -> Bool) -> [Int32] {
        var out: [Int32] = []
        for (id, a) in articles.enumerated() where test(a) { out.append(Int32(id)) }
        return out
    }

    func entityArticles(_ ids: [EntityID]) -> [Int32] {
        if ids.count == 1 { return index.postings(ids[0]).map(\.article) }
        return ArticleCollection.sortedUnique(ids.flatMap { index.postings($0).map(\.article) })
    }

    /// Articles published within a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` prefix.
    func publishedArticles(prefix: String) -> [Int32] {
        let digits = prefix.filter(\.isNumber)
        guard let n = Int32(digits) else { return [] }
        let (lo, hi): (Int32, Int32) =
            switch digits.count {
            case 4: (n * 10000, n * 10000 + 9999)
            case 6: (n * 100, n * 100 + 99)
            default: (n, n)
            }
        var out: [Int32] = []
        for (id, day) in publishedDays.enumerated() where day >= lo && day <= hi { out.append(Int32(id)) }
        return out
    }

    static func sortedUnique(_ ids: [Int32]) -> [Int32] {
        var out: [Int32] = []
        for id in ids.sorted() where out.last != id { out.append(id) }
        return out
    }
}
