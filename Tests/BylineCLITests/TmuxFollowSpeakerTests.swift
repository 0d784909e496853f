import Foundation
import Testing

/// Following one speaker's quotes across sample-data in the real reader, as a new user would:
/// choose them with `S`, then `}` and `{`, reading only the screen.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxFollowSpeakerTests {
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { $0.contains("help") }.map(String.init) ?? ""
    }

    @Test func speakerChosenWithSIsFollowedAcrossArticles() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("S")
        #expect(tmux.waitFor("Speakers in the collection").ok)
        tmux.type("Donald")
        #expect(tmux.waitFor("Donald Trump").ok)
        tmux.send("Enter")
        let chosen = tmux.waitUntil { Self.statusLine($0).contains("following Donald Trump") }
        #expect(chosen.ok, "\(chosen.screen)")
        var titles: Set<String> = []
        for _ in 0..<8 {
            let before = tmux.capture()
            tmux.send("}")
            let moved = tmux.waitUntil { $0 != before }
            let status = Self.statusLine(moved.screen)
            // Every landing names the followed speaker; the end of the list says so.
            #expect(status.contains("Donald Trump"), "\(moved.screen)")
            if status.contains("no more quotes") { break }
            if let title = status.components(separatedBy: "Donald Trump: ").last, !title.hasPrefix("quote ") {
                titles.insert(title)
            }
        }
        #expect(titles.count >= 2, "followed into \(titles)")
        tmux.send("{")
        #expect(tmux.waitUntil { Self.statusLine($0).contains("Donald Trump") }.ok)
        tmux.send("q", "F", "q")
        #expect(tmux.exitStatus() == 0)
    }

    /// The status bar says which pane has the keys, also under an overlay opened from the
    /// reader, and what a quote landed on by `]` is.
    @Test func statusSaysWhereTheKeysGoAndWhoSpeaks() throws {
        let tmux = try TmuxSession(width: 60, height: 20)
        try tmux.openReader()
        tmux.send("Enter", "?")
        let help = tmux.waitFor("Keys")
        #expect(Self.statusLine(help.screen).contains("READER"), "\(help.screen)")
        tmux.send("q")
        // At 60 columns the status bar has no room for the annotation progress (and the legend
        // shows a quote mark whatever the article holds): while `]` says the article is still
        // being annotated, press it again.
        var landed = (ok: false, screen: "")
        for _ in 0..<12 {
            tmux.send("]")
            landed = tmux.waitUntil(timeout: 5) {
                Self.statusLine($0).contains("quote 1 of") && Self.statusLine($0).contains(" · ")
            }
            if landed.ok || !Self.statusLine(landed.screen).contains("still being annotated") { break }
        }
        // Who said it, in words, whatever the article's annotation found.
        let who = Self.statusLine(landed.screen).components(separatedBy: "quote 1 of ").last ?? ""
        #expect(who.contains(" · ") && !who.contains("·  "), "\(landed.screen)")
        for _ in 0..<30 { tmux.send("]") }
        let last = tmux.waitUntil { Self.statusLine($0).contains("last quote") }
        #expect(last.ok, "\(last.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// Searching and filtering in the real reader.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxSearchAndFilterTests {
    @Test func aListSearchIsFoundAgainInTheArticleWithTheCurrentMatchMarked() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("/")
        tmux.type("missile")
        tmux.send("Enter")
        #expect(tmux.waitFor("text:missile").ok)
        tmux.send("Enter", "n")
        let first = tmux.waitUntil { TmuxFollowSpeakerTests.statusLine($0).contains("match 1 of") }
        #expect(first.ok, "\(first.screen)")
        // The current match has its own look (the dark theme's search.current background, 208).
        #expect(tmux.captureWithColours().contains("48;5;208mmissile"))
        tmux.send("q", "q")
        let cleared = tmux.waitUntil { TmuxFollowSpeakerTests.statusLine($0).contains("filters cleared") }
        #expect(cleared.ok, "\(cleared.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func aFilterMatchingNothingLeavesNoArticleOnScreen() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send(":")
        tmux.type("text:zzzzqqq")
        tmux.send("Enter")
        // A frame can reach tmux in pieces (the pty hands a large write on in chunks), so under
        // load a capture may show the message on the list's first row while the rows below and
        // the reading pane still hold the old frame. The screen is read until the message stands
        // alone; the test fails if it never does.
        let empty = tmux.waitUntil { screen in
            screen.contains("No article matches the filters") && !screen.contains(TmuxSession.seedTitleStart)
                && !screen.contains("Blinken")
        }
        #expect(empty.ok, "\(empty.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    /// A refused query stays on the prompt line with the reason, cut with an ellipsis when the
    /// line is short; Up brings back what was run before.
    @Test func aRefusedQueryCanBeCorrectedAndPromptsRemember() throws {
        let tmux = try TmuxSession(width: 60, height: 20)
        try tmux.openReader()
        tmux.send(":")
        tmux.type("place:Seoul date:2022-02-30")
        tmux.send("Enter")
        let refused = tmux.waitUntil { $0.split(separator: "\n").last?.contains("2022-02-30'") == true }
        let line = tmux.lines()[19]
        #expect(refused.ok && line.hasPrefix(":place:Seoul date:2022-02-30") && line.hasSuffix("…"), "\(line)")
        for _ in 0..<6 { tmux.send("BSpace") }
        tmux.send("Enter")
        #expect(tmux.waitUntil { !$0.contains("█") }.ok)
        tmux.send("F", ":", "Up")
        let recalled = tmux.waitUntil {
            $0.split(separator: "\n").last { $0.hasPrefix(":") } == ":place:Seoul date:2022█"
        }
        #expect(recalled.ok, "\(recalled.screen)")
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("█") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// Moving between articles without going back to the list, as newsboat and mutt readers do.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxArticleStepTests {
    @Test func bigJAndKStepThroughArticlesFromTheReader() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.openReader()
        tmux.send("Enter")
        #expect(tmux.waitFor("READER").ok)
        // The headline is on the first row under the key hints.
        let first = tmux.lines()[1]
        tmux.send("J")
        let next = tmux.waitUntil { $0.split(separator: "\n").dropFirst().first.map(String.init) != first }
        #expect(next.ok && next.screen.contains("READER"), "\(next.screen)")
        tmux.send("K")
        let back = tmux.waitUntil { $0.split(separator: "\n").dropFirst().first.map(String.init) == first }
        #expect(back.ok, "\(back.screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
