import Foundation
import Testing

/// `y`, `Y`, `|` and `w` in the real reader inside tmux: what reaches the clipboard, the piped
/// command and the saved file, and what the status line says.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxArticleOutputTests {
    /// A directory with one article carrying every part of a citation, and escape sequences in
    /// its headline, text and quote that must never reach the terminal or leave raw.
    static func hostileArticleDirectory(in dir: URL) throws -> URL {
        let data = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let article = """
            {"title": "Harbour talks \\u001b]2;pwned\\u0007 resume", "source": "Coast Daily",
             "date": "2022-01-14", "url": "https://example.org/harbour",
             "text": "Talks resumed in Lisbon on Monday.\\n\\n\\"We are close \\u001b]52;c;ZXZpbA==\\u0007 to a deal,\\" Maria Silva said on Monday.\\n\\nThe vote is due on Friday."}
            """
        try article.write(to: data.appendingPathComponent("harbour.json"), atomically: true, encoding: .utf8)
        return data
    }

    /// Starts the reader on `data` with the shell in `cwd`, and waits until it is loaded.
    static func open(_ tmux: TmuxSession, _ data: URL, title: String, cwd: URL? = nil) throws {
        if let cwd {
            tmux.type("cd \(TmuxSession.quote(cwd.path))")
            tmux.send("Enter")
        }
        try tmux.startByline([data.path])
        let r = tmux.waitUntil(timeout: 60) {
            $0.contains(title) && $0.contains(" articles") && !$0.contains("annotating")
        }
        if !r.ok { throw TmuxSession.TmuxError.didNotStart(r.screen) }
    }

    @Test func yCopiesTheQuoteWithItsCitationThroughOSC52() throws {
        let tmux = try TmuxSession()
        tmux.acceptClipboard()
        try Self.open(tmux, try Self.hostileArticleDirectory(in: tmux.dir), title: "Harbour talks")
        tmux.send("Enter", "]", "y")
        let copied = tmux.waitFor("quote copied via OSC 52")
        #expect(copied.ok, "\(copied.screen)")
        let clip = tmux.clipboard() ?? ""
        #expect(
            clip
                == "\"We are close ␛]52;c;ZXZpbA==␇ to a deal,\" — Maria Silva, Coast Daily, 2022-01-14, https://example.org/harbour",
            "clipboard: \(clip)")
        #expect(!clip.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        tmux.send("Y")
        #expect(tmux.waitFor("URL copied via OSC 52").ok)
        #expect(tmux.clipboard() == "https://example.org/harbour")
        // The headline's OSC 2 never reached the terminal.
        #expect(!tmux.paneTitle().contains("pwned"))
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func theConfiguredCopyCommandGetsTheText() throws {
        let tmux = try TmuxSession()
        let clipFile = tmux.dir.appendingPathComponent("clip.txt")
        let config = tmux.dir.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "copy-command = \"cat > \(clipFile.path)\"\n".write(
            to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try Self.open(tmux, try Self.hostileArticleDirectory(in: tmux.dir), title: "Harbour talks")
        tmux.send("Y")
        #expect(tmux.waitFor("URL copied with cat").ok, "\(tmux.capture())")
        #expect((try? String(contentsOf: clipFile, encoding: .utf8)) == "https://example.org/harbour")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func pipeHandsTheTerminalToTheCommandAndReportsItsStatus() throws {
        let tmux = try TmuxSession()
        let piped = tmux.dir.appendingPathComponent("piped.txt")
        try Self.open(tmux, try Self.hostileArticleDirectory(in: tmux.dir), title: "Harbour talks")
        tmux.send("Enter", "|")
        #expect(tmux.waitFor("pipe to:").ok)
        tmux.type("tee \(piped.path) | wc -l; exit 3")
        tmux.send("Enter")
        let paused = tmux.waitFor("press any key to return to byline")
        #expect(paused.ok, "\(paused.screen)")
        #expect(paused.screen.contains("[exit status 3]"))
        // wc's count of the lines piped: headline, meta line, and a blank line before each paragraph.
        #expect(paused.screen.contains("8"), "\(paused.screen)")
        tmux.send("x")
        let back = tmux.waitFor("pipe: exit status 3 from tee")
        #expect(back.ok, "\(back.screen)")
        #expect(back.screen.contains("Harbour talks"))
        let text = (try? String(contentsOf: piped, encoding: .utf8)) ?? ""
        #expect(
            text.hasPrefix("Harbour talks ␛]2;pwned␇ resume\nCoast Daily · 2022-01-14 · https://example.org/harbour\n"))
        #expect(text.contains("\"We are close ␛]52;c;ZXZpbA==␇ to a deal,\" Maria Silva said on Monday."))
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalRestored().ok)
    }

    @Test func wSavesMarkdownAndAsksBeforeOverwriting() throws {
        let tmux = try TmuxSession()
        let out = tmux.dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Self.open(tmux, try Self.hostileArticleDirectory(in: tmux.dir), title: "Harbour talks", cwd: out)
        let name = "harbour-talks-2-pwned-resume.md"
        tmux.send("Enter", "w")
        #expect(tmux.waitFor("save to: \(name)").ok, "\(tmux.capture())")
        tmux.send("Enter")
        #expect(tmux.waitFor("saved to \(name)").ok, "\(tmux.capture())")
        let saved = (try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) ?? ""
        #expect(
            saved.hasPrefix(
                "# Harbour talks ␛]2;pwned␇ resume\n\nCoast Daily · 2022-01-14 · https://example.org/harbour\n"))
        #expect(
            saved.contains("\n## Quotes\n\n- \"We are close ␛]52;c;ZXZpbA==␇ to a deal,\" — **Maria Silva**\n"),
            "\(saved)")
        #expect(saved.contains("\n## People\n\n") && saved.contains("\n- Maria Silva\n"), "\(saved)")
        #expect(saved.contains("\n## Dates\n"), "\(saved)")
        // Again: the file exists, and only y overwrites it.
        try "mine".write(to: out.appendingPathComponent(name), atomically: true, encoding: .utf8)
        tmux.send("w", "Enter")
        #expect(tmux.waitFor("exists; overwrite? (y/n)").ok, "\(tmux.capture())")
        tmux.send("n")
        #expect(tmux.waitFor("not saved").ok)
        #expect((try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) == "mine")
        tmux.send("w", "Enter")
        #expect(tmux.waitFor("overwrite?").ok)
        tmux.send("y")
        #expect(tmux.waitFor("saved to \(name)").ok)
        #expect(
            (try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8))?.hasPrefix("# Harbour") == true
        )
        // A directory that does not exist: the error is on the status line.
        tmux.send("w")
        #expect(tmux.waitFor("save to:").ok)
        for _ in 0..<name.count { tmux.send("BSpace") }
        tmux.type("no/such/dir.md")
        tmux.send("Enter")
        #expect(tmux.waitFor("cannot save to no/such/dir.md: No such file or directory").ok, "\(tmux.capture())")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
