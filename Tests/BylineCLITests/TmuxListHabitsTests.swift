import Foundation
import Testing

/// The entity panel and the list habits of newsboat and mutt users, on the real reader in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxListHabitsTests {
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { $0.contains("help") }.map(String.init) ?? ""
    }

    /// "N unread" from the status bar; 0 when it names none.
    static func unread(_ screen: String) -> Int {
        let words = statusLine(screen).split(separator: " ")
        // The count is the last "unread" (a message or the "unread only" chip come before it).
        guard let at = words.lastIndex(of: "unread"), at > 0 else { return 0 }
        return Int(words[at - 1]) ?? 0
    }

    /// The "3/27" position of the entity panel's first line.
    static func panelPosition(_ screen: String) -> (Int, Int)? {
        for line in screen.split(separator: "\n") where line.contains("Entities") {
            let parts = line.split(separator: " ").last?.split(separator: "/").compactMap { Int($0) } ?? []
            if parts.count == 2 { return (parts[0], parts[1]) }
        }
        return nil
    }

    @Test func entityPanelScrollsAndFiltersOnASmallScreen() throws {
        let tmux = try TmuxSession(width: 40, height: 10)
        try tmux.openReader()
        tmux.send("Enter", "e")
        let opened = tmux.waitUntil { Self.panelPosition($0)?.0 == 1 }
        #expect(opened.ok && Self.statusLine(opened.screen).contains("ENTITIES"), "\(opened.screen)")
        #expect(opened.screen.contains("People"))
        let total = Self.panelPosition(opened.screen)?.1 ?? 0
        #expect(total > 10, "\(opened.screen)")
        tmux.send("PgDn")
        let paged = tmux.waitUntil { (Self.panelPosition($0)?.0 ?? 1) > 1 }
        #expect(paged.ok, "\(paged.screen)")
        tmux.send("End")
        let ended = tmux.waitUntil { Self.panelPosition($0)?.0 == total }
        #expect(ended.ok && !ended.screen.contains("People"), "\(ended.screen)")
        tmux.send("Home", "Enter")
        // The first row is the most mentioned person: the list keeps the articles naming them.
        let filtered = tmux.waitUntil { Self.statusLine($0).contains("filter person:") }
        #expect(filtered.ok, "\(filtered.screen)")
        tmux.send("C-l")
        let count = TmuxReaderTests.count(tmux.waitUntil { TmuxReaderTests.count($0) != nil }.screen)
        #expect(count != nil && count!.shown < count!.total && count!.shown >= 1, "\(tmux.capture())")
        tmux.send("q", "C-l")
        #expect(tmux.waitUntil { TmuxReaderTests.count($0).map { $0.shown == $0.total } ?? false }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func readMarksToggleHideAndSurviveARestart() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        let start = Self.unread(tmux.capture())
        #expect(start > 40, "\(tmux.capture())")
        tmux.send("N")
        #expect(tmux.waitUntil { Self.unread($0) == start - 1 }.ok, "\(tmux.capture())")
        tmux.send("N")
        #expect(tmux.waitUntil { Self.unread($0) == start }.ok, "\(tmux.capture())")
        tmux.send("A")
        let asked = tmux.waitFor("again to do it")
        #expect(asked.ok && Self.unread(asked.screen) == start, "\(asked.screen)")
        tmux.send("A")
        #expect(tmux.waitUntil { Self.statusLine($0).contains("marked read") }.ok, "\(tmux.capture())")
        tmux.send("C-l")
        #expect(tmux.waitUntil { Self.unread($0) == 0 && TmuxReaderTests.count($0) != nil }.ok, "\(tmux.capture())")
        // Everything is read: hiding read articles leaves only the selected one, until the list changes.
        tmux.send("H", "C-l")
        #expect(tmux.waitUntil { Self.statusLine($0).contains(" unread only ") }.ok, "\(tmux.capture())")
        tmux.send("N", "H", "H", "C-l")
        let hidden = tmux.waitUntil { TmuxReaderTests.count($0)?.shown == 1 && Self.unread($0) == 1 }
        #expect(hidden.ok, "\(hidden.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        // The marks, and the one made unread again, were saved.
        try tmux.openReader()
        let again = tmux.waitUntil { Self.unread($0) == 1 }
        #expect(again.ok, "\(again.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func flagsShowInTheListAnswerAQueryAndSurviveARestart() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        tmux.send("j", "!")
        let flagged = tmux.waitUntil { screen in screen.split(separator: "\n").contains { $0.hasPrefix("●!") } }
        #expect(flagged.ok, "\(flagged.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        try tmux.openReader()
        #expect(tmux.waitUntil { $0.split(separator: "\n").contains { $0.hasPrefix("●!") } }.ok, "\(tmux.capture())")
        tmux.send(":")
        tmux.type("flag:yes")
        tmux.send("Enter")
        let one = tmux.waitUntil { TmuxReaderTests.count($0)?.shown == 1 }
        #expect(one.ok && Self.statusLine(one.screen).contains("flag:yes"), "\(one.screen)")
        tmux.send(":")
        tmux.type("flag:maybe")
        tmux.send("Enter")
        #expect(tmux.waitFor("is not yes or no").ok, "\(tmux.capture())")
        tmux.send("C-g", "q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func theURLIsInTheMetaLineCutToFit() throws {
        let tmux = try TmuxSession(width: 60, height: 20)
        try tmux.openReader()
        tmux.send("j", "Enter")
        let shown = tmux.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.contains("https://en.wikinews.org/wiki/Tributes") }
        }
        #expect(shown.ok, "\(shown.screen)")
        let line = shown.screen.split(separator: "\n").first { $0.contains("https://en.wikinews.org/") } ?? ""
        #expect(line.hasSuffix("…"), "\(line)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// The key hints line, the list's order and the split in the real reader.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxListLayoutTests {
    @Test func keyHintsSortAndSplit() throws {
        let tmux = try TmuxSession()
        try tmux.openReader()
        #expect(tmux.lines().first?.hasPrefix(" q:Quit  Enter:Open") == true, "\(tmux.capture())")
        tmux.send("O", "O")
        let sorted = tmux.waitUntil { TmuxListHabitsTests.statusLine($0).contains("sorted: by title") }
        #expect(sorted.ok, "\(sorted.screen)")
        // The list's rows, by title: each title's first letters in order.
        let rows = tmux.lines().dropFirst(2).prefix(10).map { String($0.prefix(40).dropFirst(13)).lowercased() }
        #expect(rows == rows.sorted(), "\(rows)")
        let separator = {
            tmux.lines()[3].firstIndex(of: "│").map {
                tmux.lines()[3].distance(from: tmux.lines()[3].startIndex, to: $0)
            }
        }
        let before = separator()
        tmux.send(">")
        let moved = tmux.waitUntil { _ in separator() != before }
        #expect(moved.ok && separator() == before.map { $0 + 4 }, "\(moved.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        // key-hints = false in the config file hides the line.
        let config = tmux.dir.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "key-hints = false\n".write(
            to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try tmux.openReader()
        #expect(tmux.lines().first?.contains("date") == true, "\(tmux.capture())")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
