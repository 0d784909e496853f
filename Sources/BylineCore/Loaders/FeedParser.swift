import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom documents into items, by element local names so that
/// namespace prefixes (`content:encoded`, `dc:creator`, `atom:link`) need no special casing.
final class FeedParser: NSObject, XMLParserDelegate {
    struct Item {
        var title = ""
        var link: String?
        var date: String?
        var author: String?
        var categories: [String] = []
        /// The richest body the item has: full content, else the summary or description.
        var content: String?
        var summary: String?
        /// Whether `content`/`summary` is HTML (RSS, Atom `type="html"`/`"xhtml"`) or plain text.
        var contentIsHTML = true
        var summaryIsHTML = true
    }

    private(set) var root: String?
    private(set) var feedTitle: String?
    private(set) var items: [Item] = []
    private(set) var failure: (line: Int, message: String)?

    private var path: [String] = []
    private var item: Item?
    private var text = ""
    /// Inside Atom `type="xhtml"` content, or any body: nested elements are kept as markup.
    private var markupDepth = 0
    private var markupType = "html"

    static let itemNames: Set<String> = ["item", "entry"]
    static let bodyNames: Set<String> = ["encoded", "content", "description", "summary"]

    static func parse(_ data: Data) -> FeedParser {
        let delegate = FeedParser()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
            delegate.failure = (parser.lineNumber, message)
        } else if let open = delegate.path.first {
            // The parser accepts a document that simply stops; an element left open means a cut-off file.
            delegate.failure = (parser.lineNumber, "the file ends before <\(open)> is closed")
        }
        return delegate
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = name }
        if markupDepth > 0 {
            text += "<\(name)>"
            markupDepth += 1
            return
        }
        if Self.itemNames.contains(name) { item = Item() }
        if item != nil {
            switch name {
            case "link":
                let rel = attributes["rel"] ?? "alternate"
                if let href = attributes["href"], rel == "alternate", item?.link == nil { item?.link = href }
            case "category":
                if let term = attributes["term"] { item?.categories.append(term) }
            case _ where Self.bodyNames.contains(name):
                markupType = attributes["type"]?.lowercased() ?? "html"
                markupDepth = 1
            default: break
            }
        }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += markupDepth > 1 ? Self.escaped(string) : string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if markupDepth > 1 {
            text += "</\(name)>"
            markupDepth -= 1
            return
        }
        markupDepth = 0
        let value = text.trimmingSpaces()
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        path.removeLast()
        text = ""
        guard var current = item else {
            if name == "title", ["channel", "feed"].contains(parent), feedTitle == nil { feedTitle = value }
            return
        }
        switch name {
        case "title" where Self.itemNames.contains(parent): current.title = value
        case "link" where current.link == nil && !value.isEmpty: current.link = value
        case "guid" where current.link == nil && value.hasPrefix("http"): current.link = value
        case "pubDate", "published", "date", "issued": if current.date == nil || name == "published" { current.date = value }
        case "updated", "modified": if current.date == nil { current.date = value }
        case "creator", "author": if !value.isEmpty && current.author == nil { current.author = Self.authorName(value) }
        case "name" where parent == "author" && current.author == nil: current.author = value
        case "category" where !value.isEmpty: current.categories.append(value)
        case "encoded", "content":
            current.content = value
            current.contentIsHTML = markupType != "text"
        case "description", "summary":
            current.summary = value
            current.summaryIsHTML = markupType != "text"
        case _ where Self.itemNames.contains(name):
            items.append(current)
            item = nil
            return
        default: break
        }
        item = current
    }

    /// RSS writes authors as "jean@example.org (Jean Lee)": the name is what a reader wants.
    static func authorName(_ s: String) -> String {
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close, s[..<open].contains("@") {
            return String(s[s.index(after: open)..<close]).trimmingSpaces()
        }
        return s
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
