import Foundation

/// Plain-text articles: the first non-empty line is the headline, paragraphs are separated by
/// blank lines. The text is kept exactly as decoded; captions and the dateline become metadata.
public struct TextLoader: ArticleLoader {
    public static let extensions = ["txt"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        let (text, _) = try TextDecoding.decode(data)
        return [try load(text: text, path: path)]
    }

    /// The article of already-decoded text, refused when it is only white space.
    func load(text: String, path: String) throws(LoadProblem) -> Article {
        guard text.unicodeScalars.contains(where: { !Paragraphs.isSpace($0) }) else {
            throw .onlyWhiteSpace
        }
        return article(text: text, path: path)
    }

    /// Builds the article for already-decoded text (also used for standard input).
    public func article(text: String, path: String) -> Article {
        let found = ArticleLayout.examine(text)
        return Article(
            path: path, format: .txt, title: found.title, text: text, dateline: found.dateline, captions: found.captions
        )
    }
}
