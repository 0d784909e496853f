import Foundation
import Testing

/// `entities`, `quotes` and `list` write their table, CSV and JSON from one row schema: the same
/// rows in the same order, and CSV carries exactly the JSON's fields with the same values.
@Suite struct ListingFormatsTests {
    /// A JSON value as its CSV cell: null empty, numbers in digits, a list of names joined by "; ".
    static func cell(_ v: Any?) -> String? {
        switch v {
        case nil, is NSNull: ""
        case let s as String: s
        case let n as NSNumber: n.stringValue
        case let names as [String]: names.joined(separator: "; ")
        default: nil
        }
    }

    @Test(arguments: [["entities"], ["quotes"], ["list"], ["list", "--query", "place:seoul"]])
    func csvAndJSONCarryTheSameRowsAndFields(_ command: [String]) throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let args = [command[0], f.data] + command.dropFirst()
        let json = try f.run(args + ["--format", "json"])
        let csv = try f.run(args + ["--format", "csv"])
        let table = try f.run(args)
        #expect(json.status == 0 && csv.status == 0 && table.status == 0)
        let objects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        let records = ListingFixtures.parseCSV(csv.stdout)
        #expect(!objects.isEmpty)
        #expect(records.count == objects.count + 1, "\(csv.stdout)")
        #expect(table.stdout.split(separator: "\n").count == objects.count + 1, "\(table.stdout)")
        guard let header = records.first, records.count == objects.count + 1 else { return }
        #expect(Set(header).count == header.count)
        for (object, record) in zip(objects, records.dropFirst()) {
            #expect(Set(object.keys).isSubset(of: Set(header)), "\(object.keys) against \(header)")
            #expect(record.count == header.count)
            for (field, value) in zip(header, record) {
                #expect(Self.cell(object[field]) == value, "\(field): \(object[field] ?? "absent") against \(value)")
            }
        }
    }

}
