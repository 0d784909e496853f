import Foundation

@testable import BylineCore

/// A temporary directory for one test, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions a test may have taken away, so everything can be removed.
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let rel = walker.nextObject() as? String {
                chmod(url.appendingPathComponent(rel).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }
}

/// Loads one file's content through the loader its extension picks.
func loadOne(_ name: String, _ content: String) throws -> (articles: [Article], issues: [LoadIssue]) {
    let dir = try TemporaryDirectory()
    let path = try dir.write(name, content)
    var issues: [LoadIssue] = []
    let articles = ArticleFiles.load(file: path, issues: &issues)
    return (articles, issues.map { LoadIssue(path: ($0.path as NSString).lastPathComponent, reason: $0.reason) })
}

/// The text of scalar offsets `range` of `text`.
func slice(_ text: String, _ range: Range<Int>) -> String {
    let s = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(s[range]))
}
