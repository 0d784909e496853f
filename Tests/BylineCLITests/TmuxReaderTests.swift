import BylineUI
import Foundation
import Testing

/// The real reader on sample-data inside tmux: what a person sees and does.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxReaderTests {
    /// The "N/M articles" count of the status bar.
    static func count(_ screen: String) -> (shown: Int, total: Int)? {
        for line in screen.split(separator: "\n").reversed() {
            guard let r = line.range(of: " articles") else { continue }
            let numbers =
                line[..<r.lowerBound].split(separator: " ").last?.split(separator: "/").compactMap { Int($0) } ?? []
            if numbers.count == 2 { return (numbers[0], numbers[1]) }
        }
        return nil
    }

    static func statusOnLastRow(_ tmux: TmuxSession, height: Int) -> Bool {
        let rows = tmux.lines()
        return rows.count > height - 1 && rows[height - 1].contains("? help")
    }

    /// Rows no wider than the terminal, the status bar on the last row: nothing wrapped or scrolled.
    static func checkLayout(
        _ tmux: TmuxSession, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let rows = tmux.lines()
        #expect(rows.count >= height, sourceLocation: sourceLocation)
        for row in rows {
            #expect(
                DisplayWidth.unicode.width(of: row) <= width, "row wider than \(width): \(row)",
                sourceLocation: sourceLocation)
        }
        if width >= 60 && height >= 10 {
            #expect(
                rows[height - 1].contains("? help"), "status bar not on the last row:\n\(rows.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        }
    }

    @Test func opensSampleDataShowingTitles() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        let screen = tmux.capture()
        #expect(screen.contains("2022-01-14"))
        let c = Self.count(screen)
        #expect(c != nil && c!.shown == c!.total && c!.total >= 40, "\(screen)")
        Self.checkLayout(tmux, width: 100, height: 30)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func resizesFromHugeToTiny() throws {
        let tmux = try TmuxSession()
        let pid = try tmux.openReader()
        for (w, h) in [(60, 20), (200, 60), (10, 3), (1, 1), (100, 30)] {
            tmux.resize(width: w, height: h)
            let settled = tmux.waitUntil { _ in
                tmux.lines().count >= h && TmuxSession.isRunning(pid) && tmux.paneSize() == (w, h)
            }
            #expect(settled.ok, "\(w)x\(h)")
            if w >= 60 {
                let drawn = tmux.waitUntil { _ in Self.statusOnLastRow(tmux, height: h) }
                #expect(drawn.ok, "\(w)x\(h): \(drawn.screen)")
            } else if w == 10 {
                #expect(tmux.waitFor("too small").ok, "\(w)x\(h): \(tmux.capture())")
            }
            Self.checkLayout(tmux, width: w, height: h)
            #expect(TmuxSession.isRunning(pid), "crashed at \(w)x\(h)")
        }
        #expect(tmux.waitFor(TmuxSession.seedTitleStart).ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalRestored().ok)
    }

    /// After a storm of resizes the screen is exactly what a full repaint (Ctrl-L) gives.
    @Test func resizeStormLeavesACorrectScreen() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("j", "j", "Enter")
        for i in 0..<40 {
            tmux.resize(width: 40 + (i * 37) % 160, height: 8 + (i * 11) % 50)
        }
        tmux.resize(width: 100, height: 30)
        // At 100 columns the list and the reading pane are side by side again (under the key hints).
        let settled = tmux.waitUntil { screen in
            tmux.paneSize() == (100, 30) && Self.statusOnLastRow(tmux, height: 30)
                && (screen.split(separator: "\n").dropFirst().first?.contains("│") ?? false)
        }
        #expect(settled.ok, "\(settled.screen)")
        // Let the last frame land (the same screen for half a second), then compare with a full repaint.
        var before = tmux.capture()
        var unchanged = 0
        for _ in 0..<50 where unchanged < 5 {
            usleep(100_000)
            let again = tmux.capture()
            unchanged = again == before ? unchanged + 1 : 0
            before = again
        }
        Self.checkLayout(tmux, width: 100, height: 30)
        tmux.send("C-l")
        usleep(300_000)
        let repainted = tmux.waitUntil(timeout: 5) { $0 == before }
        #expect(repainted.ok, "after Ctrl-L:\n\(repainted.screen)\nbefore:\n\(before)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func entityFilterNarrowsTheList() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        let before = Self.count(tmux.capture())
        tmux.send("f")
        tmux.type("KCNA")
        #expect(tmux.waitFor("KCNA").ok)
        tmux.send("Enter")
        let after = tmux.waitUntil { screen in
            guard let b = before, let a = Self.count(screen) else { return false }
            return a.shown < b.shown && a.shown >= 1
        }
        #expect(after.ok, "\(after.screen)")
        #expect(after.screen.contains(TmuxSession.seedTitleStart))
        // The first q clears the filter, as mutt's limit does; the second quits.
        tmux.send("q")
        #expect(tmux.waitFor("filters cleared").ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func questionMarkShowsTheHelp() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("?")
        let help = tmux.waitUntil { $0.contains("Keys") && $0.contains("Next quote") }
        #expect(help.ok, "\(help.screen)")
        tmux.send("q")
        #expect(tmux.waitUntil { !$0.contains("Next quote") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// A click selects the row under the pointer (X10 mouse report, as tmux-256color declares).
    @Test func mouseClickSelectsARow() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        let rows = tmux.lines()
        let row = 5
        let title = rows[row].dropFirst(13).prefix(15).trimmingCharacters(in: .whitespaces)
        tmux.mouse(button: 0, x: 5, y: row)
        tmux.send("Enter")
        let opened = tmux.waitUntil { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // The headline is on the first row under the key hints.
            return lines.count > 2 && lines[1].dropFirst(42).contains(title.prefix(10))
        }
        #expect(opened.ok, "expected \(title) in the reading pane:\n\(opened.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    /// The wheel over the reading pane scrolls it: the position in the status bar moves on.
    @Test func mouseWheelScrollsTheReader() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("g", "Enter")
        func position(_ screen: String) -> Int? {
            let status = screen.split(separator: "\n").last { $0.contains("? help") } ?? ""
            return status.split(separator: " ").first { $0.hasSuffix("%") }.flatMap { Int($0.dropLast()) }
        }
        let start = tmux.waitUntil { position($0) != nil }
        let before = try #require(position(start.screen), "\(start.screen)")
        for _ in 0..<3 { tmux.mouse(button: 65, x: 60, y: 10) }
        let moved = tmux.waitUntil { (position($0) ?? 0) > before }
        #expect(moved.ok, "\(moved.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    /// `o` gives the terminal to $BROWSER and takes it back: the program gets the URL, and what
    /// it printed does not stay on the reader's screen.
    @Test func openURLWithBrowser() throws {
        let tmux = try TmuxSession()
        let script = tmux.dir.appendingPathComponent("browser.sh")
        let opened = tmux.dir.appendingPathComponent("opened.txt")
        try "#!/bin/sh\necho \"$1\" > '\(opened.path)'\necho BROWSER-NOISE\n".write(
            to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        try tmux.openReader(prefix: "env BROWSER=\(TmuxSession.quote(script.path))")
        // The seed has no URL; the Wikinews article after it has one.
        tmux.send("j", "Enter", "o")
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOf: opened, encoding: .utf8)) == nil && Date() < deadline { usleep(50_000) }
        let url = (try? String(contentsOf: opened, encoding: .utf8)) ?? ""
        #expect(url.hasPrefix("http"), "browser got: \(url)")
        let back = tmux.waitUntil { $0.contains(" articles") && !$0.contains("BROWSER-NOISE") }
        #expect(back.ok, "\(back.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func openURLWithoutAnyBrowserSaysSo() throws {
        let tmux = try TmuxSession()
        try tmux.openReader(prefix: "env BROWSER=no-such-browser-here PATH=/nonexistent")
        tmux.send("j", "Enter", "o")
        let said = tmux.waitFor("no-such-browser-here")
        #expect(said.ok, "\(said.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// Quote navigation in the seed article, checked against what `byline annotate` finds there: the
/// current quote is drawn in a colour of its own (a test theme makes it unmistakable) and read
/// back from the screen's colour codes.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxQuoteNavigationTests {
    static let seed = "sample-data/000_6dcc1abd43cc5c53.txt"
    /// #ff00ff, which tmux-256color shows as palette entry 201.
    static let marker = "201"

    /// (speaker, text) of each quote in the seed's body (after the headline line), in order.
    static func seedBodyQuotes() throws -> [(speaker: String, text: String)] {
        let r = try Binary.run(["annotate", seed])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let text = object["text"] as? String ?? ""
        let headline =
            text.unicodeScalars.firstIndex(of: "\n").map {
                text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0)
            } ?? 0
        let quotes = object["quotes"] as? [[String: Any]] ?? []
        return quotes.filter { ($0["start"] as? Int ?? 0) > headline }.map { q in
            ((q["speaker"] as? [String: Any])?["name"] as? String ?? "", q["text"] as? String ?? "")
        }
    }

    /// The runs of text drawn with the current-quote background, whitespace collapsed. Entity
    /// names inside a quote keep their own colours, so a quote can come back in several runs.
    /// The colour legend's sample of the current quote is left out.
    static func highlighted(_ tmux: TmuxSession) -> [String] {
        var runs: [String] = []
        var run = ""
        var background = ""
        func close() {
            let r = collapse(run)
            if !r.isEmpty { runs.append(r) }
            run = ""
        }
        let screen = tmux.captureWithColours().split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("Colours:") }.joined(separator: "\n")
        var chars = screen[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\u{1B}", chars.first == "[", let end = chars.firstIndex(of: "m") {
                let params = chars.dropFirst().prefix(upTo: end).split(separator: ";", omittingEmptySubsequences: false)
                    .map(String.init)
                chars = chars[chars.index(after: end)...]
                var i = 0
                while i < params.count {
                    switch params[i] {
                    case "0", "", "49": background = ""
                    case "48" where i + 2 < params.count && params[i + 1] == "5":
                        background = params[i + 2]
                        i += 2
                    case "38" where i + 2 < params.count && params[i + 1] == "5": i += 2
                    default: break
                    }
                    i += 1
                }
                continue
            }
            if c == "\n" {
                run += " "
                continue
            }
            if background == marker { run.append(c) } else { close() }
        }
        close()
        return runs
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Whether the highlighted runs are all part of `quote` and cover a fair part of it.
    static func shows(_ runs: [String], _ quote: String) -> Bool {
        let q = collapse(quote)
        let covered = runs.reduce(0) { $0 + $1.count }
        return !runs.isEmpty && runs.allSatisfy { q.contains($0) } && covered >= min(20, q.count / 2)
    }

    @Test func bracketThenBraceFollowTheFirstSpeaker() throws {
        let quotes = try Self.seedBodyQuotes()
        try #require(quotes.count >= 2, "the seed has no quotes yet")
        let first = quotes[0]
        #expect(first.speaker == "Antony Blinken")
        let second = try #require(
            quotes.dropFirst().first { $0.speaker == first.speaker }, "no second quote by \(first.speaker)")

        let tmux = try TmuxSession()
        let theme = tmux.dir.appendingPathComponent("marked.toml")
        try "name = \"marked\"\n[quote.current]\nfg = \"#ffffff\"\nbg = \"#ff00ff\"\n".write(
            to: theme, atomically: true, encoding: .utf8)
        try tmux.openReader(["--theme", theme.path])
        // The seed is the newest article: first in the list.
        tmux.send("g", "Enter")
        // A quote in the headline is current without a highlight in the body: step past it.
        var onFirst = false
        for _ in 0..<3 where !onFirst {
            tmux.send("]")
            onFirst = tmux.waitUntil(timeout: 3) { _ in !Self.highlighted(tmux).isEmpty }.ok
        }
        #expect(
            Self.shows(Self.highlighted(tmux), first.text),
            "] should land on: \(first.text)\nhighlighted: \(Self.highlighted(tmux))")
        tmux.send("}")
        let onSecond = tmux.waitUntil { _ in Self.shows(Self.highlighted(tmux), second.text) }
        #expect(onSecond.ok, "} should reach: \(second.text)\nhighlighted: \(Self.highlighted(tmux))")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// Article text is untrusted: escape sequences in it must show as placeholders, never act on the
/// terminal (no window-title change, no cleared screen, no colours).
@Suite(.enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxHostileTextTests {
    @Test func escapeSequencesAreShownNotObeyed() throws {
        let tmux = try TmuxSession()
        let data = tmux.dir.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let text =
            "Evil \u{1B}]0;PWNED\u{07}headline\n\nBody \u{1B}[31mred\u{1B}[0m then \u{1B}[2J and \u{202E}reversed\u{202C} end.\n"
        try text.write(to: data.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let titleBefore = tmux.paneTitle()
        try tmux.startByline([data.path])
        #expect(tmux.waitFor("headline").ok)
        tmux.send("Enter")
        let opened = tmux.waitFor("reversed")
        #expect(opened.ok, "\(opened.screen)")
        #expect(opened.screen.contains("\u{241B}"), "no visible placeholder for ESC:\n\(opened.screen)")
        #expect(!opened.screen.contains("\u{202E}"))
        #expect(tmux.paneTitle() == titleBefore)
        #expect(!tmux.paneTitle().contains("PWNED"))
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
