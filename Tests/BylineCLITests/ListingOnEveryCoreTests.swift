import BylineUI
import Foundation
import Testing

/// The listing commands without the annotation cache: rows built on every core come out in the
/// order of the articles, and table cells are cut and padded by terminal cells whatever the script.
@Suite struct ListingOnEveryCoreTests {
    /// A directory of `count` dated articles with one quote each; removed by the caller.
    static func collection(_ count: Int, title: (Int) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-cores-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<count {
            let day = String(format: "2021-%02d-%02d", 1 + i / 28, 1 + i % 28)
            let text = """
                ---
                date: \(day)
                ---

                # \(title(i))

                Officials met on Monday. "We will keep talking number \(i)," Jean Lee said.
                """
            try text.write(to: dir.appendingPathComponent("\(i).md"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func quotesComeOutNewestArticleFirst() throws {
        let dir = try Self.collection(60) { "Headline \($0)" }
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["quotes", "--no-cache", "--format", "json", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let numbers = rows.compactMap {
            ($0["quote"] as? String)?.split(separator: " ").last.flatMap { Int($0.dropLast(2)) }
        }
        #expect(numbers == Array((0..<60).reversed()), "\(numbers)")
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates.count == 60 && dates == dates.sorted(by: >))
    }

    @Test func tableCellsAreCutAndPaddedByTerminalCells() throws {
        let titles = [
            String(repeating: "Plain words ", count: 10), "Café " + String(repeating: "é", count: 90),
            "Short", "Émoji 👍🏽 " + String(repeating: "x", count: 5),
        ]
        let dir = try Self.collection(titles.count) { titles[$0] }
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["list", "--no-cache", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == titles.count + 1)
        // Every line ends with the right-aligned QUOTES column, in the same terminal cell (the
        // emoji takes two).
        #expect(Set(lines.map { DisplayWidth.unicode.width(of: $0) }).count == 1, "\(lines)")
        for title in titles {
            let shown = title.count > 80 ? String(title.prefix(79)) + "…" : title
            #expect(lines.contains { $0.contains(shown) }, "\(shown)")
        }
    }
}
