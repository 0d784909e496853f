import Foundation

/// RSS and Atom files (`.rss`, `.atom`, `.xml`): each item or entry becomes an article with its
/// title, link, date, author and categories; the feed's title is the source, and the item's
/// HTML content becomes plain paragraphs. A feed with an XML error (cut off, a stray control
/// character) keeps the items outside the error, and the error is reported.
public struct FeedLoader: ArticleLoader {
    public static let extensions = ["rss", "atom", "xml"]

    static let feedRoots: Set<String> = ["rss", "feed", "RDF", "channel"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        if TextDecoding.looksBinary(data.prefix(TextDecoding.sniffLength)) { throw .binary }
        let feed = try FeedDocument(data)
        guard let root = feed.root else {
            throw .invalidXML(line: feed.error?.line ?? 1, message: feed.error?.message ?? "no document")
        }
        guard Self.feedRoots.contains(root) else {
            throw .notAFeed(root: root)
        }
        if let error = feed.error {
            issues.append(
                LoadIssue(
                    path: path,
                    reason: .brokenFeed(
                        line: error.line, message: error.message, itemSkipped: feed.droppedItem,
                        itemsLoaded: feed.items.count)))
        }
        var articles: [Article] = []
        for (k, item) in feed.items.enumerated() {
            guard !item.title.isEmpty || !item.paragraphs.isEmpty else {
                issues.append(LoadIssue(path: path, reason: .item(k, .noTitleOrText)))
                continue
            }
            var article = ArticleLayout.article(
                path: path, item: k, format: .rss, title: item.title, paragraphs: item.paragraphs)
            ArticleFields.apply(
                date: item.date, source: feed.title, url: item.link, author: item.author, tags: item.categories,
                to: &article)
            articles.append(article)
        }
        if articles.isEmpty && issues.isEmpty { throw .emptyFeed }
        return articles
    }
}
