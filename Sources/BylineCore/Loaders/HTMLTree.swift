import CLibXML2
import Foundation

/// A web page parsed by libxml2's HTML parser, which recovers from broken markup the way
/// browsers do. Nodes are read in place (names, text and attributes straight from libxml2's
/// tree), and the document is freed with this value.
final class HTMLTree {
    private let doc: htmlDocPtr

    /// Pages that are valid UTF-8 are read as UTF-8 even without a charset declaration (libxml2
    /// would otherwise assume Latin-1); others follow their `<meta charset>`, else Latin-1.
    init?(_ data: Data) {
        let utf8 = String(validating: data, as: UTF8.self) != nil
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { buf in
            guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buf.count), nil, utf8 ? "UTF-8" : nil, options)
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: HTMLNode? { xmlDocGetRootElement(doc).map(HTMLNode.init) }
}

/// One node of an `HTMLTree`; valid while the tree lives.
struct HTMLNode {
    let node: xmlNodePtr

    var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name, lowercased (libxml2's HTML parser already lowercases tags).
    var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// A text node's own text.
    var content: String { node.pointee.content.map { String(cString: $0) } ?? "" }

    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var child = node.pointee.children
        while let c = child {
            out.append(HTMLNode(node: c))
            child = c.pointee.next
        }
        return out
    }

    /// An attribute's value, read from the attribute's own text children.
    func attribute(_ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let t = c.pointee.content { value += String(cString: t) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Every element below this one (not itself), in document order, down to `maxDepth` levels.
    func descendants(maxDepth: Int = HTMLNode.maxDepth) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var stack: [(HTMLNode, Int)] = children.reversed().map { ($0, 1) }
        while let (n, depth) = stack.popLast() {
            guard n.isElement else { continue }
            out.append(n)
            if depth < maxDepth { stack += n.children.reversed().map { ($0, depth + 1) } }
        }
        return out
    }

    /// Whether this node or one of its ancestors satisfies `test`.
    func isWithin(_ test: (HTMLNode) -> Bool) -> Bool {
        var n: xmlNodePtr? = node
        var depth = 0
        while let current = n, current.pointee.type == XML_ELEMENT_NODE, depth < HTMLNode.maxDepth {
            if test(HTMLNode(node: current)) { return true }
            n = current.pointee.parent
            depth += 1
        }
        return false
    }

    /// All the text below this node, whitespace collapsed.
    var text: String {
        var out = ""
        var stack: [(HTMLNode, Int)] = [(self, 0)]
        while let (n, depth) = stack.popLast() {
            if n.isText { out += n.content; out += " " } else if depth < HTMLNode.maxDepth {
                stack += n.children.reversed().map { ($0, depth + 1) }
            }
        }
        return HTMLText.collapse(out)
    }

    /// Deeper markup is not looked into: no article nests this deep, and the walk stays bounded.
    static let maxDepth = 512
}
