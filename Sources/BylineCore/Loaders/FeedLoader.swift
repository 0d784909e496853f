import Foundation

/// RSS and Atom files (`.rss`, `.atom`, `.xml`): each item or entry becomes an article with its
/// title, link, date, author and categories; the feed's title is the source, and the item's
/// HTML content becomes plain paragraphs. A feed with an XML error (cut off, a stray control
/// character) keeps the items outside the error, and the error is reported.
public struct FeedLoader: ArticleLoader {
    public static let extensions = ["rss", "atom", "xml"]

    static let feedRoots: Set<String> = ["rss", "feed", "RDF", "channel"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws -> [Article] {
        if TextDecoding.looksBinary(data.prefix(TextDecoding.sniffLength)) { throw TextDecoding.Failure.binary }
        let feed = try FeedDocument(data)
        guard let root = feed.root else {
            throw LoadError("invalid XML at line \(feed.error?.line ?? 1): \(feed.error?.message ?? "no document")")
        }
        guard Self.feedRoots.contains(root) else {
            throw LoadError("not an RSS or Atom feed (the document is <\(root)>)")
        }
        if let error = feed.error {
            let dropped = feed.droppedItem ? "the item there was skipped; " : ""
            issues.append(
                LoadIssue(
                    path: path,
                    reason:
                        "invalid XML at line \(error.line): \(error.message); \(dropped)the other items (\(feed.items.count)) were loaded"
                ))
        }
        var articles: [Article] = []
        for (k, item) in feed.items.enumerated() {
            guard !item.title.isEmpty || !item.paragraphs.isEmpty else {
                issues.append(LoadIssue(path: path, reason: "item \(k): no title or text"))
                continue
            }
            var article = ArticleLayout.article(
                path: path, item: k, format: .rss, title: item.title, paragraphs: item.paragraphs)
            ArticleFields.apply(
                date: item.date, source: feed.title, url: item.link, author: item.author, tags: item.categories,
                to: &article)
            articles.append(article)
        }
        if articles.isEmpty && issues.isEmpty { throw LoadError("a feed with no items") }
        return articles
    }
}
