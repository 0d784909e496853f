import CLibXML2
import Foundation

/// A document parsed by libxml2: web pages by its HTML parser, which recovers from broken
/// markup the way browsers do; feeds by its XML parser in recovery mode, which keeps what came
/// before an error and says where the error was. Nodes are read in place (names, text and
/// attributes straight from libxml2's tree), and the document is freed with this value.
final class MarkupTree {
    private let doc: xmlDocPtr

    private init(_ doc: xmlDocPtr) { self.doc = doc }

    deinit { xmlFreeDoc(doc) }

    var root: MarkupNode? { xmlDocGetRootElement(doc).map(MarkupNode.init) }

    /// Pages that are valid UTF-8 are read as UTF-8 even without a charset declaration (libxml2
    /// would otherwise assume Latin-1); others follow their `<meta charset>`, else Latin-1.
    /// A control character, raw or as a reference, shows as its placeholder (`HTMLControls`).
    static func html(_ page: Data) -> MarkupTree? {
        let data = HTMLControls.visible(page)
        let utf8 = String(validating: data, as: UTF8.self) != nil
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { buf in
            guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return nil }
            return htmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(buf.count), nil, utf8 ? "UTF-8" : nil, options)
        }
        return parsed.map(MarkupTree.init)
    }

    /// An XML document and, when it is not well-formed, the first error's line and message.
    /// Entities are not expanded beyond the predefined ones and nothing is fetched from the network;
    /// a document whose entity references stand for too much text is refused (`EntityExpansion`).
    static func xml(_ data: Data) throws(LoadProblem) -> (tree: MarkupTree?, error: (line: Int, message: String)?) {
        guard let ctxt = xmlNewParserCtxt() else { return (nil, (0, "out of memory")) }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { buf in
            guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return nil }
            return xmlCtxtReadMemory(
                ctxt, base.assumingMemoryBound(to: CChar.self), Int32(buf.count), nil, nil, options)
        }
        if let parsed, EntityExpansion.isExcessive(parsed, inputSize: data.count) {
            xmlFreeDoc(parsed)
            throw .excessiveEntityExpansion(maxFactor: EntityExpansion.maxFactor)
        }
        var error: (Int, String)?
        if ctxt.pointee.wellFormed == 0 || parsed == nil {
            let e = ctxt.pointee.lastError
            let message = e.message.map { String(cString: $0).trimmingSpaces() } ?? "not well-formed"
            error = (Int(e.line), message)
        }
        return (parsed.map(MarkupTree.init), error)
    }
}

/// One node of an `MarkupTree`; valid while the tree lives.
struct MarkupNode {
    let node: xmlNodePtr

    var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name, lowercased (libxml2's HTML parser already lowercases tags).
    var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// A text node's own text.
    var content: String { node.pointee.content.map { String(cString: $0) } ?? "" }

    /// The child nodes; for a reference to an entity, the entity's content. (The reference's own
    /// `children` is the entity's declaration, whose `next` is the next declaration: following it
    /// would walk every entity declared after this one, and through nested references, without end.)
    var children: [MarkupNode] {
        var out: [MarkupNode] = []
        var child = node.pointee.children
        if node.pointee.type == XML_ENTITY_REF_NODE {
            guard let entity = child, entity.pointee.type == XML_ENTITY_DECL else { return [] }
            child = entity.pointee.children
        }
        while let c = child {
            out.append(MarkupNode(node: c))
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
    func descendants(maxDepth: Int = MarkupNode.maxDepth) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var stack: [(MarkupNode, Int)] = children.reversed().map { ($0, 1) }
        while let (n, depth) = stack.popLast() {
            guard n.isElement else { continue }
            out.append(n)
            if depth < maxDepth { stack += n.children.reversed().map { ($0, depth + 1) } }
        }
        return out
    }

    /// Whether this node or one of its ancestors satisfies `test`.
    func isWithin(_ test: (MarkupNode) -> Bool) -> Bool {
        var n: xmlNodePtr? = node
        var depth = 0
        while let current = n, current.pointee.type == XML_ELEMENT_NODE, depth < MarkupNode.maxDepth {
            if test(MarkupNode(node: current)) { return true }
            n = current.pointee.parent
            depth += 1
        }
        return false
    }

    /// All the text below this node, whitespace collapsed.
    var text: String { HTMLText.collapse(rawText) }

    /// All the text below this node, exactly as written.
    var rawText: String {
        var out = ""
        var stack: [(MarkupNode, Int)] = [(self, 0)]
        while let (n, depth) = stack.popLast() {
            if n.isText {
                out += n.content
            } else if depth < MarkupNode.maxDepth {
                stack += n.children.reversed().map { ($0, depth + 1) }
            }
        }
        return out
    }

    /// The element children named `name`.
    func children(named name: String) -> [MarkupNode] { children.filter { $0.isElement && $0.name == name } }

    /// Deeper markup is not looked into: no article nests this deep, and the walk stays bounded.
    static let maxDepth = 512
}
