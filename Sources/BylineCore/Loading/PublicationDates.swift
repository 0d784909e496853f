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
        let fileDay = fileDate(article.modified)
        // A file cannot have been written before its article was published: a later date read
        // from the text is a plan or a forecast, not the publication date.
        if let inferred = fromText(), fileDay.map({ inferred <= $0 }) ?? true {
            article.published = inferred
            article.publishedSource = .text
            return
        }
        if let fileDay {
            article.published = fileDay
            article.publishedSource = .fileTime
        }
    }

    /// The publication date relative dates are resolved against: none when only the file time
    /// is known, since a copied or regenerated file says nothing of when its article appeared.
    public static func anchor(of article: Article) -> CalendarDate? {
        article.publishedSource == .fileTime ? nil : article.published
    }

    /// The publication date as a table prints it: "unknown" when only the file time is known, so a
    /// file's modification day is never read as the day its article appeared; empty when there is none.
    public static func tableText(of article: Article) -> String {
        guard let published = article.published else { return "" }
        return article.publishedSource == .fileTime ? "unknown" : published.description
    }

    /// The UTC day of a modification time in seconds since 1970; nil when there is none.
    static func fileDate(_ modified: Double) -> CalendarDate? {
        guard modified > 0, modified < 1e12 else { return nil }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: modified))
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
