import BylineTestSupport
import Foundation
import Testing

/// `byline eval dates` on the TempEval-3 fixture.
@Suite struct EvalDatesCommandTests {
    @Test func commandPrintsTheTable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tml-\(UUID().uuidString)")
        let sub = dir.appendingPathComponent("Fixture")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(TimeMLFixture.text.utf8).write(to: sub.appendingPathComponent("FIX001.tml"))
        let r = try Binary.run(["eval", "dates", "--tempeval", dir.path, "--no-anchors"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Fixture     byline"))
        #expect(
            r.stdout.contains("ALL         byline                  4     4 1.000 1.000  1.000 1.000 1.000    1.000"))
        let missing = try Binary.run([
            "eval", "dates", "--tempeval", dir.appendingPathComponent("nope").path, "--no-anchors",
        ])
        #expect(missing.status == 2)
    }
}
