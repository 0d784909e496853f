import Foundation
import Testing

@testable import BylineCore

/// Malformed encodings, deep nesting, external entities and device links, each generated here:
/// every file either loads with its text kept or is skipped with a reason, quickly.
@Suite struct HostileFilesTests {
    static let story = "Storm hits coast\n\nJean Lee said the town was ready for the storm on Friday.\n"

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithoutByteOrderMarkIsText(order: String.Encoding) throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("wide.txt", try #require((Self.story + "Café.").data(using: order)))
        var issues: [LoadIssue] = []
        let articles = ArticleFiles.load(file: path, issues: &issues)
        #expect(issues.isEmpty)
        #expect(articles.first?.text == Self.story + "Café.")
    }

    /// UTF-16 with a lone surrogate and an odd last byte, with and without a byte-order mark: it
    /// cannot be read as UTF-16, and its NUL bytes make it no other text, so it is skipped with
    /// a reason, quickly, and the file beside it loads.
    @Test(.timeLimit(.minutes(1))) func malformedUTF16IsSkippedWithAReason() throws {
        let dir = try TemporaryDirectory()
        let units = Array((Self.story + "Caf").utf16) + [0xD800] + Array(" end.".utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try dir.write("marked.txt", Data([0xFF, 0xFE] + little + [0x58]))
        try dir.write("unmarked.txt", Data(big + [0x58]))
        try dir.write("good.txt", Self.story)
        let result = ArticleFiles.load(paths: [dir.path])
        #expect(result.articles.map(\.text) == [Self.story])
        #expect(Set(result.issues.map { ($0.path as NSString).lastPathComponent }) == ["marked.txt", "unmarked.txt"])
        #expect(result.issues.allSatisfy { $0.reason == .binary }, "\(result.issues)")
    }

    @Test func strayNULBytesInTextAreKept() throws {
        let dir = try TemporaryDirectory()
        let text = Self.story + String(repeating: "The sea rose over the wall. ", count: 8) + "A\u{0}B end.\n"
        let path = try dir.write("nul.txt", text)
        var issues: [LoadIssue] = []
        let articles = ArticleFiles.load(file: path, issues: &issues)
        #expect(issues.isEmpty)
        #expect(articles.first?.text == text)
        // On display the NUL is a visible placeholder.
        let shown = SafeText.sanitize(try #require(articles.first).text)
        #expect(shown.contains("A\u{2400}B"))
    }

    @Test func mostlyNULBytesAreStillBinary() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("zeros.txt", Data("Title\n\n".utf8) + Data(count: 4096))
        var issues: [LoadIssue] = []
        #expect(ArticleFiles.load(file: path, issues: &issues).isEmpty)
        #expect(issues.map(\.reason) == [.binary])
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedJSONNeitherOverflowsNorHidesTheArticle() throws {
        let depth = 100_000
        let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (articles, issues) = try loadOne(
            "deep.json", #"{"title": "Deep", "body": "Jean Lee said so.", "extra": \#(deep)}"#)
        // Refused with a reason, or loaded: never a crash, and one outcome, not none.
        #expect(articles.count + issues.count == 1, "\(articles.map(\.title)) \(issues)")
        if let a = articles.first { #expect(a.text == "Deep\n\nJean Lee said so.") }
        let lines = try loadOne("deep.jsonl", "{\"x\": \(deep)}\n{\"title\": \"Next\", \"body\": \"Text.\"}\n")
        #expect(lines.articles.map(\.title) == ["Next"])
    }

    @Test(.timeLimit(.minutes(1))) func externalEntitiesAreNeverRead() throws {
        let dir = try TemporaryDirectory()
        let secret = try dir.write("secret.txt", "TOPSECRET-\(UUID().uuidString)")
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Leak &xxe; here</title><description>Body &xxe; text.</description></item>
            </channel></rss>
            """
        let path = try dir.write("xxe.rss", feed)
        var issues: [LoadIssue] = []
        let articles = ArticleFiles.load(file: path, issues: &issues)
        #expect(!articles.isEmpty || !issues.isEmpty)
        for a in articles { #expect(!a.text.contains("TOPSECRET"), "\(a.text)") }
    }

    @Test(.timeLimit(.minutes(1))) func linksToDevicesAreSkippedWithoutReading() throws {
        let dir = try TemporaryDirectory()
        try dir.write("good.txt", Self.story)
        for (name, device) in [("zero.txt", "/dev/zero"), ("random.md", "/dev/urandom")] {
            try FileManager.default.createSymbolicLink(
                atPath: dir.path + "/" + name, withDestinationPath: device)
        }
        let started = Date()
        let result = ArticleFiles.load(paths: [dir.path])
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.articles.map(\.title) == ["Storm hits coast"])
        #expect(result.issues.count == 2)
        for issue in result.issues { #expect(issue.reason == .notRegularFile, "\(issue)") }
    }

    @Test func fileDeletedWhileTheCollectionLoadsIsReportedAndTheRestLoad() throws {
        let dir = try TemporaryDirectory()
        for i in 0..<20 { try dir.write("a\(i).txt", "Story \(i)\n\nJean Lee said \(i).\n") }
        var issues: [LoadIssue] = []
        let files = ArticleFiles.files(under: dir.path, issues: &issues)
        #expect(files.count == 20)
        // Every other file goes between the listing and the reading.
        for (i, f) in files.enumerated() where i % 2 == 0 { try FileManager.default.removeItem(atPath: f) }
        let articles = files.flatMap { ArticleFiles.load(file: $0, issues: &issues) }
        #expect(articles.count == 10)
        #expect(issues.count == 10)
        #expect(issues.allSatisfy { $0.reason == .cannotOpen(errno: ENOENT) })
    }
}
