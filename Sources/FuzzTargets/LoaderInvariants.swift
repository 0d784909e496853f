import BylineCore
import Foundation

/// What must hold for any bytes given to a loader: it returns articles or a reason, and every
/// article's metadata points inside its text.
enum LoaderInvariants {
    static func check(_ loader: any ArticleLoader, _ data: Data, path: String) {
        var issues: [LoadIssue] = []
        guard let articles = try? loader.load(data, path: path, issues: &issues) else { return }
        for issue in issues { require(!issue.reason.description.isEmpty, "an issue without a reason") }
        for a in articles {
            let count = a.text.unicodeScalars.count
            if let d = a.dateline {
                require(
                    0 <= d.start && d.start <= d.end && d.end <= count,
                    "dateline \(d.start)..<\(d.end) outside \(count)")
                require(!d.places.isEmpty, "a dateline without a place")
            }
            for c in a.captions { require(c.lowerBound >= 0 && c.upperBound <= count, "caption \(c) outside \(count)") }
            if a.format != .txt { require(a.text.hasPrefix(a.title), "text does not start with the title") }
            if a.published != nil { require(a.publishedSource == .metadata, "a loader's date must come from metadata") }
        }
    }
}
