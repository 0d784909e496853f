import BylineNLP

/// The words shown after a date with `d` ("Thursday → 13 January 2022"), left out where the
/// date as written already says all of them ("Jan 11, 2022", "in the past", "2019"): an
/// arrow that repeats the text is noise to a reader scanning for what was worked out.
enum DateAside {
    /// The words for `value` to show after the date written `text`, or nil when `text` says them.
    static func words(for value: String?, writtenAs text: String) -> String? {
        let words = DateWords.words(for: value)
        let written = pieces(text)
        let said = pieces(words).allSatisfy { w in
            w == "the" || written.contains { $0 == w || $0.count >= 3 && w.count > $0.count && w.hasPrefix($0) }
        }
        return said ? nil : words
    }

    /// Lowercase runs of letters and digits: "Jan 11, 2022" is jan, 11, 2022.
    private static func pieces(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
