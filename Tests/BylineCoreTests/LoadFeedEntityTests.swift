import Foundation
import Testing

@testable import BylineCore

/// Feeds whose internal entities would expand into gigabytes are refused at once; modest use of
/// entities, and the files beside such a feed, still load.
@Suite struct LoadFeedEntityTests {
    /// A feed declaring one `entitySize`-byte entity and referencing it `references` times.
    static func amplifyingFeed(entitySize: Int, references: Int) -> Data {
        var s = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \""
        s += String(repeating: "a", count: entitySize)
        s += "\">]>\n<rss><channel><title>Feed</title><item><title>Item</title><description>"
        s += String(repeating: "&e;", count: references)
        s += "</description></item></channel></rss>\n"
        return Data(s.utf8)
    }

    @Test(.timeLimit(.minutes(1))) func amplificationIsRefusedInUnderASecond() throws {
        // 250 KB standing for 5 GB, 70 KB standing for 850 MB, and the same through an attribute.
        for (size, refs) in [(100_000, 50_000), (20_000, 16_000)] {
            let data = Self.amplifyingFeed(entitySize: size, references: refs)
            let start = Date()
            var issues: [LoadIssue] = []
            #expect(throws: LoadProblem.excessiveEntityExpansion(maxFactor: 5)) {
                try FeedLoader().load(data, path: "f.rss", issues: &issues)
            }
            #expect(Date().timeIntervalSince(start) < 1, "\(data.count) bytes")
        }
        let attribute = Data(
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"" + String(repeating: "b", count: 50_000)
                + "\">]><rss><channel><item><title>T</title><link href=\""
                + String(repeating: "&e;", count: 40_000) + "\"/></item></channel></rss>").utf8)
        var issues: [LoadIssue] = []
        #expect(throws: LoadProblem.excessiveEntityExpansion(maxFactor: 5)) {
            try FeedLoader().load(attribute, path: "f.rss", issues: &issues)
        }
    }

    @Test func nestedAmplificationIsRefused() throws {
        var s = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol lol lol lol lol\">"
        for k in 1...9 { s += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        s += "]><rss><channel><item><title>&l9;</title></item></channel></rss>"
        // libxml2 stops at such a nest itself; whichever refuses it, no expanded text is read.
        var issues: [LoadIssue] = []
        let articles = (try? FeedLoader().load(Data(s.utf8), path: "f.rss", issues: &issues)) ?? []
        #expect(articles.allSatisfy { $0.text.utf8.count < 1000 })
    }

    /// A reference inside an entity declared before others: the walk takes the entity's content,
    /// not the declarations after it (which once made it loop through every nest, without end).
    @Test(.timeLimit(.minutes(1))) func nestedReferencesReadTheirContentOnce() throws {
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">]>
            <rss><channel><item><title>&c;&c;</title></item></channel></rss>
            """
        var issues: [LoadIssue] = []
        let articles = try FeedLoader().load(Data(feed.utf8), path: "f.rss", issues: &issues)
        #expect(articles.map(\.title) == [String(repeating: "ha", count: 32)])
    }

    @Test func modestEntitiesStillLoad() throws {
        let data = Self.amplifyingFeed(entitySize: 20, references: 30)
        var issues: [LoadIssue] = []
        let articles = try FeedLoader().load(data, path: "f.rss", issues: &issues)
        #expect(articles.count == 1)
    }

    @Test(.timeLimit(.minutes(1))) func goodFilesBesideAnAmplifyingFeedLoad() throws {
        let dir = try TemporaryDirectory()
        try dir.write("bomb.rss", Self.amplifyingFeed(entitySize: 100_000, references: 50_000))
        try dir.write("good.txt", "Good\n\nJean Lee said the plan was sound.\n")
        let result = ArticleFiles.load(paths: [dir.path])
        #expect(result.articles.map(\.title) == ["Good"])
        #expect(
            result.issues.map(\.reason) == [.excessiveEntityExpansion(maxFactor: 5)])
    }
}
