import BylineApp
import BylineCore
import BylineUI
import Foundation
import Testing

/// The loop reading article texts for the reader off its thread, from a real folder. The fake
/// terminal is 100 columns wide: the selected article is previewed beside the list.
@Suite struct ReaderLoopTextTests {
    /// A folder with two articles, and an empty state folder; `second` is the one listed second.
    private func folders() throws -> (second: String, articles: String, state: URL) {
        let f = try LoopFolders("text")
        let articles = f.articles
        let file = articles.appendingPathComponent("bridge.txt").path
        try
            "Harbour bridge opens\n\nThe mayor, Anna Berg, opened the bridge in Oslo. \"It took ten years,\" Anna Berg said.\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let second = articles.appendingPathComponent("zebra.txt").path
        try "Zebra crossing painted\n\nThe crossing on Main Street was painted white.\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        return (second, articles.path, f.state)
    }

    private func run(_ steps: [FakeTerminal.Step], articles: String, state: URL, texts: any ArticleTextSource)
        -> FakeTerminal
    {
        let terminal = FakeTerminal(steps)
        let loop = ReaderLoop(
            terminal: terminal, loader: CollectionLoader(paths: [articles], cache: nil, workers: 1),
            themes: [Theme(name: "t", styles: [:])], themeIndex: 0, marks: ReadMarks.load(directory: state),
            texts: texts, environment: [:])
        #expect(loop.run() == .quit)
        return terminal
    }

    /// Loaded and annotated (the status line may still say an article's text is being read).
    static let loaded = FakeTerminal.Step.waitFor("the finished load") {
        $0.contains("2/2 articles") && !$0.contains(" files") && !$0.contains("annotating")
    }

    /// Texts read where the load left them, each only once `open()` is called.
    final class GatedTexts: ArticleTextSource {
        private let gate = DispatchSemaphore(value: 0)
        func open() { gate.signal() }
        func readable(_ id: Int, of collection: ArticleCollection) -> ReadableArticle {
            gate.wait()
            gate.signal()
            return StoredTexts().readable(id, of: collection)
        }
    }

    @Test func theTextIsReadFromItsFileAndShown() throws {
        let (_, articles, state) = try folders()
        _ = run(
            [Self.loaded, .key(KeyPress(.enter)), .waitFor("opened the bridge"), .char("q"), .char("q")],
            articles: articles, state: state, texts: StoredTexts())
        #expect(ReadMarks.load(directory: state).count == 1)
    }

    @Test func aSlowReadIsToldAndKeysWaitForIt() throws {
        let (_, articles, state) = try folders()
        let texts = GatedTexts()
        // j previews the second article; Enter asks for the text already being read: not asked twice.
        let terminal = run(
            [
                Self.loaded, .char("j"), .waitFor("reading Zebra crossing painted…"), .key(KeyPress(.enter)),
                .waitFor("reading Zebra crossing painted… (Esc stops)"), .char("]"), .act { texts.open() },
                .waitFor("no quotes in this article"), .char("q"), .char("q"),
            ], articles: articles, state: state, texts: texts)
        #expect(terminal.frames.last?.contains("painted white") == true)
        #expect(ReadMarks.load(directory: state).count == 1)
    }

    @Test func escStopsASlowRead() throws {
        let (_, articles, state) = try folders()
        let texts = GatedTexts()
        let terminal = run(
            [
                Self.loaded, .char("j"), .key(KeyPress(.enter)), .waitFor("(Esc stops)"), .char("]"),
                .key(KeyPress(.escape)), .waitFor("stopped reading Zebra crossing painted"), .act { texts.open() },
                .char("q"),
            ], articles: articles, state: state, texts: texts)
        #expect(ReadMarks.load(directory: state).count == 0)
        #expect(terminal.frames.last?.contains("painted white") == false)
    }

    @Test func aFileGoneSinceTheListWasLoadedIsTold() throws {
        let (second, articles, state) = try folders()
        let terminal = run(
            [
                Self.loaded, .waitFor("opened the bridge"),
                .act { try? FileManager.default.removeItem(atPath: second) },
                .char("j"), .waitFor("its file is gone since the list was loaded (R reloads)"), .char("q"),
            ], articles: articles, state: state, texts: StoredTexts())
        #expect(terminal.frames.last?.contains("Zebra crossing painted") == true)
    }
}
