import BylineCore
import Foundation
import Synchronization

/// Whole-pipeline annotation speed (publication date, tokens, sentences, entities, dates,
/// quotes) over articles already in memory, on a given number of threads.
enum Throughput {
    struct Result {
        var words: Int
        var seconds: Double
        var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }
    }

    static func measure(_ articles: [Article], workers: Int) -> Result {
        let annotator = Annotator()
        let next = Mutex(0)
        let start = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while true {
                let i = next.withLock { n -> Int in
                    defer { n += 8 }
                    return n
                }
                guard i < articles.count else { break }
                for k in i..<min(i + 8, articles.count) { _ = annotator.annotate(articles[k]) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Result(words: articles.reduce(0) { $0 + words(in: $1.text) }, seconds: seconds)
    }

    /// Whitespace-separated words, counted as Python's `len(text.split())` counts them, so the
    /// comparison with spaCy divides the same numbers.
    static func words(in text: String) -> Int {
        var n = 0
        var inWord = false
        for u in text.unicodeScalars {
            if u.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                n += 1
            }
        }
        return n
    }
}
