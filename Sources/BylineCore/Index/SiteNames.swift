import BylineNLP

/// The names a collection's articles are published under: each article's source ("Wikinews",
/// "The Straits Times") and the name in its URL's host ("en.wikinews.org" -> "wikinews").
///
/// A site's own name runs through its articles ("Wikinews attended", "told Wikinews") without
/// being what any of them is about, so a name that is the site of several articles is left out
/// of the entity listing and the picker. One article from a site is not enough: a collection may
/// hold a single piece from an agency it also reports on.
struct SiteNames: Sendable {
    /// Folded site name -> the number of articles published under it.
    private var counts: [String: Int] = [:]

    /// A name counts as the collection's site from this many articles on.
    static let minimumArticles = 2

    /// Counts one article's source and URL.
    mutating func add(source: String?, url: String?) {
        var names: Set<String> = []
        if let source, let name = Self.folded(source) { names.insert(name) }
        if let url, let name = Self.hostName(url) { names.insert(name) }
        for n in names { counts[n, default: 0] += 1 }
    }

    /// The folded names of the sites of at least `minimumArticles` articles.
    var sites: Set<String> { Set(counts.filter { $0.value >= Self.minimumArticles }.keys) }

    /// `name` lowercased without diacritics, a leading "the" and spaces; nil when nothing is left.
    static func folded(_ name: String) -> String? {
        var words = EntityNames.clean(name, type: .organization).split(separator: " ")
        if words.first?.lowercased() == "the" { words.removeFirst() }
        let out = EntityNames.key(words.joined(separator: " "), type: .organization).filter { $0 != " " }
        return out.isEmpty ? nil : out
    }

    /// The distinctive label of a URL's host: not a country or generic ending, not "www" or a
    /// language ("en.wikinews.org" -> "wikinews", "news.bbc.co.uk" -> "bbc").
    static func hostName(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return nil }
        labels.removeLast()
        while let last = labels.last, labels.count > 1, genericLabels.contains(last) { labels.removeLast() }
        guard let name = labels.last, !genericLabels.contains(name), name.count > 1 else { return nil }
        return name
    }

    /// Second-level endings ("co.uk") and prefixes that name no site.
    static let genericLabels: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu", "www", "m", "en", "news"]
}
