import Foundation
import Testing

/// `byline annotate -` as a streaming stage: JSONL articles in, one annotation per line out, in
/// order, each as soon as it is ready; a bad line is reported and skipped.
@Suite struct AnnotateStreamTests {
    static func line(_ k: Int) -> String {
        #"{"title":"Report \#(k)","body":"Antony Blinken met officials in Seoul on Monday. \"We will keep talking,\" Jean Lee said.","date":"2022-01-14","url":"https://example.com/\#(k)"}"#
    }

    @Test func oneObjectPerLineInInputOrder() throws {
        let input = (0..<120).map(Self.line).joined(separator: "\n") + "\n"
        let r = try Binary.run(["annotate", "--format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let objects = r.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 120)
        for (k, o) in objects.enumerated() {
            #expect(o?["title"] as? String == "Report \(k)")
            #expect(o?["url"] as? String == "https://example.com/\(k)")
            #expect(o?["item"] as? Int == k)
            let names = (o?["entities"] as? [[String: Any]])?.compactMap { $0["canonical"] as? String }
            #expect(names?.contains("Antony Blinken") == true)
        }
    }

    @Test func aBadLineIsReportedAndSkipped() throws {
        let lines = [Self.line(0), "{\"title\": broken", "", "[1, 2]", Self.line(4), "\u{FF}\u{FE}junk"]
        let r = try Binary.run(["annotate", "-"], stdin: Data((lines.joined(separator: "\r\n")).utf8))
        #expect(r.status == 0)
        let titles = r.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["title"] as? String
        }
        #expect(titles == ["Report 0", "Report 4"])
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 3, "\(r.stderr)")
        #expect(errors.allSatisfy { $0.hasPrefix("byline: skipped -: line ") })
        #expect(errors.map { $0.split(separator: ":")[2] } == [" line 2", " line 4", " line 6"])
    }

    @Test func eachLineIsWrittenAsSoonAsItIsReady() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = ["annotate", "-"]
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        p.environment = env
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer {
            try? input.fileHandleForWriting.close()
            p.waitUntilExit()
        }
        // The first line's annotation arrives while standard input is still open.
        input.fileHandleForWriting.write(Data((Self.line(0) + "\n").utf8))
        let first = try #require(Self.readLine(output.fileHandleForReading, timeout: 30))
        #expect(first.contains("\"title\":\"Report 0\""))
        input.fileHandleForWriting.write(Data((Self.line(1) + "\n").utf8))
        let second = try #require(Self.readLine(output.fileHandleForReading, timeout: 30))
        #expect(second.contains("\"title\":\"Report 1\""))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test func plainTextOnStandardInputIsStillOneArticle() throws {
        let r = try Binary.run(["annotate", "-"], stdin: Data("{braces} open this headline\n\nBody text.\n".utf8))
        // Not a JSON object: a bad line, nothing else (text starting with { is taken as JSONL).
        #expect(r.stdout.isEmpty && r.stderr.contains("line 1"))
        let text = try Binary.run(["annotate", "-"], stdin: Data("  Headline\n\nJean Lee spoke in Seoul.\n".utf8))
        let o = try JSONSerialization.jsonObject(with: Data(text.stdout.utf8)) as? [String: Any]
        #expect(o?["text"] as? String == "  Headline\n\nJean Lee spoke in Seoul.\n")
    }

    /// One line of output, read byte by byte so nothing past it is consumed; nil on timeout or end.
    static func readLine(_ handle: FileHandle, timeout: TimeInterval) -> String? {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var fds = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
        while Date() < deadline {
            guard poll(&fds, 1, 100) > 0 else { continue }
            var b: UInt8 = 0
            guard read(handle.fileDescriptor, &b, 1) == 1 else { return nil }
            if b == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(b)
        }
        return nil
    }
}
