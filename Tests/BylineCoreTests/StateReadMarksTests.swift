import Foundation
import Testing

@testable import BylineCore

@Suite struct StateReadMarksTests {
    @Test func stateDirectoryFollowsXDG() {
        #expect(
            StateDirectory.url(XDGDirectories(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])).path == "/s/byline")
        #expect(StateDirectory.url(XDGDirectories(environment: ["HOME": "/h"])).path == "/h/.local/state/byline")
        #expect(
            StateDirectory.url(XDGDirectories(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])).path
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
        #expect(leftovers == ["read-marks.json.lock", "read-marks.log"])
    }

    @Test func largeMarksCostConstantTimePerSave() throws {
        let dir = try TemporaryDirectory()
        // 100,000 marks already saved.
        var read: [String: Double] = [:]
        for k in 0..<100_000 { read["https://example.org/\(k)"] = 1_600_000_000 }
        let object: [String: Any] = ["version": 1, "read": read]
        try dir.write("read-marks.json", try JSONSerialization.data(withJSONObject: object))
        var marks = ReadMarks.load(directory: dir.url)
        #expect(marks.count == 100_000)
        var times: [Double] = []
        for k in 0..<50 {
            let start = DispatchTime.now().uptimeNanoseconds
            marks.mark("new-\(k)")
            try marks.save()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        // Each save appends a line; the 2.6 MB marks file is neither re-read nor rewritten.
        #expect(times.sorted()[times.count * 9 / 10] < 16, "\(times)")
        let log = try #require(FileManager.default.contents(atPath: dir.path + "/read-marks.log"))
        #expect(log.count < 2_000)
        #expect(ReadMarks.load(directory: dir.url).count == 100_050)
    }

    @Test func logIsFoldedIntoTheMarksFileOnceLarge() throws {
        let dir = try TemporaryDirectory()
        var a = ReadMarks.load(directory: dir.url)
        var b = ReadMarks.load(directory: dir.url)
        let long = String(repeating: "x", count: 2_000)
        for k in 0..<600 {
            a.mark("a\(k)-\(long)")
            try a.save()
        }
        // a compacted the log once past 1 MB (about 520 × 2 KB), and started a new one; b, still
        // holding the old log, notices.
        let logSize = (try? FileManager.default.attributesOfItem(atPath: dir.path + "/read-marks.log")[.size] as? Int)
        #expect((logSize ?? 0) < 400_000)
        #expect((FileManager.default.contents(atPath: dir.path + "/read-marks.json")?.count ?? 0) > 1_000_000)
        b.mark("from-b\ttab\nline%")
        try b.save()
        #expect(b.count == 601)
        let final = ReadMarks.load(directory: dir.url)
        #expect(final.count == 601 && final.isRead("from-b\ttab\nline%") && final.isRead("a0-\(long)"))
    }

    @Test func lineTornByAKillIsSkippedAndTheNextSaveStartsAfreshLine() throws {
        let dir = try TemporaryDirectory()
        var marks = ReadMarks.load(directory: dir.url)
        marks.mark("first")
        try marks.save()
        let log = FileHandle(forWritingAtPath: dir.path + "/read-marks.log")!
        log.seekToEndOfFile()
        log.write(Data("1600000000.5".utf8))
        try log.close()
        var again = ReadMarks.load(directory: dir.url)
        again.mark("second")
        try again.save()
        let final = ReadMarks.load(directory: dir.url)
        #expect(final.marks.keys.sorted() == ["first", "second"])
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let dir = try TemporaryDirectory()
        // A process that has ended: its pid names a file a kill left behind.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        let dead = "read-marks.json.tmp-\(p.processIdentifier)"
        let alive = "read-marks.json.tmp-\(getppid())"
        try dir.write(dead, "{\"read\": {")
        try dir.write(alive, "{}")
        _ = ReadMarks.load(directory: dir.url)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains(dead))
        #expect(names.contains(alive))
    }

    @Test(.timeLimit(.minutes(1))) func fifoInPlaceOfTheMarksIsPassedOver() throws {
        let dir = try TemporaryDirectory()
        #expect(mkfifo(dir.path + "/read-marks.json", 0o644) == 0)
        #expect(mkfifo(dir.path + "/read-marks.log", 0o644) == 0)
        var marks = ReadMarks.load(directory: dir.url)
        #expect(marks.count == 0)
        marks.mark("a")
        #expect(throws: (any Error).self) { try marks.save() }
        unlink(dir.path + "/read-marks.log")
        try marks.save()
        #expect(ReadMarks.load(directory: dir.url).isRead("a"))
    }

    @Test func writerBatchesMarksInTheBackground() throws {
        let dir = try TemporaryDirectory()
        let writer = ReadMarksWriter(ReadMarks.load(directory: dir.url))
        for k in 0..<1_000 { writer.mark("k\(k)") }
        writer.flush()
        #expect(writer.takeProblem() == nil)
        #expect(ReadMarks.load(directory: dir.url).count == 1_000)
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
