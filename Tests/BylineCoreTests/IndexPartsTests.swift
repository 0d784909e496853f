import BylineCore
import BylineNLP
import Testing

/// A load that leaves parts of the index out (a command that does not read them) gives the same
/// articles and annotations, and the parts it keeps are those of a full load.
@Suite struct IndexPartsTests {
    func load(_ t: TempCollection, cache: Bool = false, index: IndexParts, keepTexts: Bool = false)
        -> ArticleCollection
    {
        let loader = CollectionLoader(
            paths: [t.data], cache: cache ? t.cache : nil, workers: 2, annotator: BackgroundAnnotator(),
            intermediateSnapshots: false, index: index, keepTexts: keepTexts)
        loader.start()
        return loader.wait()
    }

    @Test func namesWithoutWordsAreThoseOfAFullLoad() throws {
        let t = try TempCollection(articles: 30)
        defer { t.remove() }
        let full = load(t, index: .all)
        let names = load(t, index: [.names, .speakers])
        #expect(names.articles == full.articles)
        #expect(names.annotations == full.annotations)
        #expect(names.index.entities == full.index.entities)
        #expect(names.index.speakers.map(\.name) == full.index.speakers.map(\.name))
        #expect(names.annotation(of: 3) == full.annotation(of: 3))
        #expect(full.index.articles(containingWords: "talks number 7").count == 1)
        #expect(names.index.articles(containingWords: "talks number 7").isEmpty)
    }

    /// `entities` reads the entities alone: no speakers are grouped and no name lookups are built,
    /// and the entities, their aliases and counts are those of a full load.
    @Test func namesAloneLeaveOutSpeakersAndLookups() throws {
        let t = try TempCollection(articles: 30)
        defer { t.remove() }
        let full = load(t, index: .all)
        let names = load(t, index: .names)
        #expect(!full.index.entities.isEmpty && !full.index.speakers.isEmpty)
        #expect(names.index.entities == full.index.entities)
        #expect(names.index.speakers.isEmpty)
        let person = try #require(full.index.entities.first { $0.type == .person })
        #expect(full.index.entities(named: person.name).contains(person.id))
        #expect(full.index.searchEntities("", limit: 2).count == 2)
        #expect(names.index.searchEntities("", limit: 2).isEmpty)
        // Quotes' speakers take the same merged names with or without the lookups.
        let speakers = load(t, index: [.names, .speakers])
        for id in 0..<full.count { #expect(speakers.quotes(of: id) == full.quotes(of: id)) }
        let someone = try #require(full.index.speakers.first)
        #expect(speakers.index.speakers(named: someone.name) == full.index.speakers(named: someone.name))
    }

    @Test func noIndexKeepsTheCountsAndTheAnnotations() throws {
        let t = try TempCollection(articles: 12)
        defer { t.remove() }
        let full = load(t, index: .all)
        let none = load(t, index: [])
        #expect(none.index.entities.isEmpty && none.index.speakers.isEmpty)
        #expect(!full.index.entities.isEmpty)
        for id in 0..<full.count {
            #expect(none.quoteCount(of: id) == full.quoteCount(of: id))
            #expect(none.mentionCount(of: id) == full.mentionCount(of: id))
        }
        // Spans and texts are those of the full load; names are the article's own, unmerged.
        let a = try #require(none.annotation(of: 0))
        let b = try #require(full.annotation(of: 0))
        #expect(a.entities.map(\.text) == b.entities.map(\.text))
        #expect(a.quotes.map(\.span) == b.quotes.map(\.span))
    }

    /// The cache keeps the word index for the next start, so a load that writes it builds the
    /// word index even when its caller reads none.
    @Test func aLoadThatWritesTheCacheKeepsTheWordIndex() throws {
        let t = try TempCollection(articles: 10)
        defer { t.remove() }
        let first = load(t, cache: true, index: .names)
        #expect(first.isComplete)
        let (cached, progress) = t.load(cache: true)
        #expect(progress.fromCache == 10)
        #expect(cached.index.articles(containingWords: "talks number 4").count == 1)
    }

    /// `quotes` reads the texts again: they stay in memory from the load instead of being read
    /// from their files once more, and give the same quotes.
    @Test func keptTextsStayInMemory() throws {
        let t = try TempCollection(articles: 8)
        defer { t.remove() }
        let dropped = load(t, index: [.names, .speakers])
        let kept = load(t, index: [.names, .speakers], keepTexts: true)
        for id in 0..<kept.count {
            #expect(dropped.resident(id) == nil)
            let text = try #require(kept.resident(id)).article.text
            #expect(text == dropped.readable(id).article.text && !text.isEmpty)
            #expect(kept.quotes(of: id) == dropped.quotes(of: id))
        }
    }

    @Test func builderWithoutWordsScansNoText() {
        var builder = IndexBuilder()
        builder.leaveOut(.words)
        #expect(!builder.scansText && !builder.wordsDeferred)
        builder.deferWords()
        #expect(!builder.wordsDeferred)
        builder.add(article: 0, annotation: CompactAnnotation(mentions: [], quotes: []), text: "Seoul talks")
        builder.addDeferredWords([[1, 2]])
        #expect(!builder.scansText)
        #expect(builder.snapshot(articleCount: 1).articles(containingWords: "seoul").isEmpty)
    }

    @Test func onDemandModelsLoadOnlyWhenSomethingIsAnnotated() throws {
        let t = try TempCollection(articles: 12)
        defer { t.remove() }
        func start() -> (ArticleCollection, BackgroundAnnotator) {
            let annotator = BackgroundAnnotator(onDemand: true)
            let loader = CollectionLoader(paths: [t.data], cache: t.cache, workers: 2, annotator: annotator)
            loader.start()
            return (loader.wait(), annotator)
        }
        let (cold, first) = start()
        #expect(first.isReady)
        #expect(cold.annotatedCount == 12)
        let (cached, second) = start()
        #expect(!second.isReady)
        #expect(cached.annotations == cold.annotations)
        #expect(cached.index.entities == cold.index.entities)
    }

    @Test func backgroundAnnotatorAnnotatesAsThePipelineDoes() {
        let article = Article(
            path: "a.txt", format: .txt, title: "Talks",
            text: "Talks\n\nAntony Blinken met officials in Seoul. \"We are watching,\" Mr Blinken said.")
        let background = BackgroundAnnotator()
        #expect(background.annotate(article) == Annotator().annotate(article))
        #expect(background.isReady)
    }
}
