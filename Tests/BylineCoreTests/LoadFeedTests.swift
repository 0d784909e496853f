import BylineNLP
import Foundation
import Testing

@testable import BylineCore

@Suite struct LoadFeedTests {
    @Test func rssItemsBecomeArticles() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Example World News</title>
              <link>https://example.org/</link>
              <item>
                <title>Envoy says talks will resume</title>
                <link>https://example.org/talks</link>
                <pubDate>Fri, 14 Jan 2022 09:30:00 +0900</pubDate>
                <dc:creator>Jean Lee</dc:creator>
                <category>Diplomacy</category>
                <description>Short summary.</description>
                <content:encoded><![CDATA[<p>SEOUL (Reuters) - The envoy <b>said</b> talks would resume.</p><p>&#8220;We are ready,&#8221; she said.</p><script>evil()</script>]]></content:encoded>
              </item>
              <item>
                <title>Second &amp; last</title>
                <guid>https://example.org/second</guid>
                <author>desk@example.org (News Desk)</author>
                <description>&lt;p&gt;Escaped HTML works too.&lt;/p&gt;</description>
              </item>
            </channel></rss>
            """
        let (articles, issues) = try loadOne("world.rss", rss)
        #expect(issues.isEmpty)
        #expect(articles.count == 2)
        let a = articles[0]
        #expect(
            a.text
                == "Envoy says talks will resume\n\nSEOUL (Reuters) - The envoy said talks would resume.\n\n\u{201C}We are ready,\u{201D} she said."
        )
        #expect(a.source == "Example World News" && a.url == "https://example.org/talks" && a.author == "Jean Lee")
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 14) && a.publishedSource == .metadata)
        #expect(a.tags == ["Diplomacy"])
        #expect(a.dateline?.places == ["Seoul"])
        #expect(a.item == 0 && a.format == .rss)
        let b = articles[1]
        #expect(b.title == "Second & last")
        #expect(b.text == "Second & last\n\nEscaped HTML works too.")
        #expect(b.url == "https://example.org/second" && b.author == "News Desk" && b.item == 1)
    }

    @Test func atomEntriesBecomeArticles() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Wire</title>
              <entry>
                <title type="text">Storm hits coast</title>
                <link rel="self" href="https://example.org/self"/>
                <link rel="alternate" href="https://example.org/storm"/>
                <updated>2021-11-03T10:00:00Z</updated>
                <published>2021-11-02T22:00:00Z</published>
                <author><name>A. Writer</name></author>
                <category term="weather"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The storm hit, officials said.</p><p>Winds &lt; 100 km/h.</p></div></content>
              </entry>
              <entry>
                <title>Plain</title>
                <summary type="text">Line one.

            Line two.</summary>
              </entry>
            </feed>
            """
        let (articles, issues) = try loadOne("wire.atom", atom)
        #expect(issues.isEmpty)
        #expect(articles.map(\.title) == ["Storm hits coast", "Plain"])
        let a = articles[0]
        #expect(a.text == "Storm hits coast\n\nThe storm hit, officials said.\n\nWinds < 100 km/h.")
        #expect(a.url == "https://example.org/storm" && a.author == "A. Writer" && a.source == "Atom Wire")
        #expect(a.published == CalendarDate(year: 2021, month: 11, day: 2))
        #expect(a.tags == ["weather"])
        #expect(articles[1].text == "Plain\n\nLine one.\n\nLine two.")
    }

    @Test func truncatedFeedKeepsItemsBeforeTheBreak() throws {
        let cut = """
            <rss><channel><title>T</title>
            <item><title>Complete one</title><description>Body one.</description></item>
            <item><title>Cut off</title><description>Bo
            """
        let (articles, issues) = try loadOne("cut.xml", cut)
        #expect(articles.map(\.title) == ["Complete one"])
        #expect(issues.count == 1)
        guard case .brokenFeed(_, _, let itemSkipped, let itemsLoaded) = issues.first?.reason else {
            Issue.record("\(issues)")
            return
        }
        #expect(itemSkipped && itemsLoaded == 1)
    }

    @Test func notAFeedAndBrokenXMLAreReported() throws {
        let (a, i) = try loadOne("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>")
        #expect(a.isEmpty && i.map(\.reason) == [.notAFeed(root: "urlset")])
        let (b, j) = try loadOne("junk.rss", "this is not XML at all")
        #expect(b.isEmpty && j.count == 1 && Self.isInvalidXML(atLine: 1, j[0].reason))
        // A control character inside a tag (once a crash in Foundation's XMLParser).
        let (d, l) = try loadOne(
            "ctl.rss",
            "<rss version=\"2.0\"\u{02}><channel><title>T</title><item><title>One</title></item></channel></rss>")
        #expect(d.count <= 1 && l.count == 1 && Self.isInvalidXML(atLine: 1, l[0].reason))
        let (c, k) = try loadOne(
            "empty.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Nothing</title></feed>")
        #expect(c.isEmpty && k.map(\.reason) == [.emptyFeed])
    }

    /// Whether `reason` is XML broken at `line`, whatever libxml2's message.
    static func isInvalidXML(atLine line: Int, _ reason: LoadProblem) -> Bool {
        switch reason {
        case .invalidXML(let at, _), .brokenFeed(let at, _, _, _): at == line
        default: false
        }
    }
}
