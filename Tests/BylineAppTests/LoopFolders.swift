import Foundation

/// A temporary folder for a loop test: `articles` for the load to read, and an empty `state`
/// folder for its read marks.
struct LoopFolders {
    let root: URL
    let articles: URL
    let state: URL

    init(_ name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(name)-\(UUID())")
        articles = root.appendingPathComponent("articles")
        state = root.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }
}
