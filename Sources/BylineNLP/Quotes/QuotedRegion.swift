/// A stretch of text between quotation marks, as token indices of a `Document`.
struct QuotedRegion: Sendable, Hashable {
    /// The opening mark's token.
    var open: Int
    /// The closing mark's token; for a quote that never closes, the last token it covers.
    var close: Int
    /// Whether a closing mark was found.
    var closed: Bool
    /// Single marks (‘…’) rather than double ones.
    var single: Bool
    /// Runs over more than one paragraph ("... no closing mark\n\n“The next paragraph ...”).
    var multiParagraph: Bool
    /// For a quote split by its attribution (`"We are ready," he said, "to talk."`): the tokens
    /// between the two parts, where the cue and speaker are.
    var interruption: Range<Int>?
    /// Tokens in the opening and closing marks: 2 for a doubled apostrophe ('' … '').
    var openMarks = 1
    var closeMarks = 1

    /// The tokens inside the marks (for an unclosed quote, up to its end).
    var inner: Range<Int> { (open + openMarks)..<(closed ? close + 1 - closeMarks : close + 1) }
}
