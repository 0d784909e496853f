import BylineNLP
import Foundation

/// One load, run on the coordinator thread: lists the files, reads them on the workers (taking
/// cached files whole), then annotates the rest on the workers, feeding results in article order
/// to the index builder and publishing snapshots at a rate that keeps their cost small. The
/// first few files are read while the cache opens, and the rest while the tree is still being
/// listed, so the first snapshot waits for neither.
///
/// Texts are held only as long as the load needs them: a cached file's stay in the cache file
/// (only its record is read), and an annotated article's text is dropped once it is indexed
/// when its file holds only that article (it is read again when opened, or when the cache is
/// written). The collection then holds the index, not the corpus. With a cache, what the load
/// annotates and indexes goes to a scratch file beside it as it goes (annotations in batches,
/// the word index a segment at a time), read back from there like a cached start's from the
/// cache file, so a cold start holds about what a start from the cache holds.
struct LoadRun {
    let paths: [String]
    let cache: AnnotationCache?
    let workers: Int
    let annotator: any ArticleAnnotating
    /// The parts of the index nobody will read: the word index is left out only when no cache is
    /// written, since the cache keeps it for the next start.
    let unwanted: IndexParts
    /// Texts read from their files stay once indexed, up to `keptTextLimit` bytes in all.
    let keepTexts: Bool
    let isCancelled: @Sendable () -> Bool
    let publish: (CollectionUpdate) -> Void

    private var articles = ChunkedArray<Article>()
    /// By article id: where its text is (`TextSpot`).
    private var spots = ChunkedArray<TextSpot>()
    private var texts = ArticleTexts.none
    private var annotations = ArticleAnnotations()
    /// Annotations taken from the cache and not indexed yet: where the cache file holds them
    /// (record position, article in the record), to be left there once the index has them.
    private var inCache: [Int: (position: Int, item: Int)] = [:]
    private var issues: [LoadIssue] = []
    private var entries = CacheEntries()
    /// Files taken from the cache so far, and whether each was the next in the cache's order.
    private var cacheHits = 0
    private var inCacheOrder = true
    private var builder = IndexBuilder()
    /// Articles before this id are in the index.
    private var indexed = 0
    private var vocabulary = PendingVocabulary(nil)
    /// UTF-8 bytes of the texts held for articles read from their files (`hold`).
    private var heldText = 0
    /// UTF-8 bytes of the texts kept after indexing (`keepTexts`), no longer counted in `heldText`.
    private var keptText = 0
    /// Word keys the workers computed for annotated articles the index has not reached yet.
    private var words: [Int: [UInt64]] = [:]
    /// Annotations recovered from the journal, by article id, until the index takes them.
    private var journaled: [Int: Annotation] = [:]
    private var journal: JournalWriter?
    /// Where annotations and word-index segments go once indexed (with a cache only).
    private var scratch: OpenFile?
    /// Indexed articles whose annotations wait in memory to go to `scratch` together.
    private var toSpill: [Int] = []
    private var counts = LoadCounts()
    /// newsboat's listing, started before the cache opened.
    private var earlyListing: (path: String, listing: NewsboatListing)?
    /// Checks the cache's word index (reading it through) and gives it, once started.
    private var checkSavedTerms: (@Sendable () -> TermIndex?)?
    private var savedTerms: BackgroundValue<TermIndex?>?
    private var annotatorPrepared = false
    private var pacing: SnapshotPacing
    private let started = DispatchTime.now()

    /// Bytes of text held for annotation before further texts are left in their files.
    static let heldTextLimit = 64 << 20
    /// Bytes of text kept after indexing for a caller that reads the texts again (`keepTexts`).
    static let keptTextLimit = 64 << 20
    /// How many files are read before the rest of the tree has been listed: enough to fill a screen.
    static let firstFiles = 256
    /// Files handed to a worker at a time when reading.
    static let readChunk = 32
    /// Articles handed to a worker at a time when annotating a large collection (at least
    /// `chunkedPerWorker` articles per worker); fewer go one at a time, so a slow one shares no chunk.
    static let annotateChunk = 4
    static let chunkedPerWorker = 32
    /// Annotations written to the scratch file at a time (about a megabyte).
    static let spillBatch = 1024
    /// Articles annotated per round. A round's result slots, and the copies of the article chunks
    /// it writes to while the workers read them, are freed before the next round starts, so a
    /// million pending articles hold what this many do.
    static let annotateRound = 1 << 14
    /// Articles handed to a worker at a time when scanning words.
    static let wordsChunk = 64
    /// How long the coordinator waits for the workers before it takes what they finished and
    /// publishes if due.
    static let workerWait = 0.02

    init(
        paths: [String], cache: AnnotationCache?, workers: Int, annotator: any ArticleAnnotating,
        intermediateSnapshots: Bool, index: IndexParts, keepTexts: Bool = false,
        isCancelled: @escaping @Sendable () -> Bool,
        publish: @escaping (CollectionUpdate) -> Void
    ) {
        self.paths = paths
        pacing = SnapshotPacing(intermediate: intermediateSnapshots)
        self.cache = cache
        self.workers = workers
        self.annotator = annotator
        unwanted = IndexParts.all.subtracting(cache == nil ? index : index.union(.words))
        builder.leaveOut(unwanted)
        self.keepTexts = keepTexts
        self.isCancelled = isCancelled
        self.publish = publish
    }

    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    mutating func run() {
        let (cache, paths) = (self.cache, self.paths)
        let opening = BackgroundValue { (cache?.read(roots: paths), cache?.journal(roots: paths)) }
        var walk = FileWalk(roots: paths)
        let first = walk.next(limit: Self.firstFiles)
        // newsboat's items are listed while the cache opens: the first rows wait for the listing.
        if let f = first.first, Self.isNewsboatCache(f.path) {
            earlyListing = (f.path, NewsboatListing(path: f.path, cancelled: isCancelled))
        }
        let listing = first.count < Self.firstFiles ? nil : BackgroundWalk(walk, cancelled: isCancelled)
        if listing == nil {
            issues += walk.issues
            counts.filesListed = true
        }
        counts.filesTotal = first.count
        let opened = opening.value
        var cached = opened.0
        let recovered = opened.1
        let cachedCount = cached?.count
        texts = cached?.texts ?? .none
        annotations = ArticleAnnotations(cache: cached)
        if let cache, let recovered {
            journal = JournalWriter(path: CacheJournal.path(for: cache.file(for: paths)), journal: recovered)
        }
        // The vocabulary and word index decode while the files are read. Names and quotes go
        // into the index as soon as the vocabulary is there; words wait for the read to show
        // whether every file is unchanged and in the same order, in which case the saved word
        // index replaces scanning the texts.
        vocabulary = PendingVocabulary(cached)
        if let stored = cached?.withoutLookup() { checkSavedTerms = { stored.terms() } }
        scratch = cache?.scratch(roots: paths)
        if let scratch { builder.spillWords(to: scratch) }
        read(first, cached: cached, recovered: recovered)
        while !isCancelled(), let batch = listing?.next() {
            counts.filesTotal += batch.count
            read(batch, cached: cached, recovered: recovered)
        }
        if let listing { issues += listing.issues }
        counts.filesListed = true
        // Every file is found: the map from keys to records can go.
        cached = nil
        annotations.forgetCacheLookup()
        guard !isCancelled() else { return finish(.cancelled) }
        if vocabulary.giveUpIfMissing() {
            annotations = ArticleAnnotations(waiting: articles.count)
            inCache = [:]
            counts.fromCache = 0
        }
        // Takes the vocabulary, decoded by now, if the index has not started on it yet.
        advanceIndex()
        takeJournaled()
        if builder.wordsDeferred {
            startCheckingSavedTerms()
            if allFromCacheInOrder, entries.count == cachedCount,
                let terms = savedTerms?.value
            {
                builder.adopt(terms: terms)
            } else {
                addDeferredWords()
            }
        }
        guard !isCancelled() else { return finish(.cancelled) }
        // Every title is known now: show the whole list before the annotation starts.
        if counts.reused < articles.count { publishSnapshot(.annotating) }
        annotatePending()
        guard !isCancelled() else { return finish(.cancelled) }
        // The workers are done: what they allocated and dropped goes back to the system before
        // the final index and the cache are built (glibc would keep it in their arenas).
        if counts.annotatedByNLP > 0 { ReleaseMemory.toSystem() }
        finish(.done)
        let unchanged =
            allFromCacheInOrder && cachedCount == entries.count
        let saved =
            !unchanged
            && cache?.write(
                roots: paths, vocabulary: builder.vocabulary, entries: entries, articles: articles,
                annotations: annotations, terms: builder.wordIndex(),
                texts: { [articles, spots, texts] e in
                    texts.bytes(of: e.articles.map { articles[$0] }, spots: e.articles.map { spots[$0] })
                }) == true
        // The cache file now holds all the journal did (or the journal is about files gone since).
        if saved || (unchanged && (recovered?.count ?? 0) > 0) {
            cache?.removeJournal(roots: paths)
        }
    }

    private mutating func read(
        _ files: [(path: String, root: Int)], cached: CachedCollection?, recovered: CacheJournal?
    ) {
        let roots = paths
        var rest = files[...]
        while let first = rest.first, !isCancelled() {
            if Self.isNewsboatCache(first.path) {
                readNewsboat(first, cached: cached, recovered: recovered)
                rest = rest.dropFirst()
                continue
            }
            let run = Array(rest.prefix { !Self.isNewsboatCache($0.path) })
            rest = rest.dropFirst(run.count)
            take(run.count, files: true) { i in
                FileLoad.read(path: run[i].path, root: run[i].root, roots: roots, cached: cached, recovered: recovered)
            }
        }
    }

    /// A file no loader claims that is a SQLite database: newsboat's cache (`--newsboat PATH`).
    private static func isNewsboatCache(_ path: String) -> Bool {
        Loaders.loader(for: path) == nil && NewsboatCache.isSQLite(path)
    }

    /// Reads newsboat's cache item by item as its listing hands them over: each batch is taken
    /// (and published) before the next is listed, and no item's text is made into an article
    /// until it is annotated.
    private mutating func readNewsboat(
        _ file: (path: String, root: Int), cached: CachedCollection?, recovered: CacheJournal?
    ) {
        let listing =
            earlyListing?.path == file.path
            ? earlyListing!.listing : NewsboatListing(path: file.path, cancelled: isCancelled)
        earlyListing = nil
        let roots = paths
        while !isCancelled(), let batch = listing.next() {
            take(batch.count, files: false) { i in
                FileLoad.item(batch[i], root: file.root, roots: roots, cached: cached, recovered: recovered)
            }
        }
        issues += listing.issues
        counts.filesRead += 1
    }

    /// Runs `load` for `count` files (or items of one, when `files` is false) on the workers and
    /// takes the results in order, publishing as they come.
    private mutating func take(_ count: Int, files: Bool, load: @escaping @Sendable (Int) -> FileLoad) {
        let job = ParallelJob(count: count, chunk: Self.readChunk, workers: workers)
        let slots = ResultSlots<FileLoad>(count: count)
        job.start(cancelled: isCancelled) { i in slots[i] = load(i) }
        var done = 0
        while done < count && !isCancelled() {
            job.waitForProgress(seconds: Self.workerWait)
            let upto = job.completedPrefix
            while done < upto {
                guard let f = slots.take(done) else { break }
                var entry = f.entry
                entry.articles = articles.count..<(articles.count + f.articles.count)
                if f.issues.isEmpty && entry.size >= 0 { entries.append(entry) }
                issues += f.issues
                if let p = f.cachePosition {
                    inCacheOrder = inCacheOrder && p == cacheHits
                    cacheHits += 1
                }
                if let held = f.spots {
                    articles.append(contentsOf: f.articles)
                    spots.append(contentsOf: held)
                } else {
                    for a in f.articles { hold(a) }
                }
                if let a = f.annotations, a.count == f.articles.count {
                    for (k, annotation) in a.enumerated() {
                        if let p = f.cachePosition { inCache[entry.articles.lowerBound + k] = (p, k) }
                        annotations.append(annotation)
                        if let note = annotation.capNote {
                            issues.append(LoadIssue(path: f.articles[k].path, reason: note))
                        }
                    }
                    counts.fromCache += a.count
                } else {
                    // Not all from the journal either: the models will be needed.
                    if !f.articles.isEmpty, f.journaled?.contains(where: { $0 == nil }) ?? true { prepareAnnotator() }
                    if let j = f.journaled, j.count == f.articles.count {
                        for (k, a) in j.enumerated() where a != nil { journaled[entry.articles.lowerBound + k] = a }
                    }
                    for _ in f.articles { annotations.append(nil) }
                }
                if files { counts.filesRead += 1 }
                done += 1
            }
            advanceIndex()
            publishIfDue(.reading)
        }
        job.join()
    }

    /// Adds an article read from its file. Its text stays until the article is indexed while
    /// the texts held come to less than `heldTextLimit`; past that, a text its own file gives
    /// back is dropped at once and read again when its article is annotated, so a cold start
    /// on a million files does not hold the corpus while annotation works through it.
    private mutating func hold(_ a: Article) {
        if heldText >= Self.heldTextLimit && Self.rereadable(a) {
            var a = a
            a.text = ""
            articles.append(a)
            spots.append(.source)
        } else {
            heldText += a.text.utf8.count
            articles.append(a)
            spots.append(.resident)
        }
    }

    /// Whether an article's own file gives its text back: it holds only this article.
    static func rereadable(_ a: Article) -> Bool { a.item == nil && a.format != .newsboat }

    /// Lets the annotator load its models while the read goes on, once, when the first article
    /// that needs annotating is found.
    private mutating func prepareAnnotator() {
        guard !annotatorPrepared else { return }
        annotatorPrepared = true
        annotator.prepare()
    }

    /// Takes the annotations recovered from the journal into the index, as if just annotated.
    private mutating func takeJournaled() {
        for id in journaled.keys.sorted() where !annotations.isAnnotated(id) {
            annotations.set(id, builder.compact(journaled[id]!))
            counts.fromJournal += 1
        }
        journaled = [:]
        advanceIndex()
    }

    private mutating func annotatePending() {
        let pending = annotations.indices.filter { !annotations.isAnnotated($0) }
        if !pending.isEmpty { prepareAnnotator() }
        let chunked = pending.count >= workers * Self.chunkedPerWorker
        // Articles of files the cache keeps are encoded for the journal on the worker.
        var kept = [Bool](repeating: false, count: journal == nil ? 0 : articles.count)
        for e in entries.indices where !kept.isEmpty { for id in entries.articles(at: e) { kept[id] = true } }
        counts.annotateStart = now
        // A file's articles may fall in two rounds: their journal entries wait across them.
        var blobs: [Int: [UInt8]] = [:]
        var start = 0
        while start < pending.count && !isCancelled() {
            let round = Array(pending[start..<min(pending.count, start + Self.annotateRound)])
            annotate(round, chunked: chunked, journaling: kept, blobs: &blobs)
            start += round.count
            // What the round's workers dropped (texts, analyses) lies in their arenas between
            // the titles and names they made that stay; without this a cold start on 100,000
            // articles held 110 MB more than it used by the end of annotating.
            if start < pending.count { ReleaseMemory.toSystem() }
        }
        journal?.flush()
    }

    /// Annotates the articles `pending` on the workers and takes the results in article order.
    private mutating func annotate(
        _ pending: [Int], chunked: Bool, journaling: [Bool], blobs: inout [Int: [UInt8]]
    ) {
        let job = ParallelJob(count: pending.count, chunk: chunked ? Self.annotateChunk : 1, workers: workers)
        let slots = ResultSlots<(AnnotatedArticle, [UInt64], [UInt8]?)>(count: pending.count)
        let source = articles
        let (held, texts) = (spots, self.texts)
        let annotator = annotator
        let scanWords = builder.scansText
        job.start(cancelled: isCancelled) { j in
            let article = texts.withText(source[pending[j]], spot: held[pending[j]])
            let r = annotator.annotate(article)
            // An article cut at the analysis cap is left out of the journal: its text would be
            // copied whole into it, and annotating it again after a crash costs at most the cap.
            let blob =
                journaling.isEmpty || !journaling[pending[j]] || r.analysedUpTo != nil ? nil : CacheJournal.encode(r)
            slots[j] = (r, scanWords ? TermCollector.words(in: article.text) : [], blob)
        }
        var done = 0
        // Results are taken in article order (names are merged into the vocabulary in that order,
        // so every load gives the same index); an article that takes long holds the ones after it
        // up to the annotator's time cap at most, while the other workers go on annotating.
        while done < pending.count && !isCancelled() {
            job.waitForProgress(seconds: Self.workerWait)
            var finished: [Int] = []
            let upto = job.completedPrefix
            while done < upto {
                guard let (r, found, blob) = slots.take(done) else { break }
                let id = pending[done]
                articles[id] = r.article
                // A text fetched from the cache for annotating goes back there; a newsboat item's
                // stays, like the texts of other files holding several articles, for the cache
                // write to take without fetching it again.
                if case .newsboat = spots[id], !r.article.text.isEmpty {
                    spots[id] = .resident
                } else if spots[id] != .resident {
                    articles[id].text = ""
                }
                annotations.set(id, builder.compact(r.annotation, analysedUpTo: r.analysedUpTo))
                if let note = r.capNote { issues.append(LoadIssue(path: r.article.path, reason: note)) }
                words[id] = found
                blobs[id] = blob
                finished.append(id)
                done += 1
                counts.annotatedByNLP += 1
            }
            journalFiles(of: finished, blobs: &blobs)
            advanceIndex()
            publishIfDue(.annotating)
        }
        job.join()
    }

    /// Appends to the journal each file holding one of the articles `ids` (just annotated) once
    /// all its articles have been annotated in this load, in whatever order they finished.
    private mutating func journalFiles(of ids: [Int], blobs: inout [Int: [UInt8]]) {
        guard let journal else { return }
        var files = Set<Int>()
        for id in ids {
            // Entries hold consecutive, increasing article ranges: the last one starting at or before `id`.
            var lo = 0
            var hi = entries.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if entries.articles(at: mid).lowerBound <= id { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 && entries.articles(at: lo - 1).contains(id) { files.insert(lo - 1) }
        }
        for f in files.sorted() {
            let e = entries[f]
            if e.articles.allSatisfy({ blobs[$0] != nil }) {
                journal.append(
                    CacheJournal.segment(
                        key: e.key, size: e.size, modified: e.modified,
                        articles: e.articles.map { blobs.removeValue(forKey: $0)! }))
            }
        }
        journal.flushIfDue()
    }

    /// Feeds the builder every annotated article from `indexed` on, stopping at the first that waits.
    private mutating func advanceIndex() {
        if vocabulary.isWaiting {
            // A missing vocabulary is dealt with once the read is over.
            guard let decoded = vocabulary.take() else { return }
            startIndex(with: decoded)
        }
        while indexed < articles.count, let a = annotations[indexed] {
            var found = words.removeValue(forKey: indexed)
            // A cached article indexed after the saved word index was found not to fit.
            if found == nil, builder.scansText, spots[indexed] != .resident {
                found = TermCollector.words(in: texts.withText(articles[indexed], spot: spots[indexed]).text)
            }
            builder.add(
                article: Int32(indexed), annotation: a, text: articles[indexed].text, words: found,
                source: articles[indexed].source, url: articles[indexed].url)
            if let at = inCache.removeValue(forKey: indexed) {
                annotations.leaveInCache(indexed, position: at.position, item: at.item)
            } else if scratch != nil {
                toSpill.append(indexed)
                if toSpill.count >= Self.spillBatch { spill() }
            }
            // Indexed with its words: the text can go if its own file gives it back, unless the
            // caller reads it again and the texts kept are still few.
            if !builder.wordsDeferred, spots[indexed] == .resident, Self.rereadable(articles[indexed]) {
                let size = articles[indexed].text.utf8.count
                heldText -= size
                if keepTexts && keptText + size <= Self.keptTextLimit {
                    keptText += size
                } else {
                    articles[indexed].text = ""
                    spots[indexed] = .source
                }
            }
            indexed += 1
        }
    }

    /// Moves the annotations waiting in `toSpill` to the scratch file.
    private mutating func spill() {
        if let scratch { annotations.spill(toSpill, to: scratch) }
        toSpill = []
    }

    /// An index over the cache's vocabulary, its words deferred.
    private mutating func startIndex(with vocabulary: Vocabulary) {
        builder = IndexBuilder(vocabulary: vocabulary)
        builder.leaveOut(unwanted)
        if let scratch { builder.spillWords(to: scratch) }
        builder.deferWords()
    }

    /// Scans the words of the articles indexed while words were deferred, on the workers.
    private mutating func addDeferredWords() {
        let count = indexed
        let (source, held, texts) = (articles, spots, self.texts)
        let job = ParallelJob(count: count, chunk: Self.wordsChunk, workers: workers)
        let slots = ResultSlots<[UInt64]>(count: count)
        job.start(cancelled: isCancelled) { i in
            slots[i] = TermCollector.words(in: texts.withText(source[i], spot: held[i]).text)
        }
        job.join()
        builder.addDeferredWords((0..<count).map { slots.take($0) ?? [] })
    }

    private mutating func publishIfDue(_ phase: LoadProgress.Phase) {
        guard !articles.isEmpty else { return }
        switch pacing.due(at: now) {
        case .nothing:
            return
        case .progress(let snapshot, let number):
            pacing.sentProgress(at: now)
            let progress = progress(phase, annotated: counts.reused + counts.annotatedByNLP)
            publish(CollectionUpdate(collection: snapshot, progress: progress, snapshotNumber: number))
        case .snapshot:
            let t = now
            publishSnapshot(phase)
            pacing.snapshotTook(now - t)
        }
    }

    private mutating func publishSnapshot(_ phase: LoadProgress.Phase) {
        let shown =
            vocabulary.isWaiting ? ArticleAnnotations(waiting: annotations.count) : annotations
        let collection = ArticleCollection(
            articles: articles, annotations: shown,
            index: builder.snapshot(articleCount: articles.count), issues: issues, spots: spots, texts: texts)
        let number = pacing.sentSnapshot(collection, at: now)
        publish(
            CollectionUpdate(
                collection: collection, progress: progress(phase, annotated: collection.annotatedCount),
                snapshotNumber: number))
        startCheckingSavedTerms()
    }

    /// Whether every article came from the cache, in the cache's order: only then can the
    /// cache's saved word index and the cache itself still be the collection's.
    private var allFromCacheInOrder: Bool { counts.fromCache == articles.count && inCacheOrder }

    /// Starts reading through the cache's word index on a thread of its own, once: after the
    /// first rows are out, since on two cores it would compete with what they wait for. Not at
    /// all once an article has come from elsewhere than the cache or out of the cache's order:
    /// the saved index can no longer be the collection's.
    private mutating func startCheckingSavedTerms() {
        guard let check = checkSavedTerms else { return }
        checkSavedTerms = nil
        guard allFromCacheInOrder else { return }
        savedTerms = BackgroundValue(check)
    }

    private func progress(_ phase: LoadProgress.Phase, annotated: Int) -> LoadProgress {
        counts.progress(phase, articles: articles.count, annotated: annotated, elapsed: now)
    }

    private mutating func finish(_ phase: LoadProgress.Phase) {
        if phase == .cancelled {
            publish(
                CollectionUpdate(
                    collection: ArticleCollection(
                        articles: articles, annotations: annotations,
                        index: Index(articleCount: articles.count), issues: issues, spots: spots, texts: texts),
                    progress: progress(.cancelled, annotated: 0)))
            return
        }
        advanceIndex()
        spill()
        publishSnapshot(phase)
    }
}
