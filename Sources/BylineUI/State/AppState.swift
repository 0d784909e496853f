import BylineCore
import BylineNLP

/// Which pane has the keyboard.
public enum Pane: Sendable, Hashable {
    case list
    case reader
}

/// Everything the reader shows, as a value: the app loop keeps one, feeds it actions through
/// `update`, and draws it with `Screen.render`. Nothing in here touches a terminal.
public struct AppState: Sendable {
    public var collection: ArticleCollection
    /// The load in progress; nil once nothing is loading.
    public var progress: LoadProgress?
    /// The screen size in cells.
    public var width: Int
    public var height: Int
    /// Measures text for every layout decision; the terminal backend injects its `wcwidth`.
    public var measure: DisplayWidth
    public var keymap: Keymap
    /// The themes `t` cycles through, and the one in use.
    public var themes: [Theme]
    public var themeIndex: Int

    public var focus: Pane = .list
    /// Active filters, combined with AND: the terms of a query, shown as chips.
    public var filters: [Query.Term] = []
    /// Indices into `collection` of the articles the list shows, in order.
    public internal(set) var visible: [Int] = []
    /// Position of the selected article in `visible`.
    public internal(set) var selected: Int = 0
    /// First list row shown.
    public internal(set) var listTop: Int = 0
    /// The article in the reading pane.
    public internal(set) var reader: ReaderState?
    /// The speaker `}` and `{` follow across articles: chosen with `s` or `S`, or the speaker
    /// of the quote `}` first landed on.
    public internal(set) var followed: String?
    public var showDates = false
    /// The line above the status bar naming what each colour means.
    public var showLegend = true
    public var showEntityPanel = false
    /// Whether the entity panel has the keys (its rows move, Enter filters).
    public internal(set) var entityPanelFocused = false
    public internal(set) var overlay: Overlay?
    /// Keys (`Article.key`) of the articles already opened.
    public var readMarks: Set<String> = []
    /// Keys (`Article.key`) of the flagged articles.
    public var flags: Set<String> = []
    /// The order of the list.
    public var sort: ListOrder = .date
    /// The list's width side by side, as moved with `<` and `>`; nil: the default split.
    public internal(set) var listWidth: Int?
    /// The top line naming the main keys (newsboat's habit).
    public var showKeyHints = false
    /// Whether the list leaves out read articles (the one selected stays until the list changes).
    public var hideRead = false
    /// The command waiting for its key to be pressed again to confirm (`A`); any other key cancels.
    public internal(set) var confirming: Command?
    /// What was run in each kind of prompt, oldest first, for Up/Down.
    public internal(set) var promptHistory: [String: [String]] = [:]
    /// A one-line notice in the status bar (an error, "no URL"), cleared by the next key.
    public internal(set) var message: String?
    /// The article text asked of the app loop (`.fetchText`) and not yet handed back.
    public internal(set) var awaitingText: TextRequest?
    /// Keys and clicks that came while a command waited for a text: they act, in order, once it is in.
    var heldInput: [Action] = []

    public init(
        collection: ArticleCollection, width: Int = 80, height: Int = 24, measure: DisplayWidth = .unicode,
        keymap: Keymap = .standard, themes: [Theme] = [], themeIndex: Int = 0, progress: LoadProgress? = nil
    ) {
        self.collection = collection
        self.width = width
        self.height = height
        self.measure = measure
        self.keymap = keymap
        self.themes = themes
        self.themeIndex = themeIndex
        self.progress = progress
        refilter()
    }

    /// The theme in use; a plain one when none was loaded.
    public var theme: Theme {
        themes.indices.contains(themeIndex) ? themes[themeIndex] : Theme(name: "plain", styles: [:])
    }

    /// Whether the list and the reading pane are side by side.
    public var isWide: Bool { width >= 100 }

    /// The collection index of the selected article.
    public var selectedArticle: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    /// How many of the listed articles have not been opened yet.
    public var unreadShown: Int {
        readMarks.isEmpty ? visible.count : visible.count(where: { !readMarks.contains(collection.article($0).key) })
    }

    /// The context keys are looked up in.
    public var keyContext: KeyContext {
        switch overlay {
        case .picker?: return .picker
        case .prompt?: return .prompt
        case .help?, .loadReport?: return .help
        case nil:
            guard focus == .reader, reader != nil else { return .list }
            return showEntityPanel && entityPanelFocused ? .panel : .reader
        }
    }
}

/// The article open in the reading pane: its laid-out lines and where the reader is in them.
public struct ReaderState: Sendable {
    /// Index into the collection.
    public var article: Int
    /// The article with its text, fetched once when opened (`.fetchText`): the collection holds
    /// texts only where they cost nothing to keep.
    public var shown: ReadableArticle
    /// The article's annotation as of the last layout; nil while it waits for annotation.
    public var annotation: Annotation?
    public var layout: ReaderLayout
    /// First line shown.
    public var top: Int = 0
    /// Index into the annotation's quotes of the quote `]`, `[`, `}`, `{` last landed on.
    public var currentQuote: Int?
    /// The text `/` highlights, and the match `n`/`N` last landed on.
    public var search: String?
    public var currentMatch: Int?
    /// The entity panel's selected row and first row shown (indices into `EntityPanel.rows`).
    public var entityRow: Int = 0
    public var entityTop: Int = 0
}

/// What is drawn over the panes and takes the keys.
public enum Overlay: Sendable {
    case help(top: Int)
    case loadReport(top: Int)
    case picker(Picker)
    case prompt(Prompt)
}

/// A list to choose from, narrowed by typing.
public struct Picker: Sendable {
    public enum Kind: Sendable, Hashable {
        /// Speakers of the open article: Enter jumps to their first quote.
        case articleSpeakers
        /// Speakers across the collection: Enter filters the list to articles quoting them.
        case collectionSpeakers
        /// People, organisations, places and dates: Enter adds a filter.
        case entities
    }

    public struct Row: Sendable, Hashable {
        public var label: String
        /// The right-hand column: type, counts.
        public var detail: String
        /// `detail` for a narrow picker, keeping what tells rows apart ("org · 11").
        public var shortDetail: String
        public var filter: Query.Term

        public init(label: String, detail: String, shortDetail: String? = nil, filter: Query.Term) {
            self.label = label
            self.detail = detail
            self.shortDetail = shortDetail ?? detail
            self.filter = filter
        }
    }

    public var kind: Kind
    public var typed: String = ""
    public var rows: [Row] = []
    public var selected: Int = 0
    public var top: Int = 0

    public var title: String {
        switch kind {
        case .articleSpeakers: return "Speakers in this article"
        case .collectionSpeakers: return "Speakers in the collection"
        case .entities: return "Filter by entity"
        }
    }
}

/// A line of text being typed at the bottom of the screen.
public struct Prompt: Sendable {
    public enum Kind: Sendable, Hashable {
        /// `/`: search; in the list it narrows, in the reader it highlights.
        case search(Pane)
        /// `:`: a query in `byline list --query` syntax, whose terms become filters.
        case query
        /// `|`: a shell command the open article is piped to.
        case pipe
        /// `w`: the path to save the open article to, offered from its headline.
        case save
        /// The save path exists: `y` overwrites it with `text`, any other key keeps it.
        case overwrite(path: String, text: String)
    }

    public var kind: Kind
    public var text: String = ""
    /// Why the last Enter was refused (a bad query); the text stays to be corrected.
    public var error: String?
    /// The entry of the history Up/Down last brought back.
    public var historyPosition: Int?

    /// Search, query, pipe and save have a history each.
    var historyKey: String {
        switch kind {
        case .search: return "search"
        case .query: return "query"
        case .pipe: return "pipe"
        case .save: return "save"
        case .overwrite: return "overwrite"
        }
    }

    public var label: String {
        switch kind {
        case .search: return "/"
        case .query: return ":"
        case .pipe: return "pipe to: "
        case .save: return "save to: "
        case .overwrite(let path, _): return "\(SafeText.line(path)) exists; overwrite? (y/n) "
        }
    }
}
