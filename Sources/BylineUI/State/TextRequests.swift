import BylineCore

/// An article's text asked of the app loop with `.fetchText`, and what waits for it.
public struct TextRequest: Sendable {
    /// The article, as an index into the collection; kept in step with newer snapshots by `key`.
    public internal(set) var article: Int
    /// The article's key (`Article.key`): the text handed back must be this article's.
    public let key: String
    var then: TextIntent
    /// Whether `.fetchText` went out for it.
    var asked = false
}

/// The rest of a command that needs an article's text: it runs once the text is in.
enum TextIntent: Sendable {
    /// Side by side: the selected article in the reading pane, not focused, not marked read.
    case preview
    /// The article opened (focused, marked read), then `then` run on it: `]`, `}`, `e` or `s`
    /// pressed in the list.
    case open(then: Command?)
    /// `}` or `{` went on to this article, which quotes the speaker: opened on their first (or,
    /// going back, last) quote.
    case followSpeaker(String, forward: Bool)
    /// A reload found the open article's file changed: its new text, in the same place.
    case refresh
    /// `|` or `w` (the prompt's kind) with the command or path typed.
    case output(Prompt.Kind, String)

    /// Whether keys wait with it. A preview lets them through: moving on in the list only
    /// asks for another article's text.
    var holdsInput: Bool {
        if case .preview = self { return false }
        return true
    }
}

/// Texts are never read here: a command that needs an article's text the state does not hold
/// asks the app loop for it (`.fetchText`) and finishes when `.textFetched` brings it. Keys that
/// come meanwhile wait too, so they act on the article they were typed for.
extension AppState {
    /// Runs `intent` on article `i` now when its text is at hand, else asks for the text.
    mutating func withText(of i: Int, _ intent: TextIntent) -> [Effect] {
        if let text = textAtHand(i) { return complete(intent, article: i, with: text) }
        request(i, intent)
        return []
    }

    /// Article `i` with its text when that needs no reading: the open article's text, or one the
    /// collection holds in memory.
    func textAtHand(_ i: Int) -> ReadableArticle? {
        if let r = reader, r.article == i, isCurrent(r.shown, article: i) { return r.shown }
        return collection.resident(i)
    }

    /// Whether `text` is article `i` as the collection lists it now (same file size and time): the
    /// annotation's offsets refer to that text.
    func isCurrent(_ text: ReadableArticle, article i: Int) -> Bool {
        guard i >= 0, i < collection.count else { return false }
        let now = collection.article(i)
        return now.key == text.article.key && now.fileSize == text.article.fileSize
            && now.modified == text.article.modified
    }

    /// Asks for article `i`'s text. Asking again for the article already awaited only changes
    /// what waits for it; a preview never displaces a command's request.
    mutating func request(_ i: Int, _ intent: TextIntent) {
        let key = collection.article(i).key
        if !intent.holdsInput, awaitingText?.then.holdsInput == true { return }
        if var same = awaitingText, same.key == key {
            same.article = i
            same.then = intent
            awaitingText = same
            return
        }
        awaitingText = TextRequest(article: i, key: key, then: intent)
    }

    /// The `.fetchText` for a request not yet sent out.
    mutating func askForText() -> [Effect] {
        guard var waiting = awaitingText, !waiting.asked else { return [] }
        waiting.asked = true
        awaitingText = waiting
        return [.fetchText(article: waiting.article)]
    }

    /// What the state asks of the outside world before any action: the text of the article a
    /// wide screen previews from the start. The app loop carries it out as any effect.
    public mutating func pendingEffects() -> [Effect] { askForText() }

    /// A text handed back. The one awaited finishes what waited for it; another (an answer a
    /// newer request overtook) is dropped; one the collection now lists otherwise (a reload came
    /// in between) is asked for again.
    mutating func receive(_ text: ReadableArticle) -> [Effect] {
        guard var waiting = awaitingText, waiting.key == text.article.key else { return [] }
        guard isCurrent(text, article: waiting.article) else {
            waiting.asked = false
            awaitingText = waiting
            return []
        }
        awaitingText = nil
        return complete(waiting.then, article: waiting.article, with: text)
    }

    /// Finishes `intent` with article `i`'s text (which may be missing: its note says why).
    mutating func complete(_ intent: TextIntent, article i: Int, with text: ReadableArticle) -> [Effect] {
        switch intent {
        case .preview:
            // The selection may have moved on while the text was read.
            guard isWide, selectedArticle == i else { return [] }
            show(article: i, text)
            return []
        case .open(let then):
            if reader?.article != i || reader.map({ !isCurrent($0.shown, article: i) }) == true {
                show(article: i, text)
            }
            focus = .reader
            tellTextNote()
            let effects = markRead(i)
            return then.map { effects + runInPanes($0) } ?? effects
        case .followSpeaker(let name, let forward):
            return openOnSpeakerQuote(i, name: name, forward: forward, text)
        case .refresh:
            guard var r = reader, r.article == i else { return [] }
            r.shown = text
            r.annotation = nil
            reader = r
            relayoutReader()
            return []
        case .output(let kind, let typed):
            return output(kind, typed, article: i, text)
        }
    }

    /// Input while a command waits for a text: held, to act once the text is in, so nothing is
    /// lost or lands on the article being left. Esc stops waiting, and drops what was typed for
    /// the article; redraw and suspend act at once. Nil when nothing holds input.
    mutating func hold(_ action: Action) -> [Effect]? {
        guard let waiting = awaitingText, waiting.then.holdsInput else { return nil }
        let command: Command?
        switch action {
        case .key(let k): command = keymap.command(for: k, in: keyContext)
        case .command(let c): command = c
        case .mouse: command = nil
        default: return nil
        }
        switch command {
        case .close?, .cancel?:
            let title = collection.article(waiting.article).title
            awaitingText = nil
            heldInput = []
            message = "stopped reading \(title)"
            return []
        case .redraw?: return [.redraw]
        case .suspend?: return [.suspend]
        default:
            heldInput.append(action)
            return []
        }
    }

    /// Runs the input held while a text was awaited, in order, until one waits for a text again.
    mutating func releaseHeldInput() -> [Effect] {
        var effects: [Effect] = []
        while awaitingText?.then.holdsInput != true, !heldInput.isEmpty {
            effects += step(heldInput.removeFirst())
        }
        return effects
    }

    /// After a reload changed the open article's file, its new text (once nothing else is awaited).
    mutating func refreshStaleReader() -> [Effect] {
        guard awaitingText == nil, let r = reader, r.article < collection.count,
            !isCurrent(r.shown, article: r.article)
        else { return [] }
        return withText(of: r.article, .refresh)
    }

    /// The status line's word while a text is being read.
    public var waitingNote: String? {
        guard let waiting = awaitingText, waiting.asked, waiting.article < collection.count else { return nil }
        let title = collection.article(waiting.article).title
        return waiting.then.holdsInput ? "reading \(title)… (\(keyName(.close)) stops)" : "reading \(title)…"
    }
}
