import BylineNLP
import Foundation

/// The metadata fields every structured format shares, and how a JSON object maps onto them.
/// Names follow common exports: `title`/`headline`; `body`/`text`/`content` (a string, or an
/// array of paragraph strings), else `summary`/`description`; `date`/`published`/`publishedAt`/
/// `pubDate`/`datePublished` (a date string or a Unix timestamp); `source` (a string or an object
/// with a `name`); `url`/`link`; `author`/`authors` (strings or objects with a `name`);
/// `tags`/`keywords`.
enum ArticleFields {
    static let titleKeys = ["title", "headline"]
    static let bodyKeys = ["body", "text", "content", "summary", "description"]
    static let dateKeys = ["date", "published", "publishedAt", "pubDate", "datePublished"]
    static let urlKeys = ["url", "link"]
    static let authorKeys = ["author", "authors"]
    static let tagKeys = ["tags", "keywords"]

    /// Sets the metadata of `article`; empty values count as absent. A date that cannot be read
    /// leaves the publication date to be inferred from the text.
    static func apply(
        date: String?, source: String?, url: String?, author: String?, tags: [String], to article: inout Article
    ) {
        if let date, let d = MetadataDate.parse(date) { set(d, on: &article) }
        article.source = nonEmpty(source)
        article.url = nonEmpty(url)
        article.author = nonEmpty(author)
        article.tags = tags.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func set(_ date: CalendarDate, on article: inout Article) {
        article.published = date
        article.publishedSource = .metadata
    }

    /// The article in one JSON object, or why there is none.
    static func article(from value: Any, path: String, item: Int?, format: ArticleFormat) throws(LoadProblem)
        -> Article
    {
        guard let object = value as? [String: Any] else {
            throw .notAnArticleObject(found: kind(of: value))
        }
        let title = first(titleKeys, in: object, as: text) ?? ""
        let paragraphs = first(bodyKeys, in: object, as: paragraphs) ?? []
        guard !title.trimmingSpaces().isEmpty || !paragraphs.isEmpty else {
            throw .noArticleFields
        }
        var article = ArticleLayout.article(
            path: path, item: item, format: format, title: title, paragraphs: paragraphs)
        apply(
            date: first(dateKeys, in: object, as: text), source: first(["source"], in: object, as: names),
            url: first(urlKeys, in: object, as: text), author: first(authorKeys, in: object, as: names),
            tags: first(tagKeys, in: object, as: list) ?? [], to: &article)
        if article.published == nil, let stamp = first(dateKeys, in: object, as: { ($0 as? NSNumber)?.doubleValue }),
            let d = MetadataDate.fromTimestamp(stamp)
        {
            set(d, on: &article)
        }
        return article
    }

    /// The first key present whose value `convert` accepts.
    static func first<T>(_ keys: [String], in object: [String: Any], as convert: (Any) -> T?) -> T? {
        for k in keys {
            if let v = object[k], let t = convert(v) { return t }
        }
        return nil
    }

    static func text(_ v: Any) -> String? { v as? String }

    /// A body: one string split into paragraphs, or an array of paragraph strings.
    static func paragraphs(_ v: Any) -> [String]? {
        if let s = v as? String { return Paragraphs.split(s) }
        if let a = v as? [Any] {
            let strings = a.compactMap { $0 as? String }
            return strings.isEmpty ? nil : strings.flatMap { Paragraphs.split($0, lineBreaksSeparate: false) }
        }
        return nil
    }

    /// Names: a string, an object with a `name`, or an array of either, joined by ", ".
    static func names(_ v: Any) -> String? {
        if let s = v as? String { return s }
        if let o = v as? [String: Any] { return o["name"] as? String }
        if let a = v as? [Any] {
            let all = a.compactMap(names)
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    /// Tags: an array of strings, or one comma-separated string.
    static func list(_ v: Any) -> [String]? {
        if let a = v as? [Any] { return a.compactMap { $0 as? String } }
        if let s = v as? String { return s.split(separator: ",").map(String.init) }
        return nil
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let t = s?.trimmingSpaces(), !t.isEmpty else { return nil }
        return t
    }

    static func kind(of v: Any) -> LoadProblem.JSONValueKind {
        switch v {
        case is [Any]: return .array
        case is String: return .string
        case is NSNull: return .null
        case is NSNumber: return .number
        default: return .other
        }
    }

    /// Parses JSON text, with the parser's own explanation when it fails.
    static func parseJSON(_ data: Data) throws(LoadProblem) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw .invalidJSON(detail: detail)
        }
    }
}
