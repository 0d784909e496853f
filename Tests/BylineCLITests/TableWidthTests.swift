import BylineUI
import Foundation
import Testing

/// Tables line up in terminal cells, not characters: a title or source in Chinese or with emoji
/// takes two cells a character, and the columns after it still start at the same place.
@Suite struct TableWidthTests {
    struct Folder: PrivateCacheFolder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-table-\(UUID().uuidString)")
    }

    @Test func wideTitlesAndSourcesKeepTheColumnsAligned() throws {
        let f = Folder()
        try FileManager.default.createDirectory(atPath: f.data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: f.root) }
        let articles = [
            ("a.md", "中文标题 with a title long enough to be cut 中文中文中文中文中文中文中文中文中文中文中文中文中文中文", "新华社"),
            ("b.md", "Ministers meet 🌍 for talks", "Wire"),
            ("c.md", "A plain title", "The Straits Times"),
        ]
        for (name, title, source) in articles {
            let text = "---\ntitle: \(title)\ndate: 2022-01-14\nsource: \(source)\n---\n\nThe talks went on.\n"
            try text.write(toFile: f.data + "/" + name, atomically: true, encoding: .utf8)
        }
        let r = try Binary.run(["list", f.data], environment: f.environment)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // The last column is right-aligned, so every row ends in the same cell.
        let widths = Set(lines.map { DisplayWidth.unicode.width(of: $0) })
        #expect(widths.count == 1, "\(lines)")
        // The title column starts in the same cell on every row.
        let starts = lines.dropFirst().map { line -> Int in
            let title = line.range(of: line.contains("中文") ? "中文" : line.contains("🌍") ? "Ministers" : "A plain")!
            return DisplayWidth.unicode.width(of: line[..<title.lowerBound])
        }
        #expect(Set(starts).count == 1, "\(lines)")
        #expect(lines.contains { $0.contains("中文标题") && $0.contains("…") })
    }

    /// On a terminal narrower than a table, the long text columns are cut (with "…") so no row
    /// wraps; piped, the same table keeps its full widths.
    @Test(.timeLimit(.minutes(1))) func onANarrowTerminalTheTextColumnsAreCutToFit() throws {
        let f = Folder()
        try FileManager.default.createDirectory(atPath: f.data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: f.root) }
        let title = "Ministers from twelve countries meet in Geneva for a third round of talks on 🌍 trade"
        let text =
            "---\ntitle: \(title)\ndate: 2022-01-14\nsource: The Straits Times\n---\n\n"
            + "\"We will watch and wait,\" Jean Lee, a minister of trade, said on Monday in Geneva.\n"
        try text.write(toFile: f.data + "/a.md", atomically: true, encoding: .utf8)
        for (command, width) in [("list", 50), ("quotes", 60), ("entities", 40)] {
            let line = "stty cols \(width) rows 20; '\(Binary.path)' \(command) '\(f.data)' --quiet"
            let lines = try Binary.onTerminal(line, environment: f.environment).split(separator: "\r\n").map(
                String.init)
            #expect(lines.count >= 2, "\(command): \(lines)")
            for l in lines { #expect(DisplayWidth.unicode.width(of: l) <= width, "\(command) at \(width): \(l)") }
            #expect(lines.contains { $0.contains("…") }, "\(command): \(lines)")
            let piped = try Binary.run([command, f.data], environment: f.environment)
            #expect(piped.stdout.split(separator: "\n").contains { DisplayWidth.unicode.width(of: $0) > width })
        }
    }
}
