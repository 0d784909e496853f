import Foundation
import Testing

/// JSON escapes every control and bidi/format character, and CSV is exact in a pipe but inert
/// on a terminal: printing machine output never reorders or drives the terminal.
@Suite struct MachineOutputEscapingTests {
    /// The scalars that must never reach the output raw.
    static let hostile: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{1B}", "\u{0D}", "\u{9B}",
    ]
    static let marks = hostile.map { String($0) }.joined()

    /// A directory with one article whose title, quote and body carry every hostile scalar.
    static func collection() throws -> (dir: URL, env: [String: String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
        let text = """
            Title \u{202E}desrever\u{202C} here

            "We will \u{202E}watch\r and \u{2066}wait\u{2069}," Jean Lee said on Monday in Seoul. \(marks) end.
            """
        try text.write(to: dir.appendingPathComponent("data/a.txt"), atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = dir.appendingPathComponent("cache").path
        return (dir, env)
    }

    @Test(.timeLimit(.minutes(1))) func jsonEscapesControlsAndBidiLosslessly() throws {
        let (dir, env) = try Self.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data").path
        for args in [
            ["annotate", "--format", "json", data], ["list", data, "--format", "json"],
            ["entities", data, "--format", "json"], ["quotes", data, "--format", "json"],
        ] {
            let r = try Binary.run(args, environment: env)
            #expect(r.status == 0, "\(args)")
            for u in Self.hostile { #expect(!r.stdout.unicodeScalars.contains(u), "\(args): raw U+\(u.value)") }
            // Still valid JSON, and the data comes back unchanged.
            let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
            if args[0] == "annotate" {
                let text = ((parsed as! [[String: Any]]).first?["text"] as? String) ?? ""
                #expect(text.contains(Self.marks))
            }
            if args[0] == "quotes" {
                let quote = ((parsed as! [[String: Any]]).first?["quote"] as? String) ?? ""
                #expect(quote.contains("\u{202E}watch\r and \u{2066}wait\u{2069}"))
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func csvInAPipeIsExact() throws {
        let (dir, env) = try Self.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(
            ["quotes", dir.appendingPathComponent("data").path, "--format", "csv"], environment: env)
        let rows = ListingFixtures.parseCSV(r.stdout)
        #expect(rows.count == 2)
        #expect(rows.last?.first { $0.contains("watch") } == "\"We will \u{202E}watch\r and \u{2066}wait\u{2069},\"")
        let title = rows.first?.firstIndex(of: "title")
        #expect(title.flatMap { rows.last?[$0] } == "Title \u{202E}desrever\u{202C} here")
    }

    @Test(.timeLimit(.minutes(1))) func csvOnATerminalIsInert() throws {
        let (dir, env) = try Self.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        // `--quiet` keeps the progress line out of what is checked here.
        let command = "'\(Binary.path)' quotes '\(dir.appendingPathComponent("data").path)' --format csv --quiet"
        let shown = try Binary.onTerminal(command, environment: env)
        // The override stays visible; the isolates, which draw nothing, are dropped.
        #expect(shown.contains("<U+202E>watch␍ and wait,"))
        // The direction marks too, as in tables.
        for u in Self.hostile where u != "\r" { #expect(!shown.unicodeScalars.contains(u), "raw U+\(u.value)") }
        // Every CR left ends a line (the terminal writes LF as CR LF); a bare one would be the article's.
        let scalars = Array(shown.unicodeScalars)
        for (i, u) in scalars.enumerated() where u == "\r" {
            #expect(i + 1 < scalars.count && (scalars[i + 1] == "\n" || scalars[i + 1] == "\r"))
        }
    }
}
