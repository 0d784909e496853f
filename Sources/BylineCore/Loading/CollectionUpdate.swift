/// How far a load has got, for the status bar ("annotating 1,200/2,225 · 3,400/s").
public struct LoadProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        /// Files are being read; titles arrive.
        case reading
        /// Every file is read; annotations arrive.
        case annotating
        case done
        case cancelled
    }

    public var phase: Phase
    public var filesRead: Int
    public var filesTotal: Int
    /// Articles annotated so far (from the cache or by the NLP), of `articles` known.
    public var annotated: Int
    public var articles: Int
    /// Of `annotated`, how many came from the cache.
    public var fromCache: Int
    /// Whether every file has been found; until then `filesTotal` grows as the walk goes on.
    public var filesListed = true
    /// Seconds since the load started.
    public var elapsed: Double
    /// Articles annotated by the NLP per second in this load.
    public var rate: Double

    public var isFinished: Bool { phase == .done || phase == .cancelled }

    /// A load that has started and found nothing yet: what the reader shows before the first
    /// snapshot arrives ("Loading…", not "No articles.").
    public static let starting = LoadProgress(
        phase: .reading, filesRead: 0, filesTotal: 0, annotated: 0, articles: 0,
        fromCache: 0, filesListed: false, elapsed: 0, rate: 0)
}

/// One step of a load: a complete snapshot to show, and the progress to report.
public struct CollectionUpdate: Sendable {
    public let collection: ArticleCollection
    public let progress: LoadProgress
    /// Counts the snapshots of a load; an update whose progress alone moved on carries the
    /// snapshot (and number) sent before, so a reader that sees the same number skips it.
    public var snapshotNumber = 0
}
