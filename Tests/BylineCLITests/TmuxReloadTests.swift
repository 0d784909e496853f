import Foundation
import Testing

/// Files added, changed and deleted under the running reader show up without a restart: on
/// their own (the watcher) and with `R`, the selection and the filters kept.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxReloadTests {
    static let files = [
        "wikinews_01_Actor_Doris_Day_dies_at_97.txt",
        "wikinews_03_Thousands_march_in_anti_Brexit_protest_London.txt",
        "wikinews_05_Arrest_made_as_mayor_of_Gdansk_Poland_stabbed_on_stage.txt",
    ]
    static let added = "wikinews_07_Toronto_Comicon_2019_welcomes_fans_with_celebrities_creativi.txt"

    /// The headline in the reading pane beside the list (the first row with a separator, under
    /// the key hints).
    static func readingPaneHeadline(_ screen: String) -> String {
        let first = screen.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains("│") } ?? ""
        return first.split(separator: "│").dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    @Test func newChangedAndDeletedFilesAppearKeepingSelectionAndFilters() throws {
        let tmux = try TmuxSession()
        let data = tmux.dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let sample = Binary.root.appendingPathComponent("sample-data")
        for f in Self.files {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(f), to: data.appendingPathComponent(f))
        }
        try tmux.startByline([data.path])
        #expect(tmux.waitUntil(timeout: 60) { $0.contains("3/3 articles") && !$0.contains("annotating") }.ok)
        // Narrow the list to two articles with a search, and select the second.
        tmux.send("/")
        tmux.type("mayor")
        tmux.send("Enter", "j")
        let before = tmux.waitUntil { Self.readingPaneHeadline($0).hasPrefix("Arrest made") }
        #expect(before.ok, "\(before.screen)")
        #expect(TmuxReaderTests.count(before.screen).map { $0 == (2, 3) } == true, "\(before.screen)")
        let selected = Self.readingPaneHeadline(before.screen)

        // Added with no key pressed: the watcher notices.
        try FileManager.default.copyItem(
            at: sample.appendingPathComponent(Self.added), to: data.appendingPathComponent(Self.added))
        let grown = tmux.waitUntil(timeout: 30) { $0.contains("reloaded: 1 new") }
        #expect(grown.ok, "\(grown.screen)")
        #expect(TmuxReaderTests.count(grown.screen)?.total == 4, "\(grown.screen)")
        // The search still narrows the list (the new article does not mention a mayor).
        #expect(TmuxReaderTests.count(grown.screen).map { $0 == (2, 4) } == true, "\(grown.screen)")
        #expect(Self.readingPaneHeadline(grown.screen) == selected, "\(grown.screen)")

        // Deleted, then R (the watcher may get there first; either way the count drops).
        try FileManager.default.removeItem(at: data.appendingPathComponent(Self.files[0]))
        tmux.send("R")
        let shrunk = tmux.waitUntil(timeout: 30) { TmuxReaderTests.count($0)?.total == 3 }
        #expect(shrunk.ok, "\(shrunk.screen)")
        #expect(Self.readingPaneHeadline(shrunk.screen) == selected, "\(shrunk.screen)")
        tmux.send("R")
        #expect(tmux.waitFor("reloaded: no changes").ok, "\(tmux.capture())")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
