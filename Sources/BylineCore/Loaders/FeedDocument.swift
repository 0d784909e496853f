import CLibXML2
import Foundation

/// An RSS 2.0, RSS 1.0 (RDF) or Atom document read from libxml2's tree, by element local names
/// so that namespace prefixes (`content:encoded`, `dc:creator`) need no special casing.
///
/// A document that is not well-formed is still read as far as libxml2 recovers it; the item in
/// which the error sits is dropped (its text may be cut short) and the error is kept to report.
struct FeedDocument {
    struct Item {
        var title = ""
        var link: String?
        var date: String?
        var author: String?
        var categories: [String] = []
        var paragraphs: [String] = []
    }

    var root: String?
    var title: String?
    var items: [Item] = []
    var error: (line: Int, message: String)?
    /// Whether the error fell inside an item, which was then left out.
    var droppedItem = false

    init(_ data: Data) throws(LoadProblem) {
        let (tree, error) = try MarkupTree.xml(data)
        self.error = error
        guard let tree, let root = tree.root else { return }
        withExtendedLifetime(tree) { read(root) }
    }

    private mutating func read(_ root: MarkupNode) {
        self.root = root.name
        let channel = root.children(named: "channel").first ?? root
        title = channel.children(named: "title").first?.text
        let nodes = root.descendants().filter { $0.name == "item" || $0.name == "entry" }
        for (k, node) in nodes.enumerated() {
            if let error, containsError(node, next: k + 1 < nodes.count ? nodes[k + 1] : nil, line: error.line) {
                droppedItem = true
                continue
            }
            items.append(Self.item(node))
        }
    }

    /// Whether the error line falls between this item's start and the next item's.
    private func containsError(_ node: MarkupNode, next: MarkupNode?, line: Int) -> Bool {
        let start = xmlGetLineNo(node.node)
        guard start <= line else { return false }
        return next.map { xmlGetLineNo($0.node) > line } ?? true
    }

    static let bodyOrder = ["encoded", "content", "description", "summary"]

    static func item(_ node: MarkupNode) -> Item {
        var item = Item()
        var bodies: [String: MarkupNode] = [:]
        for c in node.children where c.isElement {
            let value = c.text
            switch c.name {
            case "title":
                item.title =
                    c.attribute("type") == "html"
                    ? HTMLText.paragraphs(fromFragment: c.rawText).joined(separator: " ") : value
            case "link":
                let rel = c.attribute("rel") ?? "alternate"
                if item.link == nil, rel == "alternate" {
                    item.link = c.attribute("href") ?? (value.isEmpty ? nil : value)
                }
            case "guid", "id": if item.link == nil, value.hasPrefix("http") { item.link = value }
            case "published", "pubDate", "date", "issued":
                if item.date == nil || c.name == "published" { item.date = value }
            case "updated", "modified": if item.date == nil { item.date = value }
            case "author", "creator":
                let name = c.children(named: "name").first?.text ?? authorName(value)
                if item.author == nil, !name.isEmpty { item.author = name }
            case "category":
                if let term = c.attribute("term") ?? (value.isEmpty ? nil : value) { item.categories.append(term) }
            case _ where bodyOrder.contains(c.name): if bodies[c.name] == nil { bodies[c.name] = c }
            default: break
            }
        }
        for name in bodyOrder {
            guard let body = bodies[name] else { continue }
            let p = paragraphs(body)
            if !p.isEmpty {
                item.paragraphs = p
                break
            }
        }
        return item
    }

    /// Atom says how its content is written (`type` text, html or xhtml); RSS bodies are HTML.
    static func paragraphs(_ body: MarkupNode) -> [String] {
        switch body.attribute("type")?.lowercased() {
        case "xhtml": return HTMLText.paragraphs(in: body)
        case "text", "text/plain": return Paragraphs.split(body.rawText)
        default: return HTMLText.paragraphs(fromFragment: body.rawText)
        }
    }

    /// RSS writes authors as "jean@example.org (Jean Lee)": the name is what a reader wants.
    static func authorName(_ s: String) -> String {
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close, s[..<open].contains("@") {
            return String(s[s.index(after: open)..<close]).trimmingSpaces()
        }
        return s
    }
}
