import BylineCore
import Foundation

/// Standard-error lines in the contract's shape: `byline: MESSAGE`. Messages quote file names
/// and text from untrusted files, so they pass through `SafeText` and stay on one line.
enum Diagnostics {
    static func error(_ message: String) {
        let safe = SafeText.sanitize(message, lineBreaks: .space)
        FileHandle.standardError.write(Data("byline: \(safe)\n".utf8))
    }

    /// One `byline: skipped PATH: REASON` line per file that could not be loaded, and
    /// `byline: PATH: REASON` for an article loaded but analysed only in part.
    static func report(_ issues: [LoadIssue]) {
        for i in issues { error((i.isSkip ? "skipped " : "") + "\(i.path): \(i.reason)") }
    }
}
