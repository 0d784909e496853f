import Foundation

/// A web page's article metadata from the usual places: Open Graph and article `<meta>` tags,
/// `name="author"`/`"date"`/`"keywords"`, `<link rel="canonical">`, schema.org JSON-LD
/// (`NewsArticle` and kin), and `<title>`.
struct HTMLMetadata {
    /// The headline the page states apart from its `<title>` (Open Graph, Twitter card, JSON-LD).
    var title: String?
    /// The `<title>`, which usually carries the site's name after the headline.
    var pageTitle: String?
    var source: String?
    var date: String?
    var author: String?
    var url: String?
    var tags: [String] = []

    init(_ elements: [MarkupNode]) {
        var meta: [String: String] = [:]
        var linkedData: [[String: Any]] = []
        var pageTitle: String?
        var articleTags: [String] = []
        for e in elements {
            switch e.name {
            case "meta":
                guard
                    let key = (e.attribute("property") ?? e.attribute("name") ?? e.attribute("itemprop"))?.lowercased(),
                    let value = e.attribute("content")
                else { continue }
                if key == "article:tag" { articleTags.append(value) }
                if meta[key] == nil { meta[key] = value }
            case "link":
                if e.attribute("rel")?.lowercased() == "canonical", meta["canonical"] == nil {
                    meta["canonical"] = e.attribute("href")
                }
            case "title":
                if pageTitle == nil { pageTitle = e.text }
            case "time":
                if meta["time"] == nil, let d = e.attribute("datetime") { meta["time"] = d }
            case "script":
                if e.attribute("type")?.lowercased() == "application/ld+json" {
                    linkedData += HTMLMetadata.articles(
                        inLinkedData: e.children.filter(\.isText).map(\.content).joined())
                }
            default: continue
            }
        }
        let ld = linkedData.first ?? [:]
        func ldName(_ v: Any?) -> String? {
            if let s = v as? String { return s }
            if let o = v as? [String: Any] { return o["name"] as? String }
            if let a = v as? [Any] {
                let names = a.compactMap(ldName)
                return names.isEmpty ? nil : names.joined(separator: ", ")
            }
            return nil
        }
        title = meta["og:title"] ?? meta["twitter:title"] ?? (ld["headline"] as? String)
        self.pageTitle = pageTitle.map(HTMLText.collapse).flatMap { $0.isEmpty ? nil : $0 }
        source =
            meta["og:site_name"] ?? ldName(ld["publisher"]) ?? meta["application-name"]
            ?? self.pageTitle.flatMap(HTMLMetadata.siteName(inTitle:))
        date =
            meta["article:published_time"] ?? (ld["datePublished"] as? String) ?? meta["datepublished"] ?? meta["date"]
            ?? meta["pubdate"] ?? meta["publish-date"] ?? meta["dc.date"] ?? meta["time"]
        let metaAuthor = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
        author = metaAuthor ?? ldName(ld["author"])
        url = meta["canonical"] ?? meta["og:url"] ?? (ld["url"] as? String)
        tags = articleTags.isEmpty ? (meta["keywords"]?.split(separator: ",").map(String.init) ?? []) : articleTags
    }

    /// The headline: the stated one, else the article's own `<h1>`, else the `<title>`; without
    /// the site's name, which pages append to both.
    func headline(articleHeading: String?) -> String {
        let t = HTMLText.collapse(title ?? articleHeading ?? pageTitle ?? "")
        guard let s = source else { return t }
        return HTMLMetadata.withoutSiteName(t, HTMLText.collapse(s))
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
    ]

    /// The article objects in a JSON-LD block: a single object, an array, or an `@graph`.
    static func articles(inLinkedData json: String) -> [[String: Any]] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return [] }
        var out: [[String: Any]] = []
        var queue: [Any] = [value]
        while let v = queue.popLast(), out.count < 8 {
            if let a = v as? [Any] {
                queue += a.reversed()
                continue
            }
            guard let o = v as? [String: Any] else { continue }
            if let graph = o["@graph"] { queue.append(graph) }
            let types = (o["@type"] as? String).map { [$0] } ?? (o["@type"] as? [String]) ?? []
            if types.contains(where: articleTypes.contains) { out.append(o) }
        }
        return out
    }

    static let siteSeparators = [" | ", " - ", " – ", " — ", " :: "]

    /// "The Example Times" in "Talks resume | The Example Times": the part after the last
    /// separator, when it is short enough to be a name rather than the rest of a headline.
    static func siteName(inTitle title: String) -> String? {
        for sep in siteSeparators {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let head = title[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let site = title[r.upperBound...].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, !site.isEmpty, site.split(separator: " ").count <= 4 { return site }
        }
        return nil
    }

    /// "Talks resume | The Example Times" -> "Talks resume" when the site is named apart.
    static func withoutSiteName(_ title: String, _ site: String) -> String {
        for sep in siteSeparators where title.hasSuffix(sep + site) {
            return String(title.dropLast(sep.count + site.count))
        }
        return title
    }
}
