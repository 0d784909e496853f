import BylineApp
import BylineCore
import BylineUI
import Foundation
import Testing

/// The reader's loop driven through a fake terminal, with a real loader on a folder of articles.
@Suite struct ReaderLoopTests {
    let themes = [Theme(name: "first", styles: [:]), Theme(name: "second", styles: [:])]

    /// A folder holding one Markdown article with `url`, and an empty state folder for read marks.
    private func folders(url: String) throws -> (articles: String, state: URL) {
        let f = try LoopFolders("loop")
        let articles = f.articles
        let text = """
            ---
            title: "Harbour bridge opens"
            date: 2024-03-01
            url: \(url)
            ---

            The mayor, Anna Berg, opened the bridge in Oslo on Friday. "It took ten years," she said.

            """
        try text.write(to: articles.appendingPathComponent("bridge.md"), atomically: true, encoding: .utf8)
        return (articles.path, f.state)
    }

    private func loop(
        _ terminal: FakeTerminal, articles: String, state: URL, environment: [String: String] = [:]
    ) -> (ReaderLoop, CollectionLoader) {
        let loader = CollectionLoader(paths: [articles], cache: nil, workers: 1)
        let loop = ReaderLoop(
            terminal: terminal, loader: loader, themes: themes, themeIndex: 0,
            marks: ReadMarks.load(directory: state), environment: environment)
        return (loop, loader)
    }

    /// Finished loading: the article counted and no reading or annotating progress left.
    static let loaded = FakeTerminal.Step.waitFor("the finished load") {
        $0.contains("1/1 articles") && !$0.contains("reading") && !$0.contains("annotating")
    }

    @Test func showsTheLoadInProgressThenTheArticles() throws {
        let (articles, state) = try folders(url: "https://example.org/bridge")
        let terminal = FakeTerminal([Self.loaded, .char("q")])
        let (loop, _) = loop(terminal, articles: articles, state: state)
        #expect(loop.run() == .quit)
        let first = try #require(terminal.frames.first)
        #expect(first.contains("Loading…") || first.contains("reading") || first.contains("annotating"))
        #expect(terminal.frames.last?.contains("Harbour bridge opens") == true)
        #expect(terminal.themes == ["first"])
        #expect(terminal.closed)
    }

    @Test func aSignalEndsTheReaderAndStopsTheLoad() throws {
        let (articles, state) = try folders(url: "https://example.org/bridge")
        let terminal = FakeTerminal([.send(.quit(signal: SIGTERM))])
        let (loop, loader) = loop(terminal, articles: articles, state: state)
        #expect(loop.run() == .signal(SIGTERM))
        #expect(terminal.closed)
        #expect(loader.isCancelled)
    }

    @Test func carriesOutEffects() throws {
        let (articles, state) = try folders(url: "https://example.org/bridge")
        let terminal = FakeTerminal([
            Self.loaded, .key(KeyPress(.enter)), .char("o"), .waitFor("cannot open the URL"),
            .char("t"), .key(.ctrl("l")), .key(.ctrl("z")), .char("q"), .char("q"),
        ])
        terminal.externalOutcome = .notStarted(tried: ["my-browser", "xdg-open"])
        let (loop, _) = loop(terminal, articles: articles, state: state, environment: ["BROWSER": "my-browser"])
        #expect(loop.run() == .quit)
        #expect(
            terminal.externalCommands == [
                [["my-browser", "https://example.org/bridge"], ["xdg-open", "https://example.org/bridge"]]
            ])
        #expect(terminal.themes == ["first", "second"])
        #expect(terminal.invalidations == 1)
        #expect(terminal.suspensions == 1)
        // Opening the article marked it read, and quitting wrote the mark.
        #expect(ReadMarks.load(directory: state).count == 1)
    }

    @Test func refusesToHandAFileURLToTheBrowser() throws {
        let (articles, state) = try folders(url: "file:///etc/passwd")
        let terminal = FakeTerminal([
            Self.loaded, .key(KeyPress(.enter)), .char("o"), .waitFor("not opened: file: URLs"), .char("q"), .char("q"),
        ])
        let (loop, _) = loop(terminal, articles: articles, state: state)
        #expect(loop.run() == .quit)
        #expect(terminal.externalCommands.isEmpty)
    }
}
