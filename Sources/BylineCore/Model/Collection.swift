import BylineNLP

/// An immutable snapshot of a loaded collection: the articles (an article's id is its position),
/// their annotations as far as annotation has got, and the index over those. The UI holds one in
/// its state and swaps in each newer snapshot the loader delivers.
///
/// The articles are held without their texts wherever a text can be fetched again (`TextSpot`):
/// the list, the filters, the pickers and the index need none, so memory follows the index,
/// not the corpus. `readable(_:)` fetches one article's text when it is opened or exported.
public struct ArticleCollection: Sendable {
    /// The articles; `text` is empty unless `spots` says it is resident (use `readable(_:)`).
    public let articles: ChunkedArray<Article>
    /// By article id: where its text is.
    let spots: ChunkedArray<TextSpot>
    let texts: ArticleTexts
    /// By article id; nil while the article waits for annotation.
    public let annotations: ArticleAnnotations
    public let index: Index
    /// Files that could not be read, with the reason.
    public let issues: [LoadIssue]
    /// Article ids, newest publication date first; undated articles last, then by path.
    public let newestFirst: [Int32]
    public let annotatedCount: Int
    /// Publication dates as yyyymmdd numbers (-1 when unknown), for `date:` filters.
    let publishedDays: [Int32]

    public init(
        articles: [Article] = [], annotations: [CompactAnnotation?] = [], index: Index = Index(),
        issues: [LoadIssue] = []
    ) {
        self.init(
            articles: ChunkedArray(articles), annotations: ArticleAnnotations(annotations), index: index,
            issues: issues)
    }

    /// `spots` (by article id) says where the texts the articles do not hold are, to be fetched
    /// through `texts`; without them every text is resident.
    public init(
        articles: ChunkedArray<Article>, annotations: ArticleAnnotations, index: Index,
        issues: [LoadIssue], spots: ChunkedArray<TextSpot>? = nil, texts: ArticleTexts = .none
    ) {
        self.articles = articles
        self.spots =
            spots.flatMap { $0.count == articles.count ? $0 : nil }
            ?? ChunkedArray(repeatElement(.resident, count: articles.count))
        self.texts = texts
        self.annotations =
            annotations.count == articles.count ? annotations : ArticleAnnotations(waiting: articles.count)
        self.index = index
        self.issues = issues
        annotatedCount = self.annotations.annotatedCount
        let days = articles.map { a -> Int32 in
            a.published.map { Int32(clamping: $0.year * 10000 + $0.month * 100 + $0.day) } ?? -1
        }
        publishedDays = days
        newestFirst = Self.newestFirst(articles, days: days)
    }

    /// Article ids by date, newest first, then by path and item. A loader hands over articles
    /// already in path order, and then the ids break ties and one sort of packed integers does
    /// it all; this runs for every snapshot of a loading collection.
    static func newestFirst(_ articles: ChunkedArray<Article>, days: [Int32]) -> [Int32] {
        let inPathOrder = zip(articles, articles.dropFirst()).allSatisfy {
            ($0.path, $0.item ?? 0) <= ($1.path, $1.item ?? 0)
        }
        guard inPathOrder else {
            return articles.indices.sorted { a, b in
                days[a] != days[b]
                    ? days[a] > days[b]
                    : (articles[a].path, articles[a].item ?? 0) < (articles[b].path, articles[b].item ?? 0)
            }.map { Int32($0) }
        }
        // Later days get smaller keys; an unknown day (-1) the largest.
        var keys = days.indices.map { id in UInt64(Int64(Int32.max) - Int64(days[id])) << 32 | UInt64(id) }
        keys.sort()
        return keys.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
    }

    /// A complete collection of articles already annotated, in this order (tests, tools).
    public init(annotated: [AnnotatedArticle], issues: [LoadIssue] = []) {
        var builder = IndexBuilder()
        var compact: [CompactAnnotation?] = []
        for (id, a) in annotated.enumerated() {
            let c = builder.compact(a.annotation)
            builder.add(
                article: Int32(id), annotation: c, text: a.article.text, source: a.article.source, url: a.article.url)
            compact.append(c)
        }
        self.init(
            articles: annotated.map(\.article), annotations: compact,
            index: builder.snapshot(articleCount: annotated.count), issues: issues)
    }

    public var count: Int { articles.count }
    public var isComplete: Bool { annotatedCount == articles.count }

    /// Article `id` with its text, fetched from the cache or its file unless held in memory.
    public func readable(_ id: Int) -> ReadableArticle {
        var a = articles[id]
        let (text, note) = texts.text(of: a, spot: spots[id])
        a.text = text ?? ""
        return ReadableArticle(article: a, hasText: text != nil, note: note)
    }

    /// Article `id` with its text when the collection holds that text in memory (an article of a
    /// feed, a JSONL file, a newsboat cache, or of a collection built in memory); nil when it would
    /// have to be read. Touches no file.
    public func resident(_ id: Int) -> ReadableArticle? {
        guard id >= 0, id < articles.count, spots[id] == .resident else { return nil }
        return ReadableArticle(article: articles[id], hasText: true, note: nil)
    }

    /// The article's full annotation with collection-wide canonical names, or nil while it waits
    /// or when its text cannot be had (its file changed or vanished since it was listed).
    public func annotation(of id: Int) -> Annotation? {
        guard id >= 0 && id < annotations.count, annotations.isAnnotated(id) else { return nil }
        let r = readable(id)
        return r.hasText ? annotation(of: id, text: r.article.text) : nil
    }

    /// The article's full annotation over `text`, its text as `readable(_:)` gave it.
    public func annotation(of id: Int, text: String) -> Annotation? {
        guard id >= 0 && id < annotations.count, let c = annotations[id] else { return nil }
        return c.expand(
            text: text, vocabulary: index.vocabulary,
            canonical: { index.canonicalName(ofKey: $0) }, speaker: { index.speakerName($0) })
    }

    /// The article's quotes with collection-wide speaker names, as `annotation(of:)` has them,
    /// without expanding its entities; nil as for `annotation(of:)`.
    public func quotes(of id: Int) -> [Quote]? {
        guard id >= 0 && id < annotations.count, let c = annotations[id] else { return nil }
        let r = readable(id)
        guard r.hasText else { return nil }
        return c.expandQuotes(text: r.article.text, vocabulary: index.vocabulary, speaker: { index.speakerName($0) })
    }

    /// The number of quotes in an article, or nil while it waits for annotation.
    public func quoteCount(of id: Int) -> Int? {
        id >= 0 && id < annotations.count ? annotations.counts(of: id)?.quotes : nil
    }

    /// The number of entity mentions in an article, or nil while it waits for annotation.
    public func mentionCount(of id: Int) -> Int? {
        id >= 0 && id < annotations.count ? annotations.counts(of: id)?.mentions : nil
    }

    /// The articles matching `query`, newest first; `flagged` holds the keys of flagged articles.
    public func select(_ query: Query, flagged: Set<String> = []) -> [Int32] {
        if query.terms.isEmpty { return newestFirst }
        var keep = [Bool](repeating: false, count: articles.count)
        for id in matches(query, flagged: flagged) where Int(id) < keep.count { keep[Int(id)] = true }
        return newestFirst.filter { keep[Int($0)] }
    }
}
