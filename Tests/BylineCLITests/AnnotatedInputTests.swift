import Foundation
import Testing

/// A directory of `annotate` output is opened with its annotations as they are.
@Suite struct AnnotatedInputTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-annotated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func annotateOutputListsAsTheCollectionItCameFrom() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let annotated = try Binary.run(["annotate", "sample-data"])
        #expect(annotated.status == 0)
        try annotated.stdout.write(to: dir.appendingPathComponent("all.jsonl"), atomically: true, encoding: .utf8)
        let entities = try Binary.run(["entities", dir.path, "--no-cache"])
        let original = try Binary.run(["entities", "sample-data", "--no-cache"])
        #expect(entities.status == 0 && entities.stderr.isEmpty, "\(entities.stderr)")
        #expect(entities.stdout == original.stdout)
        // Quotes name their article by where it now is (the JSONL file and line); the rest is the same.
        func quotes(_ path: String) throws -> [NSDictionary] {
            let r = try Binary.run(["quotes", path, "--no-cache", "--format", "json"])
            let all = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
            return all.map { q in q.filter { $0.key != "article" } as NSDictionary }
        }
        let reread = try quotes(dir.path)
        let fresh = try quotes("sample-data")
        #expect(!reread.isEmpty && reread == fresh)
        let list = try Binary.run(["list", dir.path, "--no-cache", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        let sample = try Binary.run(["list", "sample-data", "--no-cache", "--format", "json"])
        let sampleRows = try JSONSerialization.jsonObject(with: Data(sample.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.map { $0["title"] as? String } == sampleRows?.map { $0["title"] as? String })
        #expect(rows?.map { $0["quotes"] as? Int } == sampleRows?.map { $0["quotes"] as? Int })
    }

    @Test func annotationsAreTakenAsTheyAreNotComputedAgain() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // No tagger calls "Quiet" a person or "morning" a speaker: only the file says so.
        let good =
            #"{"path":"x.txt","title":"Quiet","published":"2022-01-14","published_source":"metadata","source":null,"url":null,"format":"txt","text":"Quiet\n\nQuiet morning here, nothing said.","entities":[{"type":"person","start":0,"end":5,"text":"Quiet","canonical":"Quiet Person"},{"type":"organization","start":13,"end":20,"text":"morning","canonical":"Morning Group"}],"quotes":[{"kind":"indirect","start":21,"end":25,"text":"here","speaker":{"name":"Morning Group","start":13,"end":20,"text":"morning"},"cue":null}]}"#
        let outside =
            #"{"title":"Bad","text":"Short.","entities":[{"type":"person","start":2,"end":99,"text":"x","canonical":"X"}],"quotes":[]}"#
        try [good, outside].joined(separator: "\n").write(
            to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let entities = try Binary.run(["entities", dir.path, "--no-cache", "--format", "csv"])
        #expect(entities.status == 0)
        #expect(entities.stdout.contains("Quiet Person,person,1,1"), "\(entities.stdout)")
        #expect(entities.stdout.contains("Morning Group,organization,1,1"), "\(entities.stdout)")
        #expect(entities.stderr.contains("line 2") && entities.stderr.contains("outside the text"))
        let quotes = try Binary.run(["quotes", dir.path, "--no-cache", "--format", "csv"])
        #expect(quotes.stdout.contains("Morning Group,indirect,here"), "\(quotes.stdout)")
    }
}
