/// The tagger's label set: BIO tags over the three types Byline reports plus `misc`.
///
/// `misc` (nationalities, events, works) is not reported, but the tagger is trained with it so
/// that "German" or "World Cup" are not squeezed into one of the reported types.
public enum EntityTag: Int, Sendable, CaseIterable {
    case outside = 0
    case beginPerson, insidePerson
    case beginOrganization, insideOrganization
    case beginPlace, insidePlace
    case beginMisc, insideMisc

    public static let count = 9

    /// The category (0 person, 1 organization, 2 place, 3 misc), or nil for `outside`.
    @inlinable public var category: Int? { rawValue == 0 ? nil : (rawValue - 1) / 2 }

    @inlinable public var isBegin: Bool { rawValue != 0 && rawValue % 2 == 1 }

    @inlinable public var isInside: Bool { rawValue != 0 && rawValue % 2 == 0 }

    public static func begin(_ category: Int) -> EntityTag { EntityTag(rawValue: 1 + 2 * category)! }

    public static func inside(_ category: Int) -> EntityTag { EntityTag(rawValue: 2 + 2 * category)! }

    /// The reported type of a category; nil for misc.
    public static func type(ofCategory c: Int) -> EntityType? {
        switch c {
        case 0: return .person
        case 1: return .organization
        case 2: return .place
        default: return nil
        }
    }

    /// The category of a CoNLL label ("PER", "ORG", "LOC", "MISC"), or nil.
    public static func category(ofLabel label: some StringProtocol) -> Int? {
        switch label {
        case "PER": return 0
        case "ORG": return 1
        case "LOC": return 2
        case "MISC": return 3
        default: return nil
        }
    }

    /// Whether this tag may follow `previous` on a token: an inside tag only continues its own
    /// category, a token with no uppercase letter (`plain`) never begins a name, and a title
    /// ("Mr", "Secretary") is never part of a person's or a place's name.
    @inlinable public func mayFollow(_ previous: EntityTag, plain: Bool, title: Bool) -> Bool {
        if title && (category == 0 || category == 2) { return false }
        if isBegin { return !plain }
        guard isInside else { return true }
        return previous != .outside && previous.category == category
    }
}
