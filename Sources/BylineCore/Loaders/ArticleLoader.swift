import Foundation

/// Reads the articles of one file format. One loader per format, chosen by file extension.
public protocol ArticleLoader: Sendable {
    /// Lowercased extensions this loader reads, without the dot.
    static var extensions: [String] { get }
    /// Parses `data` read from `path`. Throws when nothing can be read; `issues` collects
    /// problems with parts of the file (a bad JSONL line) while the rest loads.
    func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws(LoadProblem) -> [Article]
}

/// The loaders Byline knows, by extension.
public enum Loaders {
    public static let all: [any ArticleLoader] = [
        TextLoader(), MarkdownLoader(), JSONLoader(), JSONLinesLoader(), HTMLLoader(), FeedLoader(),
    ]

    static let byExtension: [String: any ArticleLoader] = {
        var map: [String: any ArticleLoader] = [:]
        for loader in all {
            for ext in type(of: loader).extensions { map[ext] = loader }
        }
        return map
    }()

    /// The loader for a path, or nil for files Byline does not read.
    public static func loader(for path: String) -> (any ArticleLoader)? {
        byExtension[fileExtension(of: path).lowercased()]
    }

    /// What follows the last dot of the last path component ("" when none, or when the dot
    /// starts the name), as Foundation's `pathExtension` gives it, without its cost: the walk of
    /// a collection asks this of every file name.
    static func fileExtension(of path: String) -> Substring {
        let u = path.utf8
        var i = u.endIndex
        while i > u.startIndex {
            let j = u.index(before: i)
            switch u[j] {
            case UInt8(ascii: "/"): return ""
            case UInt8(ascii: "."):
                let startsName = j == u.startIndex || u[u.index(before: j)] == UInt8(ascii: "/")
                return startsName ? "" : path[i...]
            default: i = j
            }
        }
        return ""
    }
}
