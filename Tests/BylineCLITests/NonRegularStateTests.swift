import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A FIFO (or any file that is not a regular file) where Byline keeps its cache, state or config
/// is passed over without blocking: the command finishes and lists the articles.
@Suite struct NonRegularStateTests {
    @Test(.timeLimit(.minutes(1))) func fifoInPlaceOfEveryOwnFileDoesNotHang() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-fifo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "Budget talks\n\nJean Lee said the plan was sound.\n".write(
            to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = root.appendingPathComponent("cache").path
        env["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        env["XDG_STATE_HOME"] = root.appendingPathComponent("state").path
        let first = try Binary.run(["list", data.path], environment: env, timeout: 60)
        #expect(first.status == 0)

        // Every cache file becomes a FIFO, and so do the config file and the read marks.
        let annotations = root.appendingPathComponent("cache/byline/annotations").path
        let cached = try FileManager.default.contentsOfDirectory(atPath: annotations)
        #expect(!cached.isEmpty)
        var fifos = cached.map { annotations + "/" + $0 }
        fifos += [
            root.appendingPathComponent("config/byline/config.toml").path,
            root.appendingPathComponent("state/byline/read-marks.json").path,
        ]
        for path in fifos {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            unlink(path)
            #expect(mkfifo(path, 0o644) == 0)
        }
        let start = Date()
        let again = try Binary.run(["list", data.path], environment: env, timeout: 20)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Budget talks"))
        #expect(Date().timeIntervalSince(start) < 15)
    }
}
