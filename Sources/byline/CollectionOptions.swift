import ArgumentParser
import BylineCore
import Foundation

/// The collection options the listing commands share: the data directory and `--no-cache`.
struct CollectionOptions: ParsableArguments {
    @Argument(help: "Directory of articles (default: $BYLINE_DATA, else ./sample-data).")
    var directory: String?

    @Flag(
        help:
            "Read newsboat's cache, read-only, instead of a directory: DIR is then the cache file (default: ~/.local/share/newsboat/cache.db, else ~/.newsboat/cache.db)."
    )
    var newsboat = false

    @Flag(help: "Neither read nor write the annotation cache (${XDG_CACHE_HOME:-~/.cache}/byline).")
    var noCache = false

    /// Loads and annotates the collection on every core, showing `progress` as it goes and
    /// reporting skipped files on standard error; fails (exit 1) when nothing at all could be read.
    /// `index`: the parts of the collection's index the command reads; `keepTexts`: whether it
    /// reads the articles' texts again (`CollectionLoader`).
    func load(progress: ProgressLine? = nil, index: IndexParts = .all, keepTexts: Bool = false) throws
        -> ArticleCollection
    {
        try loadReporting(progress: progress, index: index, keepTexts: keepTexts).collection
    }

    /// `load`, also giving the load's final counts.
    func loadReporting(progress: ProgressLine?, index: IndexParts = .all, keepTexts: Bool = false) throws -> (
        collection: ArticleCollection, counts: LoadProgress?
    ) {
        let dir = try source()
        // Without the cache every article is annotated: the models load from the start, beside
        // the walk. With it they load only once a file the cache does not cover is read, so a
        // listing that finds every annotation in the cache never loads them.
        let loader = CollectionLoader(
            paths: [dir], cache: noCache ? nil : AnnotationCache.standard(),
            annotator: BackgroundAnnotator(onDemand: !noCache),
            intermediateSnapshots: false, index: index, keepTexts: keepTexts)
        loader.start { update in progress?.show(update.progress) }
        let collection = loader.wait()
        progress?.clear()
        Diagnostics.report(collection.issues)
        if collection.articles.isEmpty && !collection.issues.isEmpty { throw ExitCode(1) }
        return (collection, loader.latest?.progress)
    }

    /// Where the collection comes from: newsboat's cache with `--newsboat`, else DIR, else the
    /// configured directory, `$BYLINE_DATA` or ./sample-data.
    /// A path that does not exist is an error here as in the reader (exit 1).
    func source(configured: String? = nil) throws -> String {
        let path = try unchecked(configured: configured)
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure.runtime("cannot open \(path): no such file or directory")
        }
        return path
    }

    private func unchecked(configured: String?) throws -> String {
        guard newsboat else { return try DataDirectoryChoice.resolve(directory ?? configured) }
        if let directory { return directory }
        guard let found = NewsboatCache.defaultPath() else {
            throw Failure.runtime(
                "no newsboat cache at ~/.local/share/newsboat/cache.db or ~/.newsboat/cache.db; give its path: --newsboat PATH"
            )
        }
        return found
    }
}

/// Ends a listing command once it has printed, with the collection still held: freeing its
/// articles, annotations and index one object at a time only delays the exit, on one core.
func exitKeeping(_ collection: ArticleCollection) -> Never {
    withExtendedLifetime(collection) { Foundation.exit(0) }
}
