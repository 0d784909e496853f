import ArgumentParser
import BylineCore

/// The collection options the listing commands share: the data directory and `--no-cache`.
struct CollectionOptions: ParsableArguments {
    @Argument(help: "Directory of articles (default: $BYLINE_DATA, else ./sample-data).")
    var directory: String?

    @Flag(help: "Neither read nor write the annotation cache (${XDG_CACHE_HOME:-~/.cache}/byline).")
    var noCache = false

    /// Loads and annotates the collection on every core, reporting skipped files on standard
    /// error; fails (exit 1) when nothing at all could be read.
    func load() throws -> ArticleCollection {
        let dir = try DataDirectoryChoice.resolve(directory)
        let collection = CollectionLoader.load(paths: [dir], cache: noCache ? nil : AnnotationCache.standard())
        Diagnostics.report(collection.issues)
        if collection.articles.isEmpty && !collection.issues.isEmpty { throw ExitCode(1) }
        return collection
    }
}
