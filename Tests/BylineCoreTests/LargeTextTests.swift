import Foundation
import Testing

@testable import BylineCore

/// A large plain-text file read chunk by chunk gives exactly the text the whole-file decoder
/// gives, whatever sequences straddle the chunks; what is not plain UTF-8 is left to the decoder.
@Suite struct LargeTextTests {
    /// Sequences of one to four bytes, in a cycle whose length shares no factor with the chunk
    /// size, so the chunk boundaries fall inside every kind of sequence.
    static func body(bytes: Int) -> Data {
        let line = "Jean Lee said \u{201C}café 東京 👨‍👩‍👧 ok\u{201D}.\n\n"
        let head = "A long article\n\n"
        let count = (bytes - head.utf8.count) / line.utf8.count + 1
        return Data((head + String(repeating: line, count: count)).utf8)
    }

    @Test(.timeLimit(.minutes(1))) func chunkedReadEqualsTheWholeFileDecoded() throws {
        let dir = try TemporaryDirectory()
        let data = Self.body(bytes: LargeText.threshold + LargeText.chunk + 12_345)
        let path = try dir.write("long.txt", data)
        let large = try #require(LargeText.text(of: path))
        #expect(large.text == String(decoding: data, as: UTF8.self))
        #expect(large.size == data.count)
        var issues: [LoadIssue] = []
        let articles = ArticleFiles.load(file: path, issues: &issues)
        #expect(issues.isEmpty)
        #expect(articles.first?.title == "A long article")
        #expect(articles.first?.text.utf8.count == data.count)
        #expect(articles.first?.fileSize == data.count)
    }

    @Test(.timeLimit(.minutes(1))) func otherFilesAreLeftToTheDecoder() throws {
        let dir = try TemporaryDirectory()
        var broken = Self.body(bytes: LargeText.threshold + 100)
        broken.append(contentsOf: [0xFF, 0x41])
        let brokenPath = try dir.write("broken.txt", broken)
        #expect(LargeText.text(of: brokenPath) == nil)
        var issues: [LoadIssue] = []
        #expect(ArticleFiles.load(file: brokenPath, issues: &issues).first?.text.hasSuffix("\u{FFFD}A") == true)
        var cut = Self.body(bytes: LargeText.threshold + 100)
        cut.append(contentsOf: [0xE6, 0x97])
        #expect(LargeText.text(of: try dir.write("cut.txt", cut)) == nil)
        #expect(LargeText.text(of: try dir.write("small.txt", Self.body(bytes: 1000))) == nil)
        let marked = Data([0xEF, 0xBB, 0xBF]) + Self.body(bytes: LargeText.threshold)
        #expect(LargeText.text(of: try dir.write("marked.txt", marked))?.text.hasPrefix("A long article") == true)
    }
}
