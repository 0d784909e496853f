import BylineApp
import BylineCore
import BylineUI
import Foundation
import Testing

@Suite struct ConfigFileTests {
    @Test func theFileLivesUnderTheXDGConfigDirectory() {
        #expect(UserConfig.path(XDGDirectories(environment: ["HOME": "/h"])) == "/h/.config/byline/config.toml")
        #expect(
            UserConfig.path(XDGDirectories(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"]))
                == "/c/byline/config.toml")
        // A relative XDG_CONFIG_HOME is ignored, as the XDG specification asks.
        #expect(
            UserConfig.path(XDGDirectories(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "rel"]))
                == "/h/.config/byline/config.toml")
    }

    @Test func aMissingFileIsTheDefaultsAndTildeIsTheHomeDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let xdg = XDGDirectories(environment: ["HOME": "/h", "XDG_CONFIG_HOME": root.path])
        #expect(try UserConfig.load(xdg).dataDirectory == nil)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("byline"), withIntermediateDirectories: true)
        try "data = \"~/news\"\ntheme = \"light\"\n".write(
            toFile: UserConfig.path(xdg), atomically: true, encoding: .utf8)
        let config = try UserConfig.load(xdg)
        #expect(config.dataDirectory == "/h/news")
        #expect(config.theme == "light")
    }
}
