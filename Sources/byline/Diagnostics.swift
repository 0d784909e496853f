import BylineCore
import Foundation

/// Standard-error lines in the contract's shape: `byline: MESSAGE`.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("byline: \(message)\n".utf8))
    }

    /// One `byline: skipped PATH: REASON` line per file that could not be loaded.
    static func report(_ issues: [LoadIssue]) {
        for i in issues { error("skipped \(i.path): \(i.reason)") }
    }
}
