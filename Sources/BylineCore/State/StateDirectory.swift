import Foundation

/// Where Byline keeps what it remembers between runs: `${XDG_STATE_HOME:-~/.local/state}/byline`.
/// Never inside the data directory, which Byline only reads.
public enum StateDirectory {
    /// The directory for `environment` (the process's own by default). A relative
    /// `XDG_STATE_HOME` is ignored, as the XDG specification asks.
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("byline")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/byline")
    }

    /// Creates the directory (private to the user) when it does not exist yet.
    static func create(_ url: URL) throws {
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
