import Foundation

/// Paragraphs out of HTML: block elements become paragraphs, inline markup is dropped,
/// whitespace collapses, and what is never article text (scripts, styles, navigation, forms,
/// and elements whose class or id names them as boilerplate) is left out.
enum HTMLText {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "form", "button",
        "select", "input", "textarea", "nav", "aside", "footer", "head", "title", "meta", "link",
    ]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address",
        "body",
    ]
    /// Class and id words that mark page furniture rather than the story.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "menu", "footer", "sidebar", "comment", "comments", "share", "sharing", "social", "advert",
        "advertisement", "ad", "ads", "promo", "related", "newsletter", "cookie", "cookies", "subscribe", "breadcrumb",
        "breadcrumbs", "popup", "modal", "banner", "outbrain", "taboola", "sponsored", "recommended", "paywall",
    ]

    /// The paragraphs below `node`.
    static func paragraphs(in node: MarkupNode) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            let p = collapse(current)
            if !p.isEmpty { out.append(p) }
            current = ""
        }
        func walk(_ n: MarkupNode, depth: Int) {
            if n.isText {
                current += n.content
                return
            }
            guard n.isElement, depth < MarkupNode.maxDepth else { return }
            let name = n.name
            if skipped.contains(name) || isBoilerplate(n) { return }
            if name == "br" {
                flush()
                return
            }
            let block = blocks.contains(name)
            if block { flush() }
            for c in n.children { walk(c, depth: depth + 1) }
            if block { flush() } else if name == "img" { current += " " }
        }
        walk(node, depth: 0)
        flush()
        return out
    }

    /// The paragraphs of an HTML fragment, such as a feed item's content.
    static func paragraphs(fromFragment html: String) -> [String] {
        guard let tree = MarkupTree.html(Data(html.utf8)), let root = tree.root else { return [] }
        return withExtendedLifetime(tree) { paragraphs(in: root) }
    }

    static func isBoilerplate(_ n: MarkupNode) -> Bool {
        if n.attribute("aria-hidden") == "true" || n.attribute("hidden") != nil { return true }
        if let role = n.attribute("role"), ["navigation", "banner", "contentinfo", "complementary"].contains(role) {
            return true
        }
        for attr in ["class", "id"] {
            guard let value = n.attribute(attr) else { continue }
            for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
                if boilerplateWords.contains(String(word)) { return true }
            }
        }
        return false
    }

    /// Runs of white space (including no-break spaces) become one space; ends are trimmed.
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u == " " || u == "\n" || u == "\t" || u == "\r" || u == "\u{A0}" || u == "\u{C}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(u)
            }
        }
        return String(out)
    }
}
