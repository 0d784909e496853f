import ArgumentParser
import Foundation

/// Which directory a command reads when none is given: `$BYLINE_DATA`, else `./sample-data`.
enum DataDirectoryChoice {
    static func resolve(_ given: String?) throws -> String {
        if let given { return given }
        if let env = ProcessInfo.processInfo.environment["BYLINE_DATA"], !env.isEmpty { return env }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "sample-data", isDirectory: &isDir), isDir.boolValue {
            return "sample-data"
        }
        throw Failure.usage("no data directory: pass one (byline DIR), or set BYLINE_DATA")
    }
}

/// Failures that end a command with one `byline: ` line and the contract's exit status.
enum Failure: Error {
    /// Exit 2.
    case usage(String)
    /// Exit 1.
    case runtime(String)

    func exit() -> Never {
        switch self {
        case .usage(let m):
            Diagnostics.error(m)
            Foundation.exit(2)
        case .runtime(let m):
            Diagnostics.error(m)
            Foundation.exit(1)
        }
    }
}
