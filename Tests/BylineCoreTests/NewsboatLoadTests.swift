import BylineNLP
import CSQLite
import Foundation
import Testing

@testable import BylineCore

/// The collection loader on newsboat's cache: items are listed and published in batches before
/// any content is made into an article, contents are fetched as they are annotated, and a second
/// start takes every unchanged item from the annotation cache, keyed by the item.
@Suite struct NewsboatLoadTests {
    /// `count` items in one feed, each a short article naming Jean Lee in Seoul.
    static func items(_ count: Int) -> String {
        LoadNewsboatTests.tables + """
            INSERT INTO rss_feed (rssurl, url, title) VALUES ('https://example.org/feed', 'https://example.org/', 'Example Wire');
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < \(count))
            INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, content_mime_type)
            SELECT 'g' || k, 'Headline number ' || k, '', 'https://example.org/' || k, 'https://example.org/feed',
                1642118400 + k * 60, '<p>Talks resumed in Seoul, Jean Lee said of item ' || k || '.</p>', 1, 'text/html'
            FROM n;
            """
    }

    /// What the loader did, in order: each snapshot it published and each article it annotated.
    final class Events: ArticleAnnotating {
        enum Event {
            /// A snapshot of `count` articles, and whether all of them were still without their
            /// content (listed only).
            case published(count: Int, listedOnly: Bool)
            case annotated(item: Int, text: String)
        }

        let log = Locked<[Event]>([])
        private let names = CapitalisedNames()

        func annotate(_ article: Article) -> AnnotatedArticle {
            log.withLock { $0.append(.annotated(item: article.item ?? -1, text: article.text)) }
            return names.annotate(article)
        }

        var annotated: [(item: Int, text: String)] {
            log.withLock { $0 }.compactMap {
                if case .annotated(let item, let text) = $0 { return (item, text) }
                return nil
            }
        }
    }

    static func load(_ path: String, cache: AnnotationCache?, events: Events) -> (ArticleCollection, LoadProgress) {
        let loader = CollectionLoader(paths: [path], cache: cache, workers: 2, annotator: events)
        loader.start { update in
            let c = update.collection
            let listedOnly = (0..<c.count).allSatisfy { id in
                guard case .newsboat = c.spots[id] else { return false }
                return c.articles[id].text.isEmpty
            }
            events.log.withLock { $0.append(.published(count: c.count, listedOnly: listedOnly)) }
        }
        let collection = loader.wait()
        return (collection, loader.latest!.progress)
    }

    @Test func firstRowsArePublishedBeforeAnyContentIsRead() throws {
        let dir = try TemporaryDirectory()
        let total = 3 * NewsboatListing.batchSize + 100
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: Self.items(total))
        let events = Events()
        let (c, progress) = Self.load(path, cache: nil, events: events)
        let log = events.log.withLock { $0 }
        let firstShown = try #require(
            log.firstIndex {
                if case .published(let count, _) = $0 { return count > 0 }
                return false
            })
        guard case .published(let count, let listedOnly) = log[firstShown] else { return }
        // The first rows went out with part of the list, titles only, before any article was
        // annotated (which is when its content is read).
        #expect(count > 0 && count <= NewsboatListing.batchSize)
        #expect(listedOnly)
        #expect(!log[..<firstShown].contains { if case .annotated = $0 { true } else { false } })
        // Every item was then annotated once, with its content.
        #expect(progress.phase == .done && c.count == total && c.isComplete)
        let annotated = events.annotated
        #expect(annotated.count == total)
        #expect(Set(annotated.map(\.item)).count == total)
        #expect(annotated.allSatisfy { $0.text.hasSuffix("Jean Lee said of item \($0.item).") })
        #expect(
            c.readable(41).article.text == "Headline number 42\n\nTalks resumed in Seoul, Jean Lee said of item 42.")
    }

    @Test func theFirstBatchIsSmallerThanTheRest() throws {
        let dir = try TemporaryDirectory()
        let total = NewsboatListing.firstBatchSize + NewsboatListing.batchSize + 10
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: Self.items(total))
        let listing = NewsboatListing(path: path, cancelled: { false })
        var sizes: [Int] = []
        while let batch = listing.next() { sizes.append(batch.count) }
        #expect(sizes == [NewsboatListing.firstBatchSize, NewsboatListing.batchSize, 10])
        #expect(listing.issues.isEmpty)
    }

    @Test func secondStartTakesEveryItemFromTheCache() throws {
        let dir = try TemporaryDirectory()
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: Self.items(2500))
        let cache = AnnotationCache(directory: dir.path + "/annotations")
        let (cold, _) = Self.load(path, cache: cache, events: Events())
        let events = Events()
        let (warm, progress) = Self.load(path, cache: cache, events: events)
        #expect(progress.fromCache == 2500 && warm.isComplete)
        // Nothing was annotated, and no item's text was fetched from newsboat's cache: every
        // text is where the annotation cache keeps it.
        #expect(events.annotated.isEmpty)
        #expect((0..<warm.count).allSatisfy { if case .cached = warm.spots[$0] { true } else { false } })
        #expect(warm.articles.map(\.title) == cold.articles.map(\.title))
        #expect(warm.index.entities.map(\.name) == cold.index.entities.map(\.name))
        #expect(warm.readable(6).article.text == cold.readable(6).article.text)
    }

    @Test func aChangedItemIsAnnotatedAgain() throws {
        let dir = try TemporaryDirectory()
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: Self.items(60))
        let cache = AnnotationCache(directory: dir.path + "/annotations")
        _ = Self.load(path, cache: cache, events: Events())
        // Item 7's content keeps its length ("Seoul" for "Tokyo"); item 9 gets a new title.
        _ = try LoadNewsboatTests.makeCache(
            in: dir,
            sql: """
                UPDATE rss_item SET content = replace(content, 'Seoul', 'Tokyo') WHERE id = 7;
                UPDATE rss_item SET title = 'Headline changed' WHERE id = 9;
                """)
        let events = Events()
        let (warm, progress) = Self.load(path, cache: cache, events: events)
        #expect(events.annotated.map(\.item).sorted() == [7, 9])
        #expect(progress.fromCache == 58)
        let seven = try #require(warm.articles.firstIndex { $0.item == 7 })
        #expect(warm.readable(seven).article.text.contains("Talks resumed in Tokyo"))
        #expect(warm.articles.contains { $0.title == "Headline changed" })
        // And the next start has both from the cache.
        let again = Events()
        _ = Self.load(path, cache: cache, events: again)
        #expect(again.annotated.isEmpty)
    }

    @Test func hostileItemsLoadAsTheWholeCacheReadsThem() throws {
        let dir = try TemporaryDirectory()
        let hostile =
            LoadNewsboatTests.schema + """
                INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread) VALUES
                    ('h1', 'Escape ' || char(27) || '[31mred' || char(7), 'Eve ' || char(27) || ']0;x' || char(7),
                     'https://example.org/' || char(27), 'https://example.org/feed', 1642118400,
                     '<p>' || char(27) || '[2J Cleared ' || char(8238) || 'said John Smith.</p>', 1),
                    ('h2', CAST(X'4261642080FF207469746C65' AS TEXT), '', '', 'https://example.org/feed', 0,
                     CAST(X'3C703E496E76616C6964C3283C2F703E3C703E4D6F726520FE3C2F703E' AS TEXT), 1),
                    ('h3', '', '', '', 'https://example.org/feed', 0, '<p>First paragraph as title</p><p>Body.</p>', 1);
                """
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: hostile)
        let whole = NewsboatCache.load(path: path)
        let cache = AnnotationCache(directory: dir.path + "/annotations")
        for _ in 0..<2 {
            let (c, _) = Self.load(path, cache: cache, events: Events())
            #expect(c.isComplete)
            #expect(c.issues == whole.issues)
            let texts = (0..<c.count).map { c.readable($0).article.text }
            #expect(c.articles.map(\.title) == whole.articles.map(\.title))
            #expect(texts == whole.articles.map(\.text))
            #expect(c.articles.map(\.dateline) == whole.articles.map(\.dateline))
        }
        #expect(whole.articles.map(\.title).contains("Bad \u{FFFD}\u{FFFD} title"))
        #expect(whole.articles.map(\.title).contains("First paragraph as title"))
    }

    @Test func aCancelledLoadStopsWhileListing() throws {
        let dir = try TemporaryDirectory()
        let path = try LoadNewsboatTests.makeCache(in: dir, sql: Self.items(20 * NewsboatListing.batchSize))
        let loader = CollectionLoader(paths: [path], cache: nil, workers: 2, annotator: Events())
        loader.start { update in
            if update.collection.count > 0 { loader.cancel() }
        }
        let c = loader.wait()
        #expect(loader.latest?.progress.phase == .cancelled)
        #expect(c.count < 20 * NewsboatListing.batchSize)
    }
}
