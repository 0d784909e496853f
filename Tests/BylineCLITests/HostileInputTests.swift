import BylineTestSupport
import Foundation
import Testing

@Suite struct HostileInputTests {
    @Test func annotateSkipsHostileFilesWithOneLineEachAndLoadsTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let hostile = try HostileFiles(in: root)

        let r = try Binary.run(["annotate", "--format", "jsonl", root])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        for line in lines { #expect(line.hasPrefix("byline: skipped \(root)/"), "\(line)") }
        for (rel, reason) in hostile.skipped {
            let head = "byline: skipped \(root)/\(rel): "
            let matching = lines.filter {
                $0.hasPrefix(head) && HostileFiles.matches(message: String($0.dropFirst(head.count)), reason)
            }
            #expect(matching.count == 1, "\(rel): expected '\(reason)' in \(lines)")
        }
        #expect(lines.count == hostile.skipped.count)

        let objects = try r.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        for (rel, phrase) in hostile.loadable {
            let texts = objects.filter { $0["path"] as? String == "\(root)/\(rel)" }.compactMap {
                $0["text"] as? String
            }
            #expect(texts.contains { $0.contains(phrase) }, "\(rel)")
        }
        for o in objects { AnnotateCommandTests.checkOffsets(o) }
        // JSON escapes control characters, so the raw output carries no ESC byte.
        #expect(!r.stdout.utf8.contains(0x1B))
    }
}
