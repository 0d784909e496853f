import Foundation
import Testing

/// Escape sequences, C1 controls and bidi controls carried by every format Byline reads (plain
/// text, Markdown, JSON, JSON Lines, HTML, RSS, Atom, annotated JSON Lines, newsboat's cache)
/// reach no screen of the reader raw: not the list, the reading pane, the entity panel, the
/// pickers, the help or the load report. Each screen is captured from a real terminal (tmux):
/// no raw hostile scalar, placeholders instead, and the window title never changed.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxHostileScreensTests {
    /// Checks one captured screen, and that nothing set the window title.
    static func expectInert(
        _ screen: String, _ what: String, _ tmux: TmuxSession, title: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        HostileFormatsOutputTests.expectInert(screen, what, sourceLocation: sourceLocation)
        #expect(tmux.paneTitle() == title, "\(what): the window title changed", sourceLocation: sourceLocation)
    }

    /// Sends `keys`, waits for a screen holding `text`, and checks it.
    static func step(
        _ tmux: TmuxSession, _ keys: String, expecting text: String, _ what: String, title: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        tmux.send(keys)
        let r = tmux.waitFor(text)
        #expect(r.ok, "\(what): '\(text)' never showed:\n\(r.screen)", sourceLocation: sourceLocation)
        expectInert(r.screen, what, tmux, title: title, sourceLocation: sourceLocation)
        return r.screen
    }

    @Test(.timeLimit(.minutes(3))) func everyScreenShowsEveryFormatInert() throws {
        let (dir, _, _) = try HostileFormatsOutputTests.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data")
        try (try HostileNames.line(payload: HostileFormatsOutputTests.payload) + "\n").write(
            to: data.appendingPathComponent("names.jsonl"), atomically: true, encoding: .utf8)
        // Skipped (empty) files whose names carry the payload and a byte that is not UTF-8.
        #expect(
            FileManager.default.createFile(
                atPath: data.appendingPathComponent("\u{1B}]0;PWNED\u{07}\u{202E}x.md").path, contents: nil))
        var name = Array(data.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8)
        name.append(0)
        let fd = name.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
        }
        #expect(fd >= 0)
        close(fd)

        let tmux = try TmuxSession(width: 120, height: 40)
        let title = tmux.paneTitle()
        try tmux.startByline([data.path, "--no-cache"])
        let listed = tmux.waitUntil(timeout: 60) { screen in
            screen.contains("Names") && screen.contains("Entry") && !screen.contains("annotating")
                && !screen.contains("reading ")
        }
        #expect(listed.ok, "the list never showed every article:\n\(listed.screen)")
        Self.expectInert(listed.screen, "list", tmux, title: title)
        #expect(
            listed.screen.contains("Page \u{241B}]0;PWNED"), "no placeholder for ESC in the list:\n\(listed.screen)")

        // Every article, opened in turn from the top of the list, with its entity panel.
        tmux.send("g")
        _ = Self.step(tmux, "Enter", expecting: "said", "reader", title: title)
        let markers = Set(HostileFormatsOutputTests.markers.values).union(["namesjson"])
        var seen = Set<String>()
        for n in 0..<markers.count {
            let r = tmux.waitUntil { screen in markers.contains { screen.contains($0) && !seen.contains($0) } }
            #expect(r.ok, "article \(n) is none not seen before:\n\(r.screen)")
            Self.expectInert(r.screen, "reader, article \(n)", tmux, title: title)
            seen.formUnion(markers.filter { r.screen.contains($0) })
            if r.screen.contains("namesjson") {
                // Emoji joined into one sequence show side by side; the combining flood is cut.
                #expect(r.screen.contains("👨👩👧👦"), "\(r.screen)")
                let panel = Self.step(tmux, "e", expecting: "Seoul<U+202E>luoeS", "entity panel", title: title)
                // (The panel cuts names to its width.)
                #expect(panel.contains("Jean ␛[31mLee Z"), "\(panel)")
                #expect(panel.contains("Seoul<U+202E>luoeS"), "\(panel)")
                tmux.send("e")
                _ = tmux.waitUntil { !$0.contains("Enter:Filter") }
                let speakers = Self.step(
                    tmux, "s", expecting: "Jean ␛[31mLee Z", "speakers of the article", title: title)
                #expect(speakers.contains("Jean ␛[31mLee Z"), "\(speakers)")
                tmux.send("Escape")
                _ = tmux.waitUntil { !$0.contains("Speakers") }
            }
            tmux.send("J")
        }
        #expect(seen == markers)

        // Each step waits for the row it checks, not the frame's title: a capture can land between
        // the frame and its rows.
        let picker = Self.step(tmux, "S", expecting: "Jean ␛[31mLee Z", "speakers of the collection", title: title)
        #expect(picker.contains("Jean ␛[31mLee Z"), "\(picker)")
        tmux.send("Escape")
        _ = tmux.waitUntil { !$0.contains("Speakers") }
        let entities = Self.step(tmux, "f", expecting: "Seoul<U+202E>luoeS", "entity filter picker", title: title)
        #expect(entities.contains("Seoul<U+202E>luoeS"), "\(entities)")
        tmux.send("Escape")
        _ = tmux.waitUntil { !$0.contains("Filter by entity") }
        _ = Self.step(tmux, "?", expecting: "Keys", "help", title: title)
        tmux.send("q")
        _ = tmux.waitUntil { !$0.contains("Keys") }
        let report = Self.step(tmux, "L", expecting: "caf\u{FFFD}.txt", "load report", title: title)
        #expect(report.contains("␛]0;PWNED␇<U+202E>x.md"), "\(report)")
        #expect(report.contains("caf\u{FFFD}.txt"), "\(report)")
        tmux.send("q")
        _ = tmux.waitUntil { !$0.contains("Load report") }
        tmux.send("q")
        let quit = tmux.waitUntil { $0.contains("exit=") }
        if !quit.ok { tmux.send("q") }
        #expect(tmux.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(2))) func newsboatItemsShowInert() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        let cache = tmux.dir.appendingPathComponent("cache.db").path
        let p = HostileFormatsOutputTests.payload
        NewsboatCacheFixture.write(
            to: cache,
            items: [
                .init(
                    guid: "evil", title: "Cached \(p)title", published: 1_642_118_400,
                    html: "<p>\(HostileFormatsOutputTests.quote("cachedfeed", p + "&#x1B;]0;PWNED&#7;"))</p>",
                    unread: true)
            ])
        let title = tmux.paneTitle()
        try tmux.startByline(["--newsboat", cache, "--no-cache"])
        let listed = tmux.waitUntil(timeout: 60) { $0.contains("Cached") && !$0.contains("annotating") }
        #expect(listed.ok, "\(listed.screen)")
        Self.expectInert(listed.screen, "newsboat list", tmux, title: title)
        let reader = Self.step(tmux, "Enter", expecting: "cachedfeed", "newsboat reader", title: title)
        #expect(reader.contains("␛]0;PWNED␇"), "\(reader)")
        _ = Self.step(tmux, "e", expecting: "Enter:Filter", "newsboat entity panel", title: title)
        tmux.send("e", "q", "q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
