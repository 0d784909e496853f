import Foundation
import BylineCore
import BylineNLP

/// A `ReaderCollection` over plain arrays: articles sorted newest first, annotations filled in as
/// they arrive. Filters scan the annotations; fine for a folder of articles, while Core's index
/// serves large collections.
public struct ArticleShelf: ReaderCollection {
    public private(set) var items: [Article]
    public private(set) var annotations: [Annotation?]

    /// Sorts newest first (undated last), then by path, as `byline list` does.
    public init(_ annotated: [AnnotatedArticle]) {
        let sorted = annotated.sorted(by: { ArticleShelf.newerFirst($0.article, $1.article) })
        items = sorted.map(\.article)
        annotations = sorted.map(\.annotation)
    }

    /// Articles whose annotation is not known yet.
    public init(unannotated articles: [Article]) {
        items = articles.sorted(by: ArticleShelf.newerFirst)
        annotations = Array(repeating: nil, count: items.count)
    }

    static func newerFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.key < b.key
        }
    }

    public var count: Int { items.count }
    public func article(_ i: Int) -> Article { items[i] }
    public func annotation(_ i: Int) -> Annotation? { i < annotations.count ? annotations[i] : nil }

    public func articles(matching filter: Filter) -> [Int] {
        items.indices.filter { i in
            switch filter {
            case .text(let t):
                return items[i].title.localizedCaseInsensitiveContains(t) || items[i].text.localizedCaseInsensitiveContains(t)
            case .entity(let type, let name):
                return annotations[i]?.entities.contains { $0.type == type && ArticleShelf.name($0).caseInsensitiveCompare(name) == .orderedSame } ?? false
            case .speaker(let name):
                return annotations[i]?.quotes.contains { $0.speaker?.name.caseInsensitiveCompare(name) == .orderedSame } ?? false
            }
        }
    }

    /// The name an entity is filtered by: its canonical name, or for a date its resolved value.
    static func name(_ e: EntityMention) -> String { e.type == .date ? (e.value ?? e.text) : e.canonical }

    public func entities(matching text: String, limit: Int) -> [EntitySummary] {
        struct Key: Hashable { var type: EntityType; var name: String }
        var articlesOf: [Key: Int] = [:]
        for a in annotations {
            guard let a else { continue }
            var seen = Set<Key>()
            for e in a.entities { seen.insert(Key(type: e.type, name: ArticleShelf.name(e))) }
            for k in seen { articlesOf[k, default: 0] += 1 }
        }
        let rows = articlesOf.compactMap { k, n -> (Int, EntitySummary)? in
            FuzzyMatch.score(text, in: k.name).map { ($0, EntitySummary(type: k.type, name: k.name, articleCount: n)) }
        }
        return rows.sorted { a, b in
            a.0 != b.0 ? a.0 > b.0 : a.1.articleCount != b.1.articleCount ? a.1.articleCount > b.1.articleCount : a.1.name < b.1.name
        }.prefix(limit).map(\.1)
    }

    public func speakers(matching text: String, limit: Int) -> [SpeakerSummary] {
        var quotes: [String: Int] = [:], articles: [String: Int] = [:]
        for a in annotations {
            guard let a else { continue }
            var seen = Set<String>()
            for q in a.quotes { if let s = q.speaker?.name { quotes[s, default: 0] += 1; seen.insert(s) } }
            for s in seen { articles[s, default: 0] += 1 }
        }
        let rows = quotes.compactMap { name, n -> (Int, SpeakerSummary)? in
            FuzzyMatch.score(text, in: name).map { ($0, SpeakerSummary(name: name, quoteCount: n, articleCount: articles[name] ?? 0)) }
        }
        return rows.sorted { a, b in
            a.0 != b.0 ? a.0 > b.0 : a.1.quoteCount != b.1.quoteCount ? a.1.quoteCount > b.1.quoteCount : a.1.name < b.1.name
        }.prefix(limit).map(\.1)
    }
}
