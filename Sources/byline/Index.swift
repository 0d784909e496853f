import ArgumentParser
import BylineCore
import Foundation

/// `byline index`: builds or refreshes the annotation cache ahead of time, so that the reader
/// and the listing commands start from it; for cron, systemd timers and newsboat's reload hook.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the annotation cache for a collection, then print a one-line summary.",
        discussion: """
            Annotates what is new or changed since the cache was last written and saves the rest \
            as it is, so that the next start of the reader is instant. The summary counts the \
            articles, those taken from the cache, those annotated now, the files skipped, and the time.
            """
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if collection.noCache {
            throw ValidationError("index writes the annotation cache: --no-cache makes no sense here")
        }
    }

    func run() throws {
        let start = DispatchTime.now()
        let (c, counts) = try collection.loadReporting(progress: progress.line())
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let cached = counts?.fromCache ?? 0
        print(Self.summary(articles: c.count, cached: cached, skipped: c.issues.count, seconds: seconds))
    }

    /// "2,225 articles: 2,000 cached, 225 annotated, 3 skipped, 1.2 s".
    static func summary(articles: Int, cached: Int, skipped: Int, seconds: Double) -> String {
        let n = ProgressLine.count
        return
            "\(n(articles)) articles: \(n(cached)) cached, \(n(articles - cached)) annotated, \(n(skipped)) skipped, "
            + String(format: "%.1f s", seconds)
    }
}
