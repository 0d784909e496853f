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
        tmux.send("q", "]")
        let landed = tmux.waitUntil { Self.statusLine($0).contains("quote 1 of") }
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
