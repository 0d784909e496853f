import BylineCore
import Foundation

/// Feeds with internal entities: the input's first line is the DOCTYPE's internal subset
/// (entity declarations), the rest the content of an item that may reference them. Whatever
/// the declarations, the feed loads or is refused, and the text read stays within the bound on
/// entity expansion: no nest of references makes it large (or slow, which libFuzzer's
/// `-timeout` catches).
enum FeedEntityInvariants {
    static func check(_ data: Data) {
        let input = String(decoding: data, as: UTF8.self)
        let (subset, body) =
            input.firstIndex(of: "\n").map { (input[..<$0], input[input.index(after: $0)...]) }
            ?? (input[...], ""[...])
        let feed =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(subset)]>\n<rss><channel><title>Feed</title><item><title>"
            + "\(body)</title><description>\(body)</description></item></channel></rss>\n"
        let bytes = Data(feed.utf8)
        LoaderInvariants.check(FeedLoader(), bytes, path: "fuzz.rss")
        var issues: [LoadIssue] = []
        guard let articles = try? FeedLoader().load(bytes, path: "fuzz.rss", issues: &issues) else { return }
        let read = articles.reduce(0) { $0 + $1.text.utf8.count }
        let bound = 1_000_000 + 5 * bytes.count
        require(read <= 2 * bound, "entities expanded to \(read) bytes from \(bytes.count)")
    }
}
