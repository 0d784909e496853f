import BylineCore
import BylineUI

/// The config file on disk, `byline/config.toml` under the XDG config directory.
extension UserConfig {
    public static func path(_ xdg: XDGDirectories = XDGDirectories()) -> String {
        xdg.config + "/byline/config.toml"
    }

    /// Reads the config file at `path` (the standard one by default); a missing file is the
    /// defaults, a broken one an error naming file, line and key. A `data` directory written
    /// `~/…` is taken under `xdg`'s home directory.
    public static func load(path: String? = nil, _ xdg: XDGDirectories = XDGDirectories()) throws(TOMLError)
        -> UserConfig
    {
        let path = path ?? Self.path(xdg)
        guard let data = RegularFile.contents(path) else { return UserConfig() }
        var config = try parse(String(decoding: data, as: UTF8.self), file: path)
        config.dataDirectory = config.dataDirectory.map(xdg.expandingTilde)
        return config
    }
}
