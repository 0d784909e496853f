/// The attribution rule that decided a quote's speaker. The raw value is the name written in the
/// `sieve` field of `annotate` output and in the per-sieve table of `byline eval quotes`.
public enum SieveName: String, Sendable, Hashable, Codable, CaseIterable {
    case split
    case trailingCue = "trailing-cue"
    case creditLine = "credit-line"
    case leadingCue = "leading-cue"
    case dashAside = "dash-aside"
    case sentenceCue = "sentence-cue"
    case continuation
    case precedingSentence = "preceding-sentence"
    /// Reported speech without quotation marks.
    case indirect
}
