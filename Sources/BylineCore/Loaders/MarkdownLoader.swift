import Foundation

/// Markdown articles with a YAML front-matter block (`title`, `date`, `source`, `url`, `author`,
/// `tags`). Without front matter, the first heading or paragraph is the title.
public struct MarkdownLoader: ArticleLoader {
    public static let extensions = ["md", "markdown"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        let (text, _) = try TextDecoding.decode(data)
        let front: FrontMatter?
        do {
            front = try FrontMatter.split(text)
        } catch {
            throw .frontMatter(line: error.line, error.fault)
        }
        let body = front.map { String(text[$0.bodyStart...]) } ?? text
        let fields = front?.fields ?? [:]
        let title = fields["title"]?.text ?? ""
        var paragraphs = MarkdownText.paragraphs(body)
        // A body that repeats the front matter's title as its first heading shows it once.
        if !title.isEmpty, paragraphs.first == title.trimmingSpaces() { paragraphs.removeFirst() }
        guard !title.isEmpty || !paragraphs.isEmpty else {
            throw .onlyFrontMatter
        }
        var article = ArticleLayout.article(path: path, item: nil, format: .md, title: title, paragraphs: paragraphs)
        ArticleFields.apply(
            date: fields["date"]?.text ?? fields["published"]?.text,
            source: fields["source"]?.text, url: fields["url"]?.text ?? fields["link"]?.text,
            author: (fields["author"] ?? fields["authors"])?.text, tags: fields["tags"]?.items ?? [],
            to: &article)
        return [article]
    }
}
