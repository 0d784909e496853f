import BylineCore
import Foundation
import Testing

/// Output that cannot be written (a full disk) fails the command with one line, so a script
/// never takes cut-short output for a success; a reader that stops early (`head`) still ends
/// the command quietly.
@Suite struct OutputFailureTests {
    /// `line` run by the shell, its standard error (and anything it echoes to descriptor 3)
    /// read back as text.
    static func shell(_ line: String, environment: [String: String]? = nil) throws -> (status: Int32, text: String) {
        let r = try ProgramOutput.run("/bin/sh", ["-c", "exec 3>&1; " + line], environment: environment)
        return (r.status, String(decoding: r.output, as: UTF8.self))
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// A JSONL file of articles whose annotations take more than a pipe holds.
    static func articles() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-out-\(UUID().uuidString).jsonl")
        try ((0..<200).map(AnnotateStreamTests.line).joined(separator: "\n") + "\n").write(
            to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func annotateOntoAFullDiskFails() throws {
        let input = try Self.articles()
        defer { try? FileManager.default.removeItem(at: input) }
        let r = try Self.shell(
            "\(Self.quoted(Binary.path)) annotate --format jsonl - < \(Self.quoted(input.path)) 2>&3 > /dev/full")
        #expect(r.status == 1)
        #expect(r.text == "byline: cannot write output: No space left on device\n")
    }

    @Test func listTableOntoAFullDiskFails() throws {
        let f = try ListingFixtures()
        defer { f.remove() }
        let r = try Self.shell(
            "\(Self.quoted(Binary.path)) list \(Self.quoted(f.data)) 2>&3 > /dev/full", environment: f.environment)
        #expect(r.status == 1)
        #expect(r.text == "byline: cannot write output: No space left on device\n")
    }

    /// The reader (`true`) reads nothing and exits, so the writer meets a closed pipe whatever
    /// the timing: killed by SIGPIPE as any filter is, or, with SIGPIPE ignored, stopped
    /// quietly with success.
    @Test(arguments: [("", "141"), ("trap '' PIPE; ", "0")])
    func pipeClosedEarlyIsQuiet(trap: String, status: String) throws {
        let input = try Self.articles()
        defer { try? FileManager.default.removeItem(at: input) }
        let r = try Self.shell(
            trap + "{ \(Self.quoted(Binary.path)) annotate --format jsonl - < \(Self.quoted(input.path)) 2>&3; "
                + "echo $? >&3; } | true")
        #expect(r.text == status + "\n")
    }

    /// A non-blocking pipe that fills while its reader waits loses nothing: every line arrives
    /// whole.
    @Test func nonBlockingOutputLosesNothing() throws {
        let input = try Self.articles()
        defer { try? FileManager.default.removeItem(at: input) }
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = ["annotate", "--format", "jsonl", input.path]
        p.standardOutput = FileHandle(fileDescriptor: fds[1], closeOnDealloc: false)
        p.standardError = FileHandle.nullDevice
        try p.run()
        close(fds[1])
        Thread.sleep(forTimeInterval: 2)
        let out = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true).readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        #expect(out.count > 65536 && lines.count == 200)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}
