import Foundation
import Testing

/// `--newsboat PATH` stands in for DIR on the listing commands.
@Suite struct NewsboatCommandTests {
    @Test func listReadsNewsboatsCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-newsboat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("cache.db").path
        NewsboatCacheFixture.write(
            to: path,
            items: [
                .init(
                    guid: "a", title: "Minister resigns over leak", published: 1_642_118_400,
                    html: #"<p>"I take full responsibility," the minister, Anna Berg, said on Friday.</p>"#,
                    unread: true)
            ]
        )
        let r = try Binary.run(["list", "--newsboat", path, "--format", "json", "--no-cache"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 1)
        #expect(rows.first?["title"] as? String == "Minister resigns over leak")
        #expect(rows.first?["source"] as? String == "Example Wire")
        #expect(rows.first?["published"] as? String == "2022-01-14")
    }
}

/// File names come from the disk and may hold escape sequences: the skipped-file line shows them inert.
@Suite struct DiagnosticsSafetyTests {
    @Test func skippedFileNamesReachStandardErrorInert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-diag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = dir.appendingPathComponent("evil\u{1B}]0;pwned\u{07}.txt")
        try Data().write(to: name)
        let r = try Binary.run(["annotate", name.path])
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(!r.stderr.contains("\u{07}"))
        #expect(r.stderr.contains("skipped"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
