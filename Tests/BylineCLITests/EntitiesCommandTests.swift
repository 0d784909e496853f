import Foundation
import Testing

@Suite struct EntitiesCommandTests {
    @Test func csvParsesBackWithMergedNames() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["entities", f.data, "--format", "csv"])
        #expect(r.status == 0)
        let rows = ListingFixtures.parseCSV(r.stdout)
        #expect(rows.first == ["name", "type", "articles", "mentions", "aliases"])
        #expect(rows.contains { $0.prefix(4) == ["Antony Blinken", "person", "2", "3"] })
        #expect(rows.contains { $0.prefix(4) == ["Seoul", "place", "2", "2"] })
        #expect(!rows.contains { $0.first == "Blinken" })
        #expect(rows.count == 5)
    }

    @Test func typeFilterAndJSON() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try f.run(["entities", f.data, "--type", "place", "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(list.map { $0["name"] as? String } == ["Seoul", "Washington"])
        #expect(list.allSatisfy { $0["type"] as? String == "place" })
        let bad = try f.run(["entities", f.data, "--type", "thing"])
        #expect(bad.status == 2)
    }

    @Test func table() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let lines = try f.run(["entities", f.data]).stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("NAME") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Antony Blinken  person") == true)
    }

    /// Dates are listed in words; the JSON keeps their TIMEX3 values. Only calendar dates are
    /// listed: "now", "the past" and lengths of time are no entity of the collection.
    @Test func sampleDataDatesReadAsWords() throws {
        let table = try Binary.run(["entities", "sample-data", "--type", "date"]).stdout
        let names = table.split(separator: "\n").dropFirst().map { $0.components(separatedBy: "  ").first ?? "" }
        #expect(names.contains("the 1990s"))
        #expect(names.contains("6 October 2019"))
        #expect(!names.contains("now") && !names.contains("the past") && !names.contains("1 year"))
        let code = /_REF|^P[0-9X]|T[0-9A-Z]{2}|-[WQH][0-9]|-(SP|SU|FA|WI)$|XXXX|^[0-9]{2,3}$|^[0-9]{4}-[0-9]/
        #expect(!names.contains { $0.contains(code) }, "\(names.filter { $0.contains(code) })")
        let json = try Binary.run(["entities", "sample-data", "--type", "date", "--format", "json"]).stdout
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(list.contains { $0["name"] as? String == "2019-10-06" })
        #expect(!list.contains { ($0["name"] as? String)?.first?.isNumber != true })
    }
}
