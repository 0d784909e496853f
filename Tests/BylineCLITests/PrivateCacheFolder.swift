import Foundation

/// A test folder holding articles under `data/` and its own annotation cache under `cache/`.
protocol PrivateCacheFolder {
    var root: URL { get }
}

extension PrivateCacheFolder {
    var data: String { root.appendingPathComponent("data").path }
    var cacheHome: String { root.appendingPathComponent("cache").path }
    /// This process's environment with the cache pointed at `cacheHome`, for the binary.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = cacheHome
        return env
    }
}
