import Foundation
import Testing

@Suite struct ShowCommandTests {
    static let seed = "sample-data/000_6dcc1abd43cc5c53.txt"

    static func temporary(_ name: String, _ content: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// SGR sequences (ESC [ ... m) removed; anything else starting with ESC is left in place.
    static func stripSGR(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func plainWhenPipedWrappedToTheWidth() throws {
        let r = try Binary.run(["show", ShowCommandTests.seed, "--width", "60"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}"))
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("US Secretary of State Blinken") == true)
        #expect(r.stdout.contains("000_6dcc1abd43cc5c53.txt"))
        #expect(r.stdout.contains("Mr Blinken said"))
        #expect(lines.allSatisfy { $0.count <= 60 })
        // The headline is not repeated as the first paragraph.
        #expect(r.stdout.components(separatedBy: "may be seeking attention with").count == 2)
    }

    @Test func coloursWhenAskedAndNeverWhenRefused() throws {
        let always = try Binary.run(
            ["show", ShowCommandTests.seed, "--color", "always", "--theme", "dark"],
            environment: ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
        #expect(always.status == 0)
        #expect(always.stdout.contains("\u{1B}[1;38;5;"))
        let never = try Binary.run(["show", ShowCommandTests.seed, "--color", "never"])
        #expect(!never.stdout.contains("\u{1B}"))
        #expect(
            ShowCommandTests.stripSGR(always.stdout).replacingOccurrences(of: "▌", with: " ")
                == never.stdout.replacingOccurrences(of: "▌", with: " "))
    }

    @Test func noColorKeepsAttributesOnly() throws {
        let r = try Binary.run(
            ["show", ShowCommandTests.seed, "--color", "always"],
            environment: ["NO_COLOR": "1", "TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\u{1B}[1m"))
        let colour = r.stdout.range(of: "[\\[;]([34][0-8]|9[0-7]|10[0-7])[;m]", options: .regularExpression)
        #expect(colour == nil)
    }

    @Test func escapeSequencesInTheArticleAreNeutralised() throws {
        let path = try ShowCommandTests.temporary(
            "hostile.txt", "Title \u{1B}]0;owned\u{07}\n\nBody \u{1B}[2J text \u{202E}evil\u{9B}31m.\n")
        let r = try Binary.run(["show", path, "--color", "always"])
        #expect(r.status == 0)
        let rest = ShowCommandTests.stripSGR(r.stdout)
        #expect(
            !rest.contains("\u{1B}") && !rest.contains("\u{07}") && !rest.contains("\u{202E}")
                && !rest.contains("\u{9B}"))
        #expect(rest.contains("␛]0;owned␇"))
        #expect(rest.contains("␛[2J"))
    }

    @Test(.timeLimit(.minutes(1))) func aFileNamedInLatin1IsShown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-name-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The shell hands the raw bytes (0xE9, 0xFF: not UTF-8) to the file system and to byline.
        let script = """
            cd "$1" && f="$(printf 'caf\\351-\\377.txt')" && printf 'Cafe news\\n\\nJean Lee said it.\\n' > "$f" \
            && exec "$0" show "$1/$f" --color never
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, Binary.path, dir.path]
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let shown = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(errors)")
        #expect(shown.contains("Jean Lee said it."))
    }

    /// A thousand combining marks on one letter reach neither `show` nor the tables whole.
    @Test(.timeLimit(.minutes(1))) func combiningMarkFloodsAreCapped() throws {
        let flood = "Zo" + String(repeating: "\u{0301}", count: 1_000) + "e"
        let path = try ShowCommandTests.temporary("flood.txt", "Title \(flood)\n\nBody \(flood) said.\n")
        let shown = try Binary.run(["show", path, "--color", "never"])
        let listed = try Binary.run(["list", (path as NSString).deletingLastPathComponent, "--no-cache"])
        for out in [shown.stdout, listed.stdout] {
            var run = 0
            var longest = 0
            for u in out.unicodeScalars {
                run = u == "\u{0301}" ? run + 1 : 0
                longest = max(longest, run)
            }
            #expect(longest > 0 && longest <= 8, "\(longest) marks in a row")
        }
    }

    @Test func aMissingFileFailsWithOneLine() throws {
        let r = try Binary.run(["show", "no/such/file.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("byline: skipped no/such/file.txt"))
    }

    @Test func aBrokenThemeNamesFileAndLine() throws {
        let theme = try ShowCommandTests.temporary("bad.toml", "name = \"bad\"\n[speaker]\nfg = \"purplish\"\n")
        let r = try Binary.run(["show", ShowCommandTests.seed, "--color", "always", "--theme", theme])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.toml:3: key 'speaker.fg'"))
    }
}
