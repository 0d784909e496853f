import Foundation
import Testing

@testable import BylineCore

@Suite struct StateReadMarksTests {
    @Test func stateDirectoryFollowsXDG() {
        #expect(StateDirectory.url(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/byline")
        #expect(StateDirectory.url(environment: ["HOME": "/h"]).path == "/h/.local/state/byline")
        #expect(
            StateDirectory.url(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).path
                == "/h/.local/state/byline")
    }

    @Test func marksSurviveARestart() throws {
        let dir = try TemporaryDirectory()
        let state = dir.url.appendingPathComponent("state/byline")
        var marks = ReadMarks.load(directory: state)
        #expect(marks.count == 0 && marks.warnings.isEmpty)
        marks.mark("a")
        marks.mark("b")
        marks.unmark("b")
        try marks.save()
        let again = ReadMarks.load(directory: state)
        #expect(again.isRead("a") && !again.isRead("b"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: state.path).sorted()
        #expect(leftovers == ["read-marks.json", "read-marks.json.lock"])
    }

    @Test func corruptedFileIsMovedAsideWithAWarning() throws {
        let dir = try TemporaryDirectory()
        let garbage = Data("{\"read\": {\"a\": 1".utf8)
        try dir.write("read-marks.json", garbage)
        var marks = ReadMarks.load(directory: dir.url)
        #expect(marks.count == 0)
        #expect(marks.warnings.count == 1)
        #expect(marks.warnings.first?.contains("was corrupted: moved it to ") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let aside = try #require(names.first { $0.hasPrefix("read-marks.json.corrupt-") })
        #expect(FileManager.default.contents(atPath: dir.url.appendingPathComponent(aside).path) == garbage)
        marks.mark("fresh")
        try marks.save()
        #expect(ReadMarks.load(directory: dir.url).isRead("fresh"))
    }

    @Test func twoReadersLoseNoMarks() throws {
        let dir = try TemporaryDirectory()
        var seed = ReadMarks.load(directory: dir.url)
        seed.mark("old")
        try seed.save()
        var a = ReadMarks.load(directory: dir.url)
        var b = ReadMarks.load(directory: dir.url)
        a.mark("from-a")
        b.mark("from-b")
        b.unmark("old")
        try a.save()
        try b.save()
        // a saves again without having touched "old": b's unmark stands.
        a.mark("again-a")
        try a.save()
        let final = ReadMarks.load(directory: dir.url)
        #expect(final.marks.keys.sorted() == ["again-a", "from-a", "from-b"])
        #expect(a.isRead("from-b"), "saving brings in the other reader's marks")
    }

    @Test func concurrentSavesKeepEveryMark() async throws {
        let dir = try TemporaryDirectory()
        let url = dir.url
        await withTaskGroup(of: Void.self) { group in
            for reader in 0..<4 {
                group.addTask {
                    for k in 0..<25 {
                        var marks = ReadMarks.load(directory: url)
                        marks.mark("r\(reader)-\(k)")
                        try? marks.save()
                    }
                }
            }
        }
        #expect(ReadMarks.load(directory: url).count == 100)
    }

    @Test func keysPreferTheURL() {
        let withURL = Article(path: "a.json", item: 3, format: .json, title: "T", text: "T", url: "https://x.org/1")
        #expect(ReadMarks.key(for: withURL) == "https://x.org/1")
        let plain = Article(path: "/data/b.jsonl", item: 2, format: .jsonl, title: "T", text: "T")
        #expect(ReadMarks.key(for: plain) == "/data/b.jsonl#2")
    }
}
