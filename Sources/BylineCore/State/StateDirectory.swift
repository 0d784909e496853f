import Foundation

/// Where Byline keeps what it remembers between runs: `${XDG_STATE_HOME:-~/.local/state}/byline`.
/// Never inside the data directory, which Byline only reads.
public enum StateDirectory {
    /// The directory under `xdg`'s state directory (the process's own by default).
    public static func url(_ xdg: XDGDirectories = XDGDirectories()) -> URL {
        URL(fileURLWithPath: xdg.state).appendingPathComponent("byline")
    }

    /// Creates the directory (private to the user) when it does not exist yet.
    static func create(_ url: URL) throws {
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
