import BylineCore

extension SafeText {
    /// Untrusted text for a one-line view (titles, sources, names, chips): controls and bidi
    /// overrides made visible, line breaks and tabs turned into spaces.
    static func line(_ s: String) -> String { sanitize(s, lineBreaks: .space, tabWidth: 1) }
}
