import BylineCore
import BylineTerminal
import Foundation

/// Where a crash leaves its report. On a terminal, the Swift runtime's backtracer would offer an
/// interactive session and wait up to 30 seconds for a key before the process ends; instead the
/// terminal is restored, the report goes to a file under the state folder
/// (`crash-TIMESTAMP-PID.txt`), one line says where, and the process ends at once.
///
/// The runtime reads `SWIFT_BACKTRACE` only as the process starts, so when both ends are a
/// terminal and the user has not set it, Byline starts itself again (same process, `execv`) with
/// the backtracer made non-interactive, and the report's path in `BYLINE_CRASH_REPORT`. A
/// `SWIFT_BACKTRACE` the user set is left as it is.
enum CrashReport {
    static let variable = "BYLINE_CRASH_REPORT"

    static func prepare() {
        let env = ProcessInfo.processInfo.environment
        if let path = env[variable], path.hasPrefix("/") {
            // Programs the reader starts (the browser) do not inherit it.
            unsetenv(variable)
            Terminal.setCrashReport(path: path)
            return
        }
        guard (env["SWIFT_BACKTRACE"] ?? "").isEmpty, isatty(0) != 0, isatty(1) != 0 else { return }
        let dir = StateDirectory.url()
        guard
            (try? FileManager.default.createDirectory(
                at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        let file = dir.appendingPathComponent("crash-\(Int(Date().timeIntervalSince1970))-\(getpid()).txt").path
        setenv("SWIFT_BACKTRACE", "interactive=no,color=no", 1)
        setenv(variable, file, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Could not start again: carry on with the runtime's defaults.
        unsetenv("SWIFT_BACKTRACE")
        unsetenv(variable)
    }
}
