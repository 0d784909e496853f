import BylineNLP
import Foundation
import Testing

@testable import BylineCore

@Suite struct LoadHTMLTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="utf-8">
        <title>Envoy says talks will resume | The Example Times</title>
        <meta property="og:site_name" content="The Example Times">
        <meta property="og:title" content="Envoy says talks will resume | The Example Times">
        <meta property="article:published_time" content="2022-01-14T08:00:00+09:00">
        <meta name="author" content="Jean Lee">
        <link rel="canonical" href="https://example.org/2022/01/talks">
        <script>var tracking = "Mr Nobody said ads";</script>
        <style>p { color: red }</style>
        </head><body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience on this site, said nobody.</div>
        <header><h1>Site header</h1></header>
        <article>
          <h1>Envoy says talks will resume</h1>
          <p class="byline">By Jean Lee</p>
          <p>SEOUL (Reuters) - The envoy said on Friday that talks would resume&nbsp;soon,
             according to <a href="/ministry">the ministry</a>.</p>
          <div class="share-tools"><button>Share</button> Share this story on social media today</div>
          <p>"We are ready," she said.<br>Officials did not comment.</p>
          <figure><img src="x.jpg"><figcaption>The envoy in Seoul. PHOTO: REUTERS</figcaption></figure>
          <aside class="related"><p>Related: another story that should not appear in the text</p></aside>
        </article>
        <footer><p>Copyright 2022 The Example Times. All rights reserved in every country.</p></footer>
        </body></html>
        """

    @Test func pageBecomesItsArticle() throws {
        let (articles, issues) = try loadOne("talks.html", Self.page)
        #expect(issues.isEmpty)
        let a = try #require(articles.first)
        #expect(a.title == "Envoy says talks will resume")
        #expect(
            a.text == """
                Envoy says talks will resume

                By Jean Lee

                SEOUL (Reuters) - The envoy said on Friday that talks would resume soon, according to the ministry.

                "We are ready," she said.

                Officials did not comment.

                The envoy in Seoul. PHOTO: REUTERS
                """)
        #expect(a.source == "The Example Times")
        #expect(a.author == "Jean Lee")
        #expect(a.url == "https://example.org/2022/01/talks")
        #expect(a.published == CalendarDate(year: 2022, month: 1, day: 14))
        #expect(a.publishedSource == .metadata)
        #expect(a.format == .html)
        #expect(a.dateline == nil, "the byline paragraph comes first; no dateline is guessed from it")
        for junk in ["cookies", "Home", "Related", "Copyright", "tracking", "Share", "Site header"] {
            #expect(!a.text.contains(junk), "\(junk) leaked into the text")
        }
    }

    @Test func pageWithoutArticleElementUsesTheDensestBlock() throws {
        let html = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "W"},
             {"@type": "NewsArticle", "headline": "Storm hits coast", "datePublished": "2021-11-02",
              "author": [{"@type": "Person", "name": "A. Writer"}], "publisher": {"name": "Coast News"}}]}
            </script></head><body>
            <div id="menu"><p>Menu entry that is long enough to count as a paragraph here</p></div>
            <div class="story">
              <p>The storm hit the coast overnight, the weather service said on Tuesday morning.</p>
              <p>Residents were told to stay indoors until the winds dropped below gale force.</p>
            </div>
            <div class="comments"><p>First comment, which is long enough to look like a paragraph.</p></div>
            </body></html>
            """
        let a = try #require(try loadOne("storm.htm", html).articles.first)
        #expect(a.title == "Storm hits coast")
        #expect(a.source == "Coast News" && a.author == "A. Writer")
        #expect(a.published == CalendarDate(year: 2021, month: 11, day: 2))
        #expect(
            a.text
                == "Storm hits coast\n\nThe storm hit the coast overnight, the weather service said on Tuesday morning.\n\nResidents were told to stay indoors until the winds dropped below gale force."
        )
    }

    @Test func titleSuffixIsTheSiteNotPartOfTheHeadline() throws {
        let story = "<p>The council voted on the budget on Tuesday after a long debate, the mayor said.</p>"
        // Only a <title>: the headline is what comes before the separator, the site what follows.
        let bare = try #require(
            try loadOne(
                "bare.html",
                "<html><head><title>Council votes on budget | City News</title></head><body>\(story)</body></html>"
            )
            .articles.first)
        #expect(bare.title == "Council votes on budget")
        #expect(bare.source == "City News")
        // The article's own h1 wins over the <title>, and a site-logo h1 before it is not taken.
        let withHeading = try #require(
            try loadOne(
                "h1.html",
                """
                <html><head><title>Budget vote: council approves plan — City News</title></head><body>
                <header><h1>City News</h1></header>
                <article><h1>Budget vote: council approves plan</h1>\(story)</article></body></html>
                """
            ).articles.first)
        #expect(withHeading.title == "Budget vote: council approves plan")
        #expect(withHeading.source == "City News")
        // og:title carrying the suffix, no og:site_name: the suffix still names the source.
        let og = try #require(
            try loadOne(
                "og.html",
                """
                <html><head><title>Council votes on budget - City News</title>
                <meta property="og:title" content="Council votes on budget - City News"></head>
                <body>\(story)</body></html>
                """
            ).articles.first)
        #expect(og.title == "Council votes on budget")
        #expect(og.source == "City News")
        // A headline with a dash but no short tail stays whole, and no source is invented.
        let long = try #require(
            try loadOne(
                "dash.html",
                "<html><head><title>Talks resume - and the envoy says the ministry is ready to sign</title></head><body>\(story)</body></html>"
            ).articles.first)
        #expect(long.title == "Talks resume - and the envoy says the ministry is ready to sign")
        #expect(long.source != "and the envoy says the ministry is ready to sign")
    }

    @Test func latin1PageFollowsItsCharset() throws {
        let dir = try TemporaryDirectory()
        var data = Data("<html><head><meta charset=\"iso-8859-1\"><title>Caf".utf8)
        data.append(0xE9)
        data.append(Data("</title></head><body><p>L".utf8))
        data.append(0xE9)
        data.append(Data("a said it was fine.</p></body></html>".utf8))
        let path = try dir.write("latin.html", data)
        var issues: [LoadIssue] = []
        let a = ArticleFiles.load(file: path, issues: &issues)
        #expect(a.first?.text == "Café\n\nLéa said it was fine.")
    }

    @Test func malformedAndEmptyPages() throws {
        let broken = try #require(
            try loadOne("broken.html", "<html><body><p>Unclosed <b>bold <i>text said the man.<div></p></span>").articles
                .first)
        #expect(broken.text.contains("Unclosed bold text said the man."))
        let (none, issues) = try loadOne(
            "nav.html", "<html><body><nav><p>Only navigation here</p></nav><script>x()</script></body></html>")
        #expect(none.isEmpty)
        #expect(issues.map(\.reason) == [.noTextInPage])
    }
}
