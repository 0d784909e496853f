import Foundation
import Testing

/// The listing commands print the same bytes for newsboat's cache whether the annotation cache
/// is empty (the items are listed, then fetched as they are annotated), filled (nothing is
/// fetched), or turned off.
@Suite struct NewsboatStartsTests {
    @Test func everyStartPrintsTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-newsboat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("cache.db").path
        var items = (1...40).map { k in
            NewsboatCacheFixture.Item(
                guid: "g\(k)", title: "Talks resume in round \(k)", published: 1_642_118_400 + k * 3600,
                html: #"<p>SEOUL (Reuters) - "We are ready," the envoy, Jean Lee, said on Friday of round \#(k).</p>"#
                    + "<p>Officials in Washington said the talks would go on.</p>",
                unread: k % 2 == 0)
        }
        items.append(
            .init(
                guid: "hostile", title: "Escape \u{1B}[31mred\u{07} title", published: 0,
                html: "<p>\u{1B}[2J Cleared \u{202E}reversed, said John Smith.</p>", unread: true))
        items.append(
            .init(guid: "untitled", title: "", published: 0, html: "<p>A first paragraph</p><p>Body.</p>", unread: true)
        )
        NewsboatCacheFixture.write(to: path, items: items)
        var env = ProcessInfo.processInfo.environment
        let commands = [
            ["list", "--format", "json"], ["list"], ["entities", "--format", "json"], ["quotes", "--format", "json"],
            ["quotes", "--format", "csv"],
        ]
        for (k, command) in commands.enumerated() {
            // An annotation cache of its own for each command, so that its first run starts cold.
            env["XDG_CACHE_HOME"] = dir.appendingPathComponent("xdg-cache-\(k)").path
            let args = command + ["--newsboat", path]
            let cold = try Binary.run(args, environment: env)
            let warm = try Binary.run(args, environment: env)
            let off = try Binary.run(args + ["--no-cache"], environment: env)
            #expect(cold.status == 0, "\(cold.stderr)")
            #expect(!cold.stdout.isEmpty)
            #expect(warm.stdout == cold.stdout, "\(command)")
            #expect(off.stdout == cold.stdout, "\(command)")
        }
    }
}
