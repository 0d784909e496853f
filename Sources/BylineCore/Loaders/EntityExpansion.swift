import CLibXML2

/// How much text a document's entity references stand for, measured on libxml2's tree without
/// expanding anything.
///
/// libxml2 keeps a reference to an internal entity as one node pointing at the entity's parsed
/// content, so a 250 KB feed can reference a 100 KB entity 50,000 times and stand for 5 GB of
/// text: reading that text (or an attribute holding such references) would take minutes and
/// gigabytes. Like libxml2's own amplification limit, a document may expand freely up to
/// `allowedExpansion` bytes and beyond that to at most `maxFactor` times its own size; past
/// that it is refused before any of its text is read.
enum EntityExpansion {
    static let allowedExpansion = 1_000_000
    static let maxFactor = 5

    /// Whether the references in `doc`, parsed from `inputSize` bytes, expand past the limit.
    static func isExcessive(_ doc: xmlDocPtr, inputSize: Int) -> Bool {
        let limit = max(allowedExpansion, inputSize.multipliedReportingOverflow(by: maxFactor).partialValue)
        var meter = Meter(limit: limit)
        meter.add(subtreeOf: doc.pointee.children)
        return meter.total > limit
    }

    /// Adds up expanded sizes, each entity measured once, and stops as soon as `limit` is passed.
    private struct Meter {
        let limit: Int
        var total = 0
        /// Each entity's expanded size; -1 while it is being measured (a loop counts as nothing:
        /// libxml2 already reports it as an error).
        var sizes: [UnsafeMutableRawPointer: Int] = [:]

        init(limit: Int) { self.limit = limit }

        /// Adds every entity reference in the sibling list starting at `first` and below it,
        /// attributes included.
        mutating func add(subtreeOf first: xmlNodePtr?) {
            var stack: [xmlNodePtr] = []
            var next = first
            while total <= limit {
                guard let node = next ?? stack.popLast() else { return }
                next = node.pointee.next
                if node.pointee.type == XML_ENTITY_REF_NODE {
                    total += size(of: node)
                    continue
                }
                if node.pointee.type == XML_ELEMENT_NODE {
                    var attr = node.pointee.properties
                    while let a = attr {
                        if let c = a.pointee.children { stack.append(c) }
                        attr = a.pointee.next
                    }
                }
                if let child = node.pointee.children, node.pointee.type != XML_ENTITY_DECL {
                    if let n = next { stack.append(n) }
                    next = child
                }
            }
        }

        /// The text a reference node stands for: its entity's content, with nested references
        /// counted at their own expanded size.
        mutating func size(of ref: xmlNodePtr) -> Int {
            guard let entityNode = ref.pointee.children, entityNode.pointee.type == XML_ENTITY_DECL else { return 0 }
            let key = UnsafeMutableRawPointer(entityNode)
            if let known = sizes[key] { return max(known, 0) }
            sizes[key] = -1
            let entity = UnsafeMutableRawPointer(entityNode).assumingMemoryBound(to: xmlEntity.self)
            var bytes = Int(entity.pointee.length)
            var child = entity.pointee.children
            while let c = child, bytes <= limit {
                if c.pointee.type == XML_ENTITY_REF_NODE {
                    bytes += size(of: c)
                } else if c.pointee.children != nil {
                    var inner = Meter(limit: limit - bytes)
                    inner.sizes = sizes
                    inner.add(subtreeOf: c.pointee.children)
                    sizes = inner.sizes
                    bytes += inner.total
                }
                child = c.pointee.next
            }
            sizes[key] = bytes
            return bytes
        }
    }
}
