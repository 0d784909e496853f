import BylineCore
import Foundation

/// The sanitiser on any text: nothing that drives a terminal survives, and the offset map is
/// monotone, in bounds, and leads back to the scalar each original offset names when it is shown.
enum SafeTextInvariants {
    static func check(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        for lineBreaks in [SafeText.LineBreaks.keep, .space] {
            let safe = SafeText(text, lineBreaks: lineBreaks, tabWidth: 4)
            let shown = Array(safe.text.unicodeScalars)
            require(shown.count == safe.displayCount, "displayCount \(safe.displayCount) but \(shown.count) scalars")
            for u in shown where SafeText.needsReplacement(u) {
                require(u == "\n" && lineBreaks == .keep, "U+\(String(u.value, radix: 16)) reached the display")
            }
            var last = 0
            for k in 0...scalars.count {
                let d = safe.displayOffset(k)
                require(d >= last && d <= shown.count, "displayOffset(\(k)) = \(d) after \(last)")
                last = d
                // A scalar dropped from the display (a CR before LF, a mark past the cap, a joiner
                // between emoji) has no display offset of its own to lead back to it.
                if k < scalars.count, safe.displayOffset(k + 1) > d {
                    require(
                        safe.originalOffset(d) == k, "originalOffset(displayOffset(\(k))) = \(safe.originalOffset(d))")
                }
            }
            require(
                SafeText.sanitize(text, lineBreaks: lineBreaks, tabWidth: 4) == safe.text,
                "sanitize differs from SafeText")
        }
    }
}
