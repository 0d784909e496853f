import BylineNLP
import Foundation

/// Decides each article's publication date: metadata first, then the text, then the file's
/// modification time, recording which one was used.
public enum PublicationDates {
    /// `fromText` gives the date the text itself implies; it is asked only when metadata has none.
    public static func resolve(_ article: inout Article, fromText: () -> CalendarDate?) {
        if article.published != nil {
            if article.publishedSource == nil { article.publishedSource = .metadata }
            return
        }
        if let inferred = fromText() {
            article.published = inferred
            article.publishedSource = .text
            return
        }
        if article.modified > 0 {
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = TimeZone(identifier: "UTC")!
            let c = cal.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: article.modified))
            article.published = CalendarDate(year: c.year!, month: c.month!, day: c.day!)
            article.publishedSource = .fileTime
        }
    }
}
