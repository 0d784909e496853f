import BylineNLP

/// One condition on the list; several combine with AND. Shown as chips in the status bar, in
/// the same `field:value` syntax as `byline list --query`.
public enum Filter: Sendable, Hashable {
    /// Articles that mention this entity (canonical name, case-insensitive).
    case entity(EntityType, String)
    /// Articles that quote this speaker.
    case speaker(String)
    /// Articles whose title or body contains this text (case-insensitive).
    case text(String)

    /// The chip: `org:KCNA`, `speaker:"Jean Lee"`, `text:missile`.
    public var chip: String {
        switch self {
        case .entity(let type, let name): return "\(Filter.field(type)):\(Filter.quoted(name))"
        case .speaker(let name): return "speaker:\(Filter.quoted(name))"
        case .text(let t): return "text:\(Filter.quoted(t))"
        }
    }

    /// The query field for an entity type, as `--query` spells it.
    static func field(_ type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .organization: return "org"
        case .place: return "place"
        case .date: return "date"
        }
    }

    static func quoted(_ s: String) -> String { s.contains(" ") ? "\"\(s)\"" : s }
}
