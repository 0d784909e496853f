/// When a load publishes: progress goes out every `progressEvery`, so counts and rate move
/// smoothly, but a fresh snapshot rebuilds the whole index, so snapshots are spaced to keep their
/// cost near a tenth of the coordinator's time; in between, the last snapshot is resent with the
/// new progress. A load for a command that prints once at the end sends no snapshots between
/// the first ones and the last: nothing would show them.
struct SnapshotPacing {
    static let progressEvery = 0.25
    /// The spacing of snapshots before the cost of one is known.
    static let firstSnapshotEvery = 0.25
    /// Snapshots are never closer than this once the load runs.
    static let minimumSnapshotEvery = 0.5
    /// A snapshot may take this share of the time between two.
    static let snapshotShare = 0.1

    /// What is due at a moment.
    enum Due {
        case nothing
        /// The last snapshot again, with fresh progress.
        case progress(ArticleCollection, number: Int)
        case snapshot
    }

    /// The number of snapshots sent; the first is 1.
    private(set) var snapshots = 0
    private var snapshot: ArticleCollection?
    private var lastPublish = -1.0
    private var lastSnapshot = -1.0
    private var snapshotEvery = firstSnapshotEvery
    /// Whether snapshots go out while the load runs, not only at its start and end.
    let intermediate: Bool

    init(intermediate: Bool = true) { self.intermediate = intermediate }

    func due(at now: Double) -> Due {
        guard now - lastPublish >= Self.progressEvery else { return .nothing }
        if let snapshot, !intermediate || now - lastSnapshot < snapshotEvery {
            return .progress(snapshot, number: snapshots)
        }
        return .snapshot
    }

    mutating func sentProgress(at now: Double) { lastPublish = now }

    /// Records a snapshot sent at `now`; returns its number.
    mutating func sentSnapshot(_ collection: ArticleCollection, at now: Double) -> Int {
        snapshot = collection
        snapshots += 1
        lastPublish = now
        lastSnapshot = now
        return snapshots
    }

    /// Spaces the following snapshots by what the last one cost to build.
    mutating func snapshotTook(_ seconds: Double) {
        snapshotEvery = max(Self.minimumSnapshotEvery, seconds / Self.snapshotShare)
    }
}
