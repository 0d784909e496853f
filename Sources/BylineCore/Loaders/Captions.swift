import BylineNLP

/// Photo captions: a paragraph ending in a short credit such as "PHOTO: AFP/KCNA".
enum Captions {
    /// Credit words, matched case-sensitively so that a sentence about "photos" is no caption.
    static let markers = [
        "PHOTO:", "PHOTOS:", "Photo:", "Photos:", "PHOTO CREDIT:", "Photo credit:", "Photograph:", "Image:", "Picture:",
    ]
    .map { Array($0.unicodeScalars) }
    /// The credit after the marker is short: an agency, a name.
    static let maxCredit = 60

    /// Whether the paragraph ends in a marker and a short credit without a sentence break. Works
    /// on scalars: every loader asks this of the first paragraphs of every article.
    static func isCaption(_ p: ArraySlice<Unicode.Scalar>) -> Bool {
        let tail = p.suffix(maxCredit + 16)
        for m in markers {
            guard let at = lastOccurrence(of: m, in: tail) else { continue }
            let credit = tail[(at + m.count)...]
            if !credit.isEmpty, Self.characterCount(credit) <= maxCredit, !containsSentenceBreak(credit) { return true }
        }
        return false
    }

    static func lastOccurrence(of m: [Unicode.Scalar], in s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard s.count >= m.count else { return nil }
        var i = s.endIndex - m.count
        while i >= s.startIndex {
            if s[i] == m[0], s[i..<(i + m.count)].elementsEqual(m) { return i }
            i -= 1
        }
        return nil
    }

    /// Characters as a reader counts them (combining marks join their base).
    static func characterCount(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        String(scalars: s).count
    }

    static func containsSentenceBreak(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        zip(s, s.dropFirst()).contains { $0 == "." && $1 == " " }
    }
}
