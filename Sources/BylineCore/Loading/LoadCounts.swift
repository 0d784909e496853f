/// What a load has counted so far, and the progress it reports from those counts.
struct LoadCounts {
    var filesRead = 0
    /// Files found so far; it grows while the tree is still being listed.
    var filesTotal = 0
    var filesListed = false
    /// Annotations taken whole from the cache file.
    var fromCache = 0
    /// Annotations recovered from the cache's journal.
    var fromJournal = 0
    /// Articles annotated by the NLP in this load.
    var annotatedByNLP = 0
    /// When the NLP started, in seconds since the load started.
    var annotateStart = 0.0

    /// Annotations this load did not have to compute.
    var reused: Int { fromCache + fromJournal }

    /// The progress to report at `elapsed` seconds into the load, with `annotated` of `articles` done.
    func progress(_ phase: LoadProgress.Phase, articles: Int, annotated: Int, elapsed: Double) -> LoadProgress {
        let spent = elapsed - annotateStart
        return LoadProgress(
            phase: phase, filesRead: filesRead, filesTotal: filesTotal, annotated: annotated,
            articles: articles, fromCache: reused, filesListed: filesListed, elapsed: elapsed,
            rate: annotatedByNLP > 0 && spent > 0 ? Double(annotatedByNLP) / spent : 0)
    }
}
