import BylineCore
import BylineUI
import Foundation
import Synchronization

/// The reader's main loop: terminal events and the background load go in as actions, `update`
/// decides, `Screen.render` draws, and the effects (quit, suspend, open a URL, save read marks,
/// read an article's text) are carried out here. The loop never waits on the load: it polls for
/// newer snapshots between key presses, so the first titles show at once and quitting mid-load is
/// immediate. Article texts are read off this thread (`TextFetcher`) and come back as actions.
public final class ReaderLoop {
    /// How the reader ended.
    public enum Ending: Equatable, Sendable {
        /// The user quit.
        case quit
        /// This signal (SIGINT, SIGTERM, SIGHUP) ended it: the caller ends the process as the
        /// signal would, so the exit status tells the shell what happened.
        case signal(Int32)
    }

    private let terminal: any TerminalScreen
    private var state: AppState
    private var loader: CollectionLoader
    private var marks: MarkStore
    /// Flagged articles, kept beside the read marks in files of their own.
    private var flags: MarkStore
    private let environment: [String: String]
    /// The config's `copy-command`, which `y` and `Y` pipe the text to instead of using OSC 52.
    private let copyCommand: String?
    /// A reload is running: its snapshots replace the collection only once it is complete, so
    /// the list never shrinks to a half-read directory meanwhile.
    private var reloading = false
    /// Another reload was asked for while one ran (or the first load had not ended).
    private var reloadPending = false
    /// Notices changed files, so they are reloaded without `R`.
    private let watcher: (any CollectionWatcher)?
    /// When the watcher last reported a change not yet reloaded: the reload waits until the
    /// files have been still for `settleTime`, so a file being written or a batch being copied
    /// costs one reload.
    private var changeSeen: Date?
    static let settleTime = 0.4
    /// The reload under way was started by the watcher, not by `R`: it says nothing when it
    /// finds no change.
    private var reloadIsAutomatic = false
    /// The loaded collection's directories were handed to the watcher.
    private var watchingLoaded = false
    /// Bumped by the loader's thread for every snapshot it publishes.
    private let published = Counter()
    private var seen = 0
    /// The number of the loader's snapshot the state holds.
    private var shownSnapshot = -1
    private var grid = Grid(width: 0, height: 0)
    private var needsDraw = true
    /// Reads the article texts the state asks for (`.fetchText`).
    private let texts: TextFetcher
    /// An effect asked to leave the reader; the terminal is already closed.
    private var quitting = false

    /// How long to wait for a key while the load is running, so its progress shows smoothly,
    /// and once it is over (signals still get through within this time).
    static let busyPoll: Int32 = 60
    static let idlePoll: Int32 = 250
    /// How long a command waits for an article's text before the frame is drawn with the status
    /// line saying it is being read: a text read in less shows in the same frame, with nothing
    /// flashing by. Then the loop looks for it this often between keys.
    static let textPatience = 0.1
    static let textPoll: Int32 = 15

    /// `themes` and `themeIndex` as `ThemeLibrary.cycle` gives them.
    public init(
        terminal: any TerminalScreen, loader: CollectionLoader, themes: [Theme], themeIndex: Int,
        marks: ReadMarks, keymap: Keymap = .standard, legend: Bool = true, keyHints: Bool = false,
        sort: ListOrder = .date, copyCommand: String? = nil, watcher: (any CollectionWatcher)? = nil,
        texts: any ArticleTextSource = StoredTexts(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.texts = TextFetcher(source: texts)
        self.terminal = terminal
        self.loader = loader
        self.marks = MarkStore(marks: marks, newsboatRead: true)
        flags = MarkStore(marks: ReadMarks.load(directory: marks.directory, kind: .flags), newsboatRead: false)
        self.copyCommand = copyCommand
        self.watcher = watcher
        self.environment = environment
        state = AppState(
            collection: ArticleCollection(), width: terminal.width, height: terminal.height,
            measure: terminal.measure, keymap: keymap, themes: themes, themeIndex: themeIndex)
        state.showLegend = legend
        state.showKeyHints = keyHints
        state.sort = sort
    }

    /// Runs until the user quits or a signal ends the reader; the terminal is then closed and the
    /// read marks written.
    public func run() -> Ending {
        terminal.setTheme(state.theme)
        if let warning = (marks.warnings + flags.warnings).first { send(.notice(warning)) }
        send(.loadProgress(.starting))
        loader.start { [published] _ in published.value.add(1, ordering: .releasing) }
        while true {
            takeLoaderSnapshot()
            takeTexts()
            noticeChangedFiles()
            if reloadPending { reload() }
            if quitting { return .quit }
            if needsDraw {
                Screen.render(state, into: &grid)
                terminal.draw(grid)
                needsDraw = false
            }
            let wait =
                state.awaitingText != nil ? Self.textPoll : state.progress == nil ? Self.idlePoll : Self.busyPoll
            guard var event = terminal.nextEvent(timeoutMilliseconds: wait) else { continue }
            // Everything already waiting is handled before the next frame: a burst of keys or a
            // storm of resizes costs one redraw.
            for _ in 0..<256 {
                if let ending = handle(event) { return ending }
                guard let next = terminal.nextEvent(timeoutMilliseconds: 0) else { break }
                event = next
            }
        }
    }

    /// The newest snapshot from the loader, if one came since the last look.
    private func takeLoaderSnapshot() {
        let count = published.value.load(ordering: .acquiring)
        guard count != seen, var latest = loader.latest else { return }
        if reloading {
            // Only the loader's very last update (it is done, cache written) is taken: an update
            // marked finished may still carry an earlier snapshot of the load. Until then `seen`
            // stays behind, so the next turn looks again.
            guard latest.progress.isFinished, loader.isDone, let last = loader.latest else {
                if latest.progress.isFinished { return }
                seen = count
                send(.loadProgress(latest.progress))
                return
            }
            latest = last
            seen = published.value.load(ordering: .acquiring)
            send(.loadProgress(latest.progress))
            reloading = false
            let changes = CollectionChanges(from: state.collection, to: latest.collection)
            if !(reloadIsAutomatic && changes.isEmpty) { send(.notice("reloaded: " + changes.summary)) }
        } else {
            seen = count
            send(.loadProgress(latest.progress))
        }
        if latest.progress.isFinished { watchingLoaded = false }
        guard latest.snapshotNumber != shownSnapshot else { return }
        shownSnapshot = latest.snapshotNumber
        send(.collectionUpdated(latest.collection))
        let read = marks.keys(in: latest.collection)
        if !read.isSubset(of: state.readMarks) { send(.readMarksLoaded(read)) }
        let flagged = flags.keys(in: latest.collection)
        if !flagged.isSubset(of: state.flags) { send(.flagsLoaded(flagged)) }
    }

    /// Hands the texts read so far to the state (one nothing waits for any more is dropped there);
    /// when none is in, waits up to `seconds` for one.
    private func takeTexts(waiting seconds: Double = 0) {
        for text in texts.take(waiting: seconds) where !quitting { send(.textFetched(text)) }
    }

    /// Handles one terminal event; how the reader ended when it did.
    private func handle(_ event: TerminalEvent) -> Ending? {
        switch event {
        case .quit(let signal):
            finish()
            return .signal(signal)
        case .repaint:
            needsDraw = true
            return nil
        case .input(let input):
            send(Action(input))
            return quitting ? .quit : nil
        }
    }

    private func finish() {
        loader.cancel()
        terminal.close()
        marks.flush()
        flags.flush()
    }

    /// Applies an action to the state and carries out the effects it returns.
    private func send(_ action: Action) {
        needsDraw = true
        perform(update(&state, action))
    }

    /// Carries out effects; one that ends the reader sets `quitting`, and the rest are dropped.
    private func perform(_ effects: [Effect]) {
        for effect in effects where !quitting {
            switch effect {
            case .quit:
                finish()
                quitting = true
            case .suspend:
                resumed(terminal.suspend())
            case .redraw:
                terminal.invalidate()
            case .openURL(let url):
                if let refusal = BrowserCommand.refusal(of: url) {
                    send(.notice("not opened: \(refusal)"))
                    break
                }
                let outcome = terminal.runExternal(BrowserCommand.candidates(url: url, browser: environment["BROWSER"]))
                resumed(.repaint)
                switch outcome {
                case .notStarted(let tried):
                    send(
                        .notice(
                            "cannot open the URL: none of \(tried.joined(separator: ", ")) could be started; set BROWSER"
                        ))
                case .exited(let command, let status) where status != 0:
                    send(.notice("\(command) exited with status \(status)"))
                case .exited:
                    break
                }
            case .saveReadMarks(let keys):
                if let problem = marks.save(keys) { send(.notice(problem)) }
            case .clearReadMarks(let keys):
                if let problem = marks.clear(keys) { send(.notice(problem)) }
            case .saveFlags(let keys):
                if let problem = flags.save(keys) { send(.notice(problem)) }
            case .clearFlags(let keys):
                if let problem = flags.clear(keys) { send(.notice(problem)) }
            case .themeChanged:
                terminal.setTheme(state.theme)
            case .copy(let text, let what):
                send(.notice(copy(text, what: what)))
            case .pipe(let command, let text):
                pipe(text, to: command)
            case .save(let path, let text, let overwrite):
                save(text, to: path, overwrite: overwrite)
            case .reload:
                reloadPending = true
                reloadIsAutomatic = false
            case .fetchText(let id):
                texts.start(id, of: state.collection)
                takeTexts(waiting: Self.textPatience)
            }
            needsDraw = true
        }
    }

    /// Puts `text` on the clipboard; what the status line says about it. The configured command
    /// comes first: terminals that ignore OSC 52 (VTE's) still declare xterm's `Ms`, so the user's
    /// own choice must win. Then OSC 52, then the usual clipboard tools of the desktop.
    private func copy(_ text: String, what: String) -> String {
        let size = text.count == 1 ? "1 character" : "\(text.count) characters"
        if let command = copyCommand {
            switch ShellCommand.run(command, input: text, temporaryDirectory: temporaryDirectory) {
            case .exited(0), .stillRunning: return "\(what) copied with \(command) (\(size))"
            case .exited(let status):
                return "not copied: copy-command '\(command)' exited with status \(status)"
            case .notStarted(let why): return "not copied: \(why)"
            }
        }
        if terminal.clipboardAvailable, terminal.setClipboard(base64: Data(text.utf8).base64EncodedString()) {
            return "\(what) copied via OSC 52 (\(size))"
        }
        var tools: [String] = []
        if !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty { tools.append("wl-copy") }
        if !(environment["DISPLAY"] ?? "").isEmpty {
            tools += ["xclip -selection clipboard", "xsel --clipboard --input"]
        }
        for tool in tools {
            switch ShellCommand.run(tool, input: text, temporaryDirectory: temporaryDirectory) {
            case .exited(0), .stillRunning: return "\(what) copied with \(tool) (\(size))"
            default: continue
            }
        }
        return terminal.clipboardAvailable
            ? "not copied: the \(what) is too long for OSC 52; set copy-command in the config file"
            : "not copied: this terminal has no clipboard (OSC 52); set copy-command in the config file"
    }

    private var temporaryDirectory: String { ShellCommand.temporaryDirectory(environment) }

    /// `|`: the command gets the terminal and the article on its standard input; its output stays
    /// until a key is pressed, and the status line reports how it ended.
    private func pipe(_ text: String, to command: String) {
        guard let input = ShellCommand.inputFile(text, in: temporaryDirectory) else {
            send(.notice("not piped: cannot store the article to hand over"))
            return
        }
        let outcome = terminal.runExternal([["/bin/sh", "-c", command]], stdin: input, pause: true)
        close(input)
        resumed(.repaint)
        switch outcome {
        case .exited(_, let status): send(.notice("pipe: exit status \(status) from \(command)"))
        case .notStarted: send(.notice("pipe: /bin/sh could not be started"))
        }
    }

    /// `w`: writes the file; an existing one goes back to the UI as a question.
    private func save(_ text: String, to path: String, overwrite: Bool) {
        let full = SavedFile.expand(path)
        do {
            try SavedFile.save(text, to: full, overwrite: overwrite)
            send(.notice("saved to \(path)"))
        } catch .exists {
            send(.fileExists(path: path, text: text))
        } catch {
            send(.notice(error.description))
        }
    }

    /// Asks the watcher whether files changed; once they have been still for a moment, reloads.
    private func noticeChangedFiles() {
        guard let watcher else { return }
        if !watchingLoaded, state.progress == nil {
            watchingLoaded = true
            var directories = Set<String>()
            for article in state.collection.articles {
                if let slash = article.path.lastIndex(of: "/") { directories.insert(String(article.path[..<slash])) }
            }
            watcher.watch(directories: directories)
        }
        let now = Date()
        if watcher.changed() { changeSeen = now }
        if let seen = changeSeen, now.timeIntervalSince(seen) >= Self.settleTime, !reloading {
            changeSeen = nil
            if !reloadPending { reloadIsAutomatic = true }
            reloadPending = true
        }
    }

    /// Reads the collection again once the current load is over; the state keeps its selection,
    /// filters and scroll, since articles are matched by key.
    private func reload() {
        guard !reloading, loader.isDone, state.progress == nil else { return }
        reloadPending = false
        reloading = true
        loader = loader.again()
        shownSnapshot = -1
        loader.start { [published] _ in published.value.add(1, ordering: .releasing) }
    }

    /// After the screen was away (suspend, external program): repaint, at the new size if it changed.
    private func resumed(_ event: TerminalEvent) {
        needsDraw = true
        if terminal.width != state.width || terminal.height != state.height {
            send(.resize(width: terminal.width, height: terminal.height))
        } else if case .input(let input) = event {
            send(Action(input))
        }
    }
}

/// A counter shared with the loader's thread.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
