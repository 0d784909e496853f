import Foundation
import Testing

@testable import BylineCore

@Suite struct PollingWatcherTests {
    @Test func noticesANewAChangedAndADeletedFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-poll-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try "one".write(to: file, atomically: true, encoding: .utf8)
        let watcher = PollingWatcher(roots: [dir.path], interval: 0.2)
        func waitForChange() -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if watcher.changed() { return true }
                usleep(50_000)
            }
            return false
        }
        usleep(500_000)
        #expect(!watcher.changed())
        try "two".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        #expect(waitForChange())
        try "three, longer".write(to: file, atomically: true, encoding: .utf8)
        #expect(waitForChange())
        try FileManager.default.removeItem(at: file)
        #expect(waitForChange())
    }
}
