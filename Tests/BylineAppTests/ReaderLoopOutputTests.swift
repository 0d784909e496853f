import BylineApp
import BylineCore
import BylineUI
import Foundation
import Testing

/// The loop carrying out `y`, `|`, `w` and `R` through a fake terminal, over a real load.
@Suite struct ReaderLoopOutputTests {
    /// A folder with one article, and an empty state folder.
    private func folders() throws -> (root: URL, articles: URL, state: URL) {
        let f = try LoopFolders("output")
        try article("Harbour bridge opens", quote: "It took ten years").write(
            to: f.articles.appendingPathComponent("bridge.md"), atomically: true, encoding: .utf8)
        return (f.root, f.articles, f.state)
    }

    private func article(_ title: String, quote: String, date: String = "2024-03-01") -> String {
        """
        ---
        title: "\(title)"
        date: \(date)
        source: Oslo Post
        url: https://example.org/bridge
        ---

        The mayor, Anna Berg, opened the bridge in Oslo on Friday. "\(quote)," Anna Berg said.

        """
    }

    private func run(
        _ steps: [FakeTerminal.Step], articles: URL, state: URL, copyCommand: String? = nil,
        watcher: (any CollectionWatcher)? = nil
    ) -> FakeTerminal {
        let terminal = FakeTerminal(steps)
        let loop = ReaderLoop(
            terminal: terminal, loader: CollectionLoader(paths: [articles.path], cache: nil, workers: 1),
            themes: [Theme(name: "t", styles: [:])], themeIndex: 0, marks: ReadMarks.load(directory: state),
            copyCommand: copyCommand, watcher: watcher, environment: [:])
        #expect(loop.run() == .quit)
        return terminal
    }

    static func loaded(_ n: Int) -> FakeTerminal.Step {
        .waitFor("\(n) articles loaded") {
            $0.contains("\(n)/\(n) articles") && !$0.contains("annotating") && !$0.contains("reading")
        }
    }

    /// The article's quote is labelled in the reading pane: its annotation is in.
    static let annotated = FakeTerminal.Step.waitFor("[Anna Berg]")

    static func typed(_ s: String) -> [FakeTerminal.Step] { s.map { .char($0) } }

    @Test func yCopiesThroughOSC52AndSaysSo() throws {
        let (_, articles, state) = try folders()
        let terminal = run(
            [
                Self.loaded(1), Self.annotated, .key(KeyPress(.enter)), .char("]"), .char("y"),
                .waitFor("quote copied via OSC 52"),
                .char("q"),
                .char("q"),
            ],
            articles: articles, state: state)
        #expect(
            terminal.clipboard == [
                "\"It took ten years,\" — Anna Berg, Oslo Post, 2024-03-01, https://example.org/bridge"
            ])
    }

    @Test func theCopyCommandWinsOverOSC52() throws {
        let (root, articles, state) = try folders()
        let out = root.appendingPathComponent("clip")
        let terminal = run(
            [Self.loaded(1), .char("Y"), .waitFor("URL copied with cat"), .char("q")], articles: articles, state: state,
            copyCommand: "cat > '\(out.path)'")
        #expect(terminal.clipboard.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == "https://example.org/bridge")
    }

    @Test func pipeHandsTheArticleToShell() throws {
        let (_, articles, state) = try folders()
        let terminal = run(
            [Self.loaded(1), .key(KeyPress(.enter)), .char("|")] + Self.typed("less")
                + [.key(KeyPress(.enter)), .waitFor("pipe: exit status 0 from less"), .char("q"), .char("q")],
            articles: articles, state: state)
        #expect(terminal.externalCommands == [[["/bin/sh", "-c", "less"]]])
        #expect(terminal.pipedInputs.first?.hasPrefix("Harbour bridge opens\nOslo Post · 2024-03-01 · ") == true)
    }

    @Test func wSavesAndAsksBeforeOverwriting() throws {
        let (root, articles, state) = try folders()
        let path = root.appendingPathComponent("saved.md").path
        let save: [FakeTerminal.Step] =
            [.char("w"), .key(.ctrl("u"))] + Self.typed(path) + [.key(KeyPress(.enter))]
        _ = run(
            [Self.loaded(1), Self.annotated] + save + [.waitFor("saved to")] + save + [
                .waitFor("overwrite? (y/n)"), .char("n"),
            ]
                + [.waitFor("not saved"), .char("q")],
            articles: articles, state: state)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.hasPrefix("# Harbour bridge opens\n"))
        #expect(saved.contains("\n## Quotes\n\n- \"It took ten years,\" — **Anna Berg**\n"))
    }

    @Test func reloadBringsInNewChangedAndDeletedFilesKeepingTheSelection() throws {
        let (_, articles, state) = try folders()
        let second = articles.appendingPathComponent("second.md")
        try article("Ferry strike ends", quote: "We are back", date: "2024-02-01").write(
            to: second, atomically: true, encoding: .utf8)
        var steps: [FakeTerminal.Step] = [Self.loaded(2), .char("j")]
        steps.append(
            .waitFor("the second row selected") { _ in
                // Once the second article is selected, the files change under the reader.
                try? FileManager.default.removeItem(at: articles.appendingPathComponent("bridge.md"))
                try? "---\ntitle: \"Tram line approved\"\n---\n\nThe council approved the line.\n".write(
                    to: articles.appendingPathComponent("tram.md"), atomically: true, encoding: .utf8)
                return true
            })
        // The reload fetches the selected article's text again; its preview is waited for, since
        // under load it can come a frame after the status line.
        let previewed: FakeTerminal.Step = .waitFor("the second article still previewed") {
            $0.contains("reloaded: 1 new, 1 removed")
                && $0.split(separator: "\n").first?.contains("│  Ferry strike ends") == true
        }
        steps += [.char("R"), previewed, .char("q")]
        let last = try #require(run(steps, articles: articles, state: state).frames.last)
        #expect(last.contains("Tram line approved") && last.contains("Ferry strike ends"))
        #expect(!last.contains("Harbour bridge opens"))
        // Still selected, so still in the reading pane beside the list.
        #expect(last.split(separator: "\n").first?.contains("│  Ferry strike ends") == true, "\(last)")
    }

    @Test func theWatcherReloadsWithoutAKey() throws {
        let (_, articles, state) = try folders()
        let steps: [FakeTerminal.Step] = [
            Self.loaded(1),
            .waitFor("a file added under the reader") { _ in
                try? "---\ntitle: \"Tram line approved\"\n---\n\nThe council approved the line.\n".write(
                    to: articles.appendingPathComponent("tram.md"), atomically: true, encoding: .utf8)
                return true
            },
            Self.loaded(2), .char("q"),
        ]
        let last = try #require(
            run(steps, articles: articles, state: state, watcher: FileWatching.watcher(roots: [articles.path]))
                .frames.last)
        #expect(last.contains("Tram line approved") && last.contains("reloaded: 1 new"))
    }
}
