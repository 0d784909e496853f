import BylineNLP
import Foundation

/// `.jsonl` files: one article object per line. A bad line is reported with its line number
/// (counting from 1, as editors do) and every good line still loads; an article's `item` is its
/// line number minus one, so it stays the same when a line above it is fixed.
public struct JSONLinesLoader: ArticleLoader {
    public static let extensions = ["jsonl", "ndjson"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        try loadAnnotated(data, path: path, issues: &issues).map(\.article)
    }

    /// Every line's article, with its annotation when the line is `byline annotate` output.
    public func loadAnnotated(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [(
        article: Article, annotation: Annotation?
    )] {
        let (text, _) = try TextDecoding.decode(data)
        var articles: [(Article, Annotation?)] = []
        var lineIndex = 0
        var sawLine = false
        text.forEachLine { line, _ in
            defer { lineIndex += 1 }
            guard line.unicodeScalars.contains(where: { !Paragraphs.isSpace($0) }) else { return true }
            sawLine = true
            do throws(LoadProblem) {
                articles.append(try annotatedArticle(line: String(line), path: path, item: lineIndex))
            } catch {
                issues.append(LoadIssue(path: path, reason: .line(lineIndex + 1, error)))
            }
            return true
        }
        if !sawLine { throw .onlyWhiteSpace }
        return articles
    }

    /// The article one line holds (`item` is the line's index, from 0), or why it holds none:
    /// for files and for a stream of lines on standard input alike.
    public func article(line: String, path: String, item: Int) throws(LoadProblem) -> Article {
        let value = try ArticleFields.parseJSON(Data(line.utf8))
        return try ArticleFields.article(from: value, path: path, item: item, format: .jsonl)
    }

    /// The article one line holds, with its annotation when the line is `annotate` output.
    func annotatedArticle(line: String, path: String, item: Int) throws(LoadProblem) -> (Article, Annotation?) {
        let value = try ArticleFields.parseJSON(Data(line.utf8))
        if let object = value as? [String: Any],
            let done = try AnnotatedJSON.article(from: object, path: path, item: item)
        {
            return (done.article, done.annotation)
        }
        return (try ArticleFields.article(from: value, path: path, item: item, format: .jsonl), nil)
    }
}
