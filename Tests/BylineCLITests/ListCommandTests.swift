import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test func tableIsNewestFirstAndTerminalSafe() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["list", f.data])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("DATE") && lines[0].hasSuffix("QUOTES"))
        #expect(lines[1].hasPrefix("2022-02-01  Wire, Inc.  Talks continue"))
        #expect(lines[2].hasPrefix("2022-01-14"))
        #expect(lines[2].hasSuffix("1"))
        #expect(!r.stdout.unicodeScalars.contains("\u{1B}"))
    }

    @Test func jsonAndQuery() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let all =
            try JSONSerialization.jsonObject(with: Data(try f.run(["list", f.data, "--format", "json"]).stdout.utf8))
            as! [[String: Any]]
        #expect(all.map { $0["published"] as? String } == ["2022-02-01", "2022-01-14"])
        #expect(all.first?["quotes"] as? Int == 1)
        #expect((all.last?["title"] as? String)?.contains("\u{1B}[31m") == true)  // JSON keeps the data, escaped
        for (q, expected) in [
            (#"person:"mr blinken""#, 2), ("place:washington", 1), (#"speaker:"Jean Lee" text:seoul"#, 1),
            ("date:2022-01", 1), ("org:nobody", 0),
        ] {
            let r = try f.run(["list", f.data, "--query", q, "--format", "json"])
            #expect(r.status == 0)
            #expect((try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [Any]).count == expected, "\(q)")
        }
    }

    @Test func badQueryIsAUsageError() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["list", f.data, "--query", "who:Lee"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("byline: --query: unknown field 'who:'"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func skippedFilesAreReported() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        try Data([0x41, 0, 0x42]).write(to: URL(fileURLWithPath: f.data + "/broken.txt"))
        let r = try f.run(["list", f.data])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("byline: skipped \(f.data)/broken.txt: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func noCacheIgnoresTheCache() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["list", f.data, "--no-cache", "--format", "json"])
        let all = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        // Read from the files themselves: no metadata source, so the cached "Wire, Inc." is gone.
        #expect(all.count == 2 && all.allSatisfy { $0["source"] is NSNull })
    }
}
