import Foundation

/// Photo captions: a paragraph ending in a short credit such as "PHOTO: AFP/KCNA".
enum Captions {
    /// Credit words, matched case-sensitively so that a sentence about "photos" is no caption.
    static let markers = ["PHOTO:", "PHOTOS:", "Photo:", "Photos:", "PHOTO CREDIT:", "Photo credit:", "Photograph:", "Image:", "Picture:"]
    /// The credit after the marker is short: an agency, a name.
    static let maxCredit = 60

    static func isCaption(_ p: ArraySlice<Unicode.Scalar>) -> Bool {
        let tail = String(String.UnicodeScalarView(p.suffix(maxCredit + 16)))
        for m in markers {
            guard let r = tail.range(of: m, options: .backwards) else { continue }
            let credit = tail[r.upperBound...]
            if !credit.isEmpty, credit.count <= maxCredit, !credit.contains(". ") { return true }
        }
        return false
    }
}
