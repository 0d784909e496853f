import BylineNLP
import Foundation
import Synchronization

/// Loads and annotates a collection on background threads, never blocking its caller: titles
/// first (reading files is fast), then annotations in batches, each step delivered as a fresh
/// `ArticleCollection` snapshot with progress. Unchanged files come from the annotation cache.
///
///     let loader = CollectionLoader(paths: [dir], cache: .standard())
///     loader.start { update in ... }   // called on the loader's thread
///     loader.latest                     // or poll from the UI loop
///     loader.cancel()                   // returns at once; workers stop within one article
public final class CollectionLoader: Sendable {
    public let paths: [String]
    private let cache: AnnotationCache?
    private let workers: Int
    private let annotator: any ArticleAnnotating
    private let intermediateSnapshots: Bool
    private let parts: IndexParts
    private let keepTexts: Bool
    private let cancelled = Atomic<Bool>(false)
    private let latestUpdate = Locked<CollectionUpdate?>(nil)
    private let finished = DispatchGroup()

    /// `cache` nil turns the cache off (`--no-cache`); `workers` defaults to one per core;
    /// `annotator` is the NLP pipeline, its models loaded once something needs annotating,
    /// unless a test gives a simpler one. `intermediateSnapshots`
    /// false is for a command that prints once the load is over: progress still goes out, but
    /// the index is not rebuilt for snapshots nothing would show. `index` names the parts of the
    /// index the caller reads; the word index is built all the same when the cache is written.
    /// `keepTexts` is for a caller that reads the texts again once the load is over (`quotes`):
    /// texts read from their files stay in memory, up to `LoadRun.keptTextLimit`, instead of
    /// being read once more.
    public init(
        paths: [String], cache: AnnotationCache?, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        annotator: any ArticleAnnotating = BackgroundAnnotator(onDemand: true), intermediateSnapshots: Bool = true,
        index: IndexParts = .all, keepTexts: Bool = false
    ) {
        self.paths = paths
        self.cache = cache
        self.workers = max(1, workers)
        self.annotator = annotator
        self.intermediateSnapshots = intermediateSnapshots
        parts = index
        self.keepTexts = keepTexts
    }

    /// Starts loading on background threads; `onUpdate` gets every snapshot, the last one with
    /// a finished phase.
    public func start(onUpdate: @escaping @Sendable (CollectionUpdate) -> Void = { _ in }) {
        ReleaseMemory.limitArenas(workers: workers)
        finished.enter()
        Thread.detachNewThread { [self] in
            // A load that shows snapshots as it goes feeds a screen: its threads (this one and
            // all it starts, which inherit it) yield to the thread drawing them. On two cores a
            // start from the cache otherwise kept both busy while the first screen waited.
            if intermediateSnapshots { ThreadPriority.yieldToScreen() }
            run(onUpdate)
            finished.leave()
        }
    }

    /// Stops the load as soon as possible; the workers finish at most the article in hand.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Whether the load, and the cache write after it, are over (it may then be started again
    /// with `again()` without two loads writing the cache at once).
    public var isDone: Bool { finished.wait(timeout: .now()) == .success }

    /// A new loader over the same paths, cache and settings: a reload reads every file again,
    /// taking unchanged ones from the cache.
    public func again() -> CollectionLoader {
        CollectionLoader(
            paths: paths, cache: cache, workers: workers, annotator: annotator,
            intermediateSnapshots: intermediateSnapshots, index: parts, keepTexts: keepTexts)
    }

    /// The most recent update, for a UI loop that polls.
    public var latest: CollectionUpdate? { latestUpdate.withLock { $0 } }

    /// Waits until the load (and the cache write after it) is over; the final collection.
    public func wait() -> ArticleCollection {
        finished.wait()
        return latest?.collection ?? ArticleCollection()
    }

    /// Loads everything and returns when done: for the commands that print and exit.
    public static func load(
        paths: [String], cache: AnnotationCache?, workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> ArticleCollection {
        let loader = CollectionLoader(paths: paths, cache: cache, workers: workers, intermediateSnapshots: false)
        loader.start()
        return loader.wait()
    }

    private func run(_ onUpdate: @escaping @Sendable (CollectionUpdate) -> Void) {
        var load = LoadRun(
            paths: paths, cache: cache, workers: workers, annotator: annotator,
            intermediateSnapshots: intermediateSnapshots, index: parts, keepTexts: keepTexts,
            isCancelled: { [self] in isCancelled },
            publish: { [self] update in
                latestUpdate.withLock { $0 = update }
                onUpdate(update)
            }
        )
        load.run()
    }
}
