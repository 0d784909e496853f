import Foundation
import Testing

@Suite struct QuotesCommandTests {
    @Test func csvRoundTripsCommasAndQuotes() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["quotes", f.data, "--format", "csv"])
        #expect(r.status == 0)
        let rows = ListingFixtures.parseCSV(r.stdout)
        #expect(rows.first == ["speaker", "kind", "quote", "article", "title", "date", "start", "end"])
        #expect(rows.count == 3)
        #expect(rows[1].prefix(3) == ["Jean Lee", "partial", "\"the launches, she said, will go on\""])
        #expect(rows[1][3] == f.data + "/b.txt" && rows[1][5] == "2022-02-01")
        #expect(rows[2].prefix(3) == ["Antony Blinken", "direct", "\"We watch, and we wait,\""])
    }

    @Test func speakerFilterAndJSON() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        for name in ["blinken", "Antony Blinken"] {
            let r = try f.run(["quotes", f.data, "--speaker", name, "--format", "json"])
            let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
            #expect(list.map { $0["speaker"] as? String } == ["Antony Blinken"])
            #expect(list.first?["quote"] as? String == "\"We watch, and we wait,\"")
        }
        let none = try f.run(["quotes", f.data, "--speaker", "Nobody", "--format", "json"])
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func tableIsTerminalSafe() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["quotes", f.data])
        #expect(r.stdout.split(separator: "\n").count == 3)
        #expect(!r.stdout.unicodeScalars.contains("\u{1B}"))
    }
}
