import Foundation

/// RSS and Atom files (`.rss`, `.atom`, `.xml`): each item or entry becomes an article with its
/// title, link, date, author and categories; the feed's title is the source, and the item's
/// HTML content becomes plain paragraphs. A feed cut off part-way keeps the items read before
/// the break, and the break is reported.
public struct FeedLoader: ArticleLoader {
    public static let extensions = ["rss", "atom", "xml"]

    static let feedRoots: Set<String> = ["rss", "feed", "RDF", "channel"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws -> [Article] {
        if TextDecoding.looksBinary(data.prefix(TextDecoding.sniffLength)) { throw TextDecoding.Failure.binary }
        let feed = FeedParser.parse(data)
        if let failure = feed.failure {
            let broken = "invalid XML at line \(failure.line): \(failure.message)"
            guard !feed.items.isEmpty else { throw LoadError(broken) }
            issues.append(LoadIssue(path: path, reason: "\(broken); the items before it (\(feed.items.count)) were loaded"))
        }
        guard let root = feed.root, Self.feedRoots.contains(root) else {
            throw LoadError("not an RSS or Atom feed (the document is <\(feed.root ?? "nothing")>)")
        }
        var articles: [Article] = []
        for (k, item) in feed.items.enumerated() {
            let paragraphs = Self.paragraphs(item)
            guard !item.title.isEmpty || !paragraphs.isEmpty else {
                issues.append(LoadIssue(path: path, reason: "item \(k): no title or text"))
                continue
            }
            var article = ArticleLayout.article(path: path, item: k, format: .rss, title: HTMLText.collapse(item.title), paragraphs: paragraphs)
            ArticleFields.apply(date: item.date, source: feed.feedTitle, url: item.link, author: item.author, tags: item.categories, to: &article)
            articles.append(article)
        }
        if articles.isEmpty && issues.isEmpty { throw LoadError("a feed with no items") }
        return articles
    }

    static func paragraphs(_ item: FeedParser.Item) -> [String] {
        for (body, isHTML) in [(item.content, item.contentIsHTML), (item.summary, item.summaryIsHTML)] {
            guard let body, !body.isEmpty else { continue }
            let p = isHTML ? HTMLText.paragraphs(fromFragment: body) : Paragraphs.split(body)
            if !p.isEmpty { return p }
        }
        return []
    }
}
