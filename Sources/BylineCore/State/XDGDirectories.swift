import Foundation

/// The XDG base directories (https://specifications.freedesktop.org/basedir-spec/), decided once
/// for the config file, themes, read marks, the annotation cache, newsboat's cache and the
/// benchmark: each is its variable when that holds an absolute path, else its default under the
/// home directory. A relative path in a variable is ignored, as the specification asks.
public struct XDGDirectories: Sendable, Equatable {
    /// `HOME` when it is set and not empty, else the user's home directory from the system.
    public let home: String
    /// `XDG_CONFIG_HOME`, default `~/.config`.
    public let config: String
    /// `XDG_STATE_HOME`, default `~/.local/state`.
    public let state: String
    /// `XDG_CACHE_HOME`, default `~/.cache`.
    public let cache: String
    /// `XDG_DATA_HOME`, default `~/.local/share`.
    public let data: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, default relative: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return home + "/" + relative
        }
        self.home = home
        config = base("XDG_CONFIG_HOME", default: ".config")
        state = base("XDG_STATE_HOME", default: ".local/state")
        cache = base("XDG_CACHE_HOME", default: ".cache")
        data = base("XDG_DATA_HOME", default: ".local/share")
    }

    /// `path` with a leading `~/` standing for the home directory.
    public func expandingTilde(_ path: String) -> String {
        path.hasPrefix("~/") ? home + String(path.dropFirst()) : path
    }
}
