import BylineCore
import BylineUI
import Foundation

/// Opens articles one after another with `marks` read marks already saved, timing what the
/// reader does on its thread for each: the key through `update`, the frame rendered, and the new
/// mark handed to the background writer. The marks live in a temporary state folder.
enum ArticleOpenBench {
    static func run(_ c: ArticleCollection, marks: Int) throws -> (loadMs: Double, opens: [KeystrokeTime]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-marks-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var read: [String: Double] = [:]
        for k in 0..<marks { read["https://example.org/article/\(k)"] = 1_600_000_000 + Double(k) }
        let object: [String: Any] = ["version": 1, "read": read]
        try JSONSerialization.data(withJSONObject: object).write(to: dir.appendingPathComponent(ReadMarks.fileName))
        let clock = BenchClock()
        let loaded = ReadMarks.load(directory: dir)
        let loadMs = clock.seconds * 1000
        let writer = ReadMarksWriter(loaded)
        let theme = Theme(name: "bench", styles: [:])
        var state = AppState(
            collection: c, width: 120, height: 40, measure: DisplayWidth.unicode, keymap: .standard, themes: [theme],
            themeIndex: 0)
        var grid = Grid(width: 120, height: 40)
        var opens: [KeystrokeTime] = []
        let keys = ["Enter", "q", "j"].compactMap { KeyPress(parsing: $0) }
        for _ in 0..<min(c.count, 500) {
            opens.append(
                KeystrokeTime.measure {
                    for effect in update(&state, .key(keys[0])) {
                        if case .saveReadMarks(let new) = effect { for key in new { writer.mark(key) } }
                    }
                    Screen.render(state, into: &grid)
                })
            _ = update(&state, .key(keys[1]))
            _ = update(&state, .key(keys[2]))
        }
        writer.flush()
        return (loadMs, opens)
    }
}
