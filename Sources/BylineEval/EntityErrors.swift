import BylineNLP

/// The names a recognizer gets wrong on a scored set, each sorted into what went wrong, so the
/// causes can be counted: a gold name not found at all, found with another type, found with
/// other edges, or a name found where the gold set has none.
public struct EntityError: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// No found name overlaps the gold name.
        case missed
        /// A found name has the gold name's exact span but another type.
        case wrongType = "wrong type"
        /// Found names overlap the gold name, none with its exact span.
        case boundary
        /// A found name overlaps no gold name.
        case spurious
    }

    public var kind: Kind
    /// The gold name (nil for `spurious`).
    public var gold: EntityScore.Item?
    /// The found name: the one with the gold span (`wrongType`), the first overlapping one
    /// (`boundary`), or the spurious one; nil for `missed`.
    public var found: EntityScore.Item?
    /// The type the errors are counted under: the gold name's, else the found one's.
    public var type: EntityType { gold?.type ?? found!.type }

    /// The errors of one document; exact matches are not errors.
    public static func errors(gold: [EntityScore.Item], found: [EntityScore.Item]) -> [EntityError] {
        let scored = Set(EntityScore.types)
        let gold = gold.filter { scored.contains($0.type) }
        let found = found.filter { scored.contains($0.type) }
        let goldSet = Set(gold)
        let foundSet = Set(found)
        var out: [EntityError] = []
        for g in gold where !foundSet.contains(g) {
            let overlapping = found.filter { $0.start < g.end && g.start < $0.end }
            if let same = overlapping.first(where: { $0.start == g.start && $0.end == g.end }) {
                out.append(EntityError(kind: .wrongType, gold: g, found: same))
            } else if let first = overlapping.first {
                out.append(EntityError(kind: .boundary, gold: g, found: first))
            } else {
                out.append(EntityError(kind: .missed, gold: g, found: nil))
            }
        }
        for f in found where !goldSet.contains(f) && !gold.contains(where: { $0.start < f.end && f.start < $0.end }) {
            out.append(EntityError(kind: .spurious, gold: nil, found: f))
        }
        return out.sorted { ($0.gold ?? $0.found!).start < ($1.gold ?? $1.found!).start }
    }

    /// One line for a listing: kind, types, the names as written and the text around them.
    public func line(in text: [Unicode.Scalar], document: String) -> String {
        func slice(_ item: EntityScore.Item) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text[max(0, item.start)..<min(text.count, item.end)])
            return String(s)
        }
        let anchor = gold ?? found!
        let from = max(0, anchor.start - 50)
        let to = min(text.count, anchor.end + 50)
        var context = String.UnicodeScalarView()
        context.append(contentsOf: text[from..<to].map { $0 == "\n" ? " " : $0 })
        let what: String
        switch kind {
        case .missed: what = "\(gold!.type.rawValue) \"\(slice(gold!))\""
        case .wrongType: what = "\(gold!.type.rawValue) \"\(slice(gold!))\" as \(found!.type.rawValue)"
        case .boundary:
            what = "\(gold!.type.rawValue) \"\(slice(gold!))\" as \(found!.type.rawValue) \"\(slice(found!))\""
        case .spurious: what = "\(found!.type.rawValue) \"\(slice(found!))\""
        }
        return "\(kind.rawValue): \(what)  [\(document)] …\(String(context))…"
    }
}
