import Foundation
import Testing

@Suite struct AnnotateCommandTests {
    /// Every span's text must equal the slice of `text` its scalar offsets point at.
    static func checkOffsets(_ object: [String: Any]) {
        let text = Array((object["text"] as! String).unicodeScalars)
        func slice(_ span: [String: Any]) {
            let s = span["start"] as? Int
            let e = span["end"] as? Int
            let t = span["text"] as? String
            #expect(s != nil && e != nil && t != nil, "a span without its offsets or text: \(span)")
            guard let s, let e, let t else { return }
            #expect(s >= 0 && s <= e && e <= text.count)
            guard s >= 0 && s <= e && e <= text.count else { return }
            #expect(String(String.UnicodeScalarView(text[s..<e])) == t)
        }
        for e in object["entities"] as! [[String: Any]] { slice(e) }
        for q in object["quotes"] as! [[String: Any]] {
            slice(q)
            // A speaker known with no mention in the text to point at has null offsets.
            if let s = q["speaker"] as? [String: Any],
                !(s["start"] is NSNull && s["end"] is NSNull && s["text"] is NSNull)
            {
                slice(s)
            }
            if let c = q["cue"] as? [String: Any] { slice(c) }
        }
    }

    @Test func sampleDataGivesOneValidObjectPerArticle() throws {
        let r = try Binary.run(["annotate", "--format", "jsonl", "sample-data"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 1)
        for line in lines {
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            for key in [
                "path", "title", "published", "published_source", "source", "url", "text", "entities", "quotes",
            ] {
                #expect(o.keys.contains(key), "missing \(key)")
            }
            Self.checkOffsets(o)
        }
    }

    @Test func txtTextIsTheFileExactly() throws {
        let r = try Binary.run(["annotate", "sample-data/000_6dcc1abd43cc5c53.txt"])
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let file = try String(
            contentsOf: Binary.root.appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt"), encoding: .utf8)
        #expect(o["text"] as? String == file)
    }

    @Test func standardInputAndJSONArray() throws {
        let r = try Binary.run(
            ["annotate", "--format", "json", "--published", "2022-01-14", "-"],
            stdin: Data("Headline\n\nBody text.".utf8))
        #expect(r.status == 0)
        let arr = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(arr.count == 1)
        #expect(arr[0]["published"] as? String == "2022-01-14")
        #expect(arr[0]["published_source"] as? String == "argument")
    }

    @Test func usageErrorsExitTwoWithOneLine() throws {
        let r = try Binary.run(["annotate", "--published", "yesterday", "sample-data"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("byline: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingPathIsReportedAndFails() throws {
        let r = try Binary.run(["annotate", "no/such/dir"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("byline: skipped no/such/dir: "))
    }
}
