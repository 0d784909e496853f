/// The attribution rule that decided a quote's speaker. The raw value is the name written in the
/// `sieve` field of `annotate` output and in the per-sieve table of `byline eval quotes`.
public enum SieveName: Sendable, Hashable, Codable, CaseIterable, RawRepresentable {
    case split
    case trailingCue
    case creditLine
    case leadingCue
    case dashAside
    case sentenceCue
    case continuation
    case precedingSentence
    /// Reported speech without quotation marks.
    case indirect
    /// A name this version has no sieve for, read from annotated JSONL another version wrote: kept
    /// as written, so the file is read and written again unchanged.
    case other(String)

    /// The sieves of this version, in the order the attributor tries them.
    public static let allCases: [SieveName] = [
        .split, .trailingCue, .creditLine, .leadingCue, .dashAside, .sentenceCue, .continuation,
        .precedingSentence, .indirect,
    ]

    /// The sieve of this version with that name, or `.other` holding it.
    public init(rawValue: String) {
        self = Self.allCases.first { $0.rawValue == rawValue } ?? .other(rawValue)
    }

    public var rawValue: String {
        switch self {
        case .split: return "split"
        case .trailingCue: return "trailing-cue"
        case .creditLine: return "credit-line"
        case .leadingCue: return "leading-cue"
        case .dashAside: return "dash-aside"
        case .sentenceCue: return "sentence-cue"
        case .continuation: return "continuation"
        case .precedingSentence: return "preceding-sentence"
        case .indirect: return "indirect"
        case .other(let name): return name
        }
    }
}
