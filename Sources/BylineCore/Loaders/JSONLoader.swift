import Foundation

/// `.json` files: one article object, or an array of them. A bad element of an array is
/// reported by its position (counting from 0, like the `item` field) and the others still load.
public struct JSONLoader: ArticleLoader {
    public static let extensions = ["json"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article] {
        let (text, _) = try TextDecoding.decode(data)
        let value = try ArticleFields.parseJSON(Data(text.utf8))
        guard let array = value as? [Any] else {
            return [try ArticleFields.article(from: value, path: path, item: nil, format: .json)]
        }
        var articles: [Article] = []
        for (k, element) in array.enumerated() {
            do throws(LoadProblem) {
                articles.append(try ArticleFields.article(from: element, path: path, item: k, format: .json))
            } catch {
                issues.append(LoadIssue(path: path, reason: .item(k, error)))
            }
        }
        if array.isEmpty { throw .emptyArray }
        return articles
    }
}
