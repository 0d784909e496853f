import Foundation
import Testing

/// An article whose only date is its file's modification time: tables must not print that day
/// as its publication date, while JSON keeps the contract's `published` and `published_source`.
@Suite struct FileTimeDateTests {
    static let text = """
        Harbour stays open

        "We will keep the harbour open all winter," said Jane Smith, the mayor.
        """

    /// A data directory holding that one article, modified on 2020-09-13, and a private cache.
    static func makeDirectory() throws -> (root: URL, data: String, environment: [String: String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-filetime-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let path = data + "/harbour.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: path)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = root.appendingPathComponent("cache").path
        return (root, data, env)
    }

    @Test func listTableSaysUnknownAndJSONKeepsTheFileTime() throws {
        let d = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: d.root) }
        let table = try Binary.run(["list", d.data], environment: d.environment)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("unknown ") == true)
        #expect(!table.stdout.contains("2020-09-13"))

        let json = try Binary.run(["list", d.data, "--format", "json"], environment: d.environment)
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(list.first?["published"] as? String == "2020-09-13")
        #expect(list.first?["published_source"] as? String == "file-time")
    }

    @Test func quotesTableSaysUnknown() throws {
        let d = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: d.root) }
        let r = try Binary.run(["quotes", d.data], environment: d.environment)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.last?.contains("harbour open all winter") == true)
        #expect(lines.last?.hasSuffix("unknown") == true)
        #expect(!r.stdout.contains("2020-09-13"))
    }
}
