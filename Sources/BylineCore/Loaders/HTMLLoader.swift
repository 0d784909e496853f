import Foundation

/// Saved web pages (`.html`, `.htm`): the article's own text, without the page around it.
///
/// The story is the page's `itemprop="articleBody"`, else its largest `<article>`, else the
/// element holding the most paragraph text (the way readability tools find it); navigation,
/// scripts, forms, ads and other furniture are dropped (`HTMLText`). Title, date, source,
/// author and URL come from the page's metadata (`HTMLMetadata`).
public struct HTMLLoader: ArticleLoader {
    public static let extensions = ["html", "htm", "xhtml"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        if TextDecoding.looksBinary(data.prefix(TextDecoding.sniffLength)) { throw .binary }
        guard let tree = MarkupTree.html(data), let root = tree.root else {
            throw .notHTML
        }
        // The nodes below belong to the tree: it must outlive every use of them.
        defer { withExtendedLifetime(tree) {} }
        let elements = root.descendants()
        let meta = HTMLMetadata(elements)
        let body = Self.mainContent(elements) ?? root
        var paragraphs = HTMLText.paragraphs(in: body)
        let title = meta.headline(
            articleHeading: Self.heading(of: body, isWholePage: body.node == root.node, elements, meta))
        if let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        guard !paragraphs.isEmpty else { throw .noTextInPage }
        var article = ArticleLayout.article(
            path: path, item: nil, format: .html, title: title, paragraphs: paragraphs)
        ArticleFields.apply(
            date: meta.date, source: meta.source, url: meta.url, author: meta.author, tags: meta.tags, to: &article)
        return [article]
    }

    /// The article's `<h1>`: the first inside the story, else one that the page's `<title>` begins
    /// with (a headline set above the story's container); not the first on the page, which is
    /// often the site's logo.
    static func heading(
        of body: MarkupNode, isWholePage: Bool, _ elements: [MarkupNode], _ meta: HTMLMetadata
    ) -> String? {
        func text(_ e: MarkupNode) -> String? { e.name == "h1" && !e.text.isEmpty ? e.text : nil }
        if !isWholePage, let h = body.descendants().lazy.compactMap(text).first { return h }
        guard let page = meta.pageTitle else { return nil }
        return elements.lazy.compactMap(text).first { page.hasPrefix($0) }
    }

    /// Paragraphs shorter than this do not count towards a container's score (captions, bylines, buttons).
    static let minParagraph = 25

    static func mainContent(_ elements: [MarkupNode]) -> MarkupNode? {
        if let body = elements.first(where: { $0.attribute("itemprop") == "articleBody" }) { return body }
        let articles = elements.filter { $0.name == "article" }
        if let best = articles.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) > 0 {
            return best
        }
        // Otherwise the element with the most paragraph text directly inside it, outside any furniture.
        var best: (node: MarkupNode, score: Int)?
        for e in elements where !e.isWithin({ HTMLText.skipped.contains($0.name) || HTMLText.isBoilerplate($0) }) {
            var score = 0
            for c in e.children where c.isElement && c.name == "p" {
                let n = c.text.unicodeScalars.count
                if n >= minParagraph { score += n }
            }
            if score > (best?.score ?? 0) { best = (e, score) }
        }
        return best?.node
    }

    /// The text of the paragraphs below `node`, for choosing among `<article>` elements.
    static func paragraphText(_ node: MarkupNode) -> Int {
        node.descendants().filter { $0.name == "p" }.reduce(0) { $0 + $1.text.unicodeScalars.count }
    }
}
