import BylineTestSupport
import Foundation
import Testing

@testable import BylineCore

@Suite struct LoadHostileTests {
    @Test func hostileDirectoryLoadsWhatItCanAndExplainsTheRest() throws {
        let dir = try TemporaryDirectory()
        let hostile = try HostileFiles(in: dir.path)
        let result = ArticleFiles.load(paths: [dir.path])
        let prefix = dir.path + "/"
        for (rel, phrase) in hostile.loadable {
            let found = result.articles.filter { $0.path == prefix + rel }
            #expect(!found.isEmpty, "\(rel) did not load")
            #expect(found.contains { $0.text.contains(phrase) }, "\(rel): \(found.map(\.text))")
        }
        var unexpected = result.issues
        for (rel, reason) in hostile.skipped {
            let matching = result.issues.filter { $0.path == prefix + rel && HostileFiles.matches($0.reason, reason) }
            #expect(
                matching.count == 1,
                "\(rel): expected '\(reason)', got \(result.issues.filter { $0.path == prefix + rel })")
            unexpected.removeAll { matching.contains($0) }
        }
        #expect(unexpected.isEmpty, "unexpected issues: \(unexpected)")
        // The escape sequences are kept in the text: offsets refer to it; display sanitises it.
        let escapes = try #require(result.articles.first { $0.path.hasSuffix("escapes.txt") })
        #expect(escapes.text.contains("\u{1B}]0;pwned\u{07}"))
        #expect(!SafeText(escapes.title).text.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func fileThatVanishesBeforeItIsRead() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.txt", "A\n\nText.")
        var issues: [LoadIssue] = []
        let files = ArticleFiles.files(under: dir.path, issues: &issues)
        #expect(files.count == 1)
        try FileManager.default.removeItem(atPath: files[0])
        let articles = ArticleFiles.load(file: files[0], issues: &issues)
        #expect(articles.isEmpty)
        #expect(issues == [LoadIssue(path: files[0], reason: .cannotOpen(errno: ENOENT))])
    }

    @Test func hundredMegabyteArticleLoadsInLinearTime() throws {
        let dir = try TemporaryDirectory()
        let paragraph = "WASHINGTON (AFP) - Mr Blinken said the talks would go on, officials said on Thursday. "
        var body = Data("A very long article\n\n".utf8)
        let chunk = Data((String(repeating: paragraph, count: 100) + "\n\n").utf8)
        while body.count < 100_000_000 { body.append(chunk) }
        let path = try dir.write("huge.txt", body)
        let start = Date()
        let result = ArticleFiles.load(paths: [path])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.issues.isEmpty)
        let a = try #require(result.articles.first)
        #expect(a.title == "A very long article")
        #expect(a.text.utf8.count == body.count)
        #expect(a.dateline?.places == ["Washington"])
        #expect(seconds < 20, "took \(seconds) s")
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("sparse.txt", "x")
        // A sparse file: its size says 300 MB without using the disk.
        #expect(truncate(path, 300 * 1_048_576) == 0)
        var issues: [LoadIssue] = []
        #expect(ArticleFiles.load(file: path, issues: &issues).isEmpty)
        #expect(issues.map(\.reason) == [.tooLarge(bytes: 300 * 1_048_576, limit: 256 * 1_048_576)])
    }

    @Test func utf16WithByteOrderMarkIsText() throws {
        let dir = try TemporaryDirectory()
        var data = Data([0xFF, 0xFE])
        data.append("Title\n\nSaid she.".data(using: .utf16LittleEndian)!)
        let path = try dir.write("wide.txt", data)
        var issues: [LoadIssue] = []
        let a = ArticleFiles.load(file: path, issues: &issues)
        #expect(issues.isEmpty)
        #expect(a.first?.text == "Title\n\nSaid she.")
    }

    @Test func folderDocumentationIsNotAnArticleUnlessNamed() throws {
        let dir = try TemporaryDirectory()
        let readme = try dir.write("README.md", "# About these files\n\nNotes.")
        try dir.write("story.md", "# Story\n\nText.")
        let all = ArticleFiles.load(paths: [dir.path])
        #expect(all.articles.map(\.title) == ["Story"])
        #expect(ArticleFiles.load(paths: [readme]).articles.map(\.title) == ["About these files"])
    }
}
