import BylineCore
import Foundation

/// Reads article texts for the reader (`.fetchText`) off the UI thread: a text comes from the
/// annotation cache or from the article's file, which may be large or on a slow disk, and keys
/// must go on arriving meanwhile (Esc stops the wait). Each read runs on a thread of Dispatch's
/// pool; the loop takes what has been read and hands it to the state as `.textFetched`.
final class TextFetcher: @unchecked Sendable {
    private let source: any ArticleTextSource
    private let arrived = NSCondition()
    /// Texts read and not yet taken; guarded by `arrived`.
    private var read: [ReadableArticle] = []

    init(source: any ArticleTextSource) { self.source = source }

    /// Starts reading article `id` of `collection`.
    func start(_ id: Int, of collection: ArticleCollection) {
        let source = source
        DispatchQueue.global().async { [self] in
            let text = source.readable(id, of: collection)
            arrived.lock()
            read.append(text)
            arrived.signal()
            arrived.unlock()
        }
    }

    /// The texts read since the last call; when none is in yet, waits up to `seconds` for one.
    func take(waiting seconds: Double = 0) -> [ReadableArticle] {
        arrived.lock()
        defer { arrived.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while read.isEmpty, seconds > 0, arrived.wait(until: deadline) {}
        defer { read = [] }
        return read
    }
}
