/// One row of the key table: an action, its default keys, what it does, and where it applies.
public struct KeyBinding: Sendable, Hashable {
    public var command: Command
    public var keys: [KeyPress]
    public var help: String
    public var contexts: Set<KeyContext>

    public init(_ command: Command, _ keys: [String], _ help: String, _ contexts: Set<KeyContext>) {
        self.command = command
        self.keys = keys.compactMap(KeyPress.init(parsing:))
        self.help = help
        self.contexts = contexts
    }
}

extension KeyBinding {
    private static let panes: Set<KeyContext> = [.list, .reader]
    private static let scrolling: Set<KeyContext> = [.list, .reader, .help, .picker, .panel]

    /// Every default binding, in the order the help overlay lists them. The help overlay, the
    /// config file's `[keys]` section and the key dispatch all read this one table.
    public static let defaults: [KeyBinding] = [
        KeyBinding(
            .down, ["j", "Down"], "Move down (list) or scroll down (reader); in a prompt, newer history",
            scrolling.union([.prompt])),
        KeyBinding(
            .up, ["k", "Up"], "Move up or scroll up; in a prompt, older history (search and query each keep theirs)",
            scrolling.union([.prompt])),
        KeyBinding(.top, ["g", "Home"], "Go to the top", scrolling),
        KeyBinding(.bottom, ["G", "End"], "Go to the bottom", scrolling),
        KeyBinding(.halfPageDown, ["C-d"], "Half a page down", scrolling),
        KeyBinding(.halfPageUp, ["C-u"], "Half a page up", scrolling),
        KeyBinding(
            .pageDown, ["PgDn", "Space"], "A page down; at the end of an article, on to the next unread one",
            [.list, .reader, .help, .panel]),
        KeyBinding(.pageUp, ["PgUp"], "A page up", scrolling),
        KeyBinding(.open, ["Enter"], "Open the selected article", [.list]),
        KeyBinding(
            .switchPane, ["Tab"],
            "Switch between the list and the reading pane (from the entity panel: to the article)",
            panes.union([.panel])),
        KeyBinding(.nextArticle, ["J"], "Open the next article in the list", panes),
        KeyBinding(.previousArticle, ["K"], "Open the previous article in the list", panes),
        KeyBinding(.nextUnread, ["u"], "Open the next unread article in the list", panes),
        KeyBinding(.toggleRead, ["N"], "Mark the selected article unread, or read again", [.list]),
        KeyBinding(
            .markAllRead, ["A"], "Mark every article shown as read (asks first: press A again to do it)", panes),
        KeyBinding(
            .toggleFlag, ["!"], "Flag the article, or take its flag off (shown as ! in the list; query flag:yes)",
            panes),
        KeyBinding(.sort, ["O"], "Sort the list: newest first, by source, by title, most quoted first", panes),
        KeyBinding(.narrowList, ["<"], "Move the split left: a narrower list beside the article", panes),
        KeyBinding(.widenList, [">"], "Move the split right: a wider list", panes),
        KeyBinding(.hideRead, ["H"], "Hide read articles, or show them again (the status bar says when hidden)", panes),
        KeyBinding(.nextQuote, ["]"], "Next quote in the article", panes),
        KeyBinding(.previousQuote, ["["], "Previous quote in the article", panes),
        KeyBinding(
            .nextSpeakerQuote, ["}"],
            "Next quote by the followed speaker (chosen with s or S, else the current quote's), on down the list", panes
        ),
        KeyBinding(
            .previousSpeakerQuote, ["{"], "Previous quote by the followed speaker, back up the list", panes),
        KeyBinding(
            .pickSpeaker, ["s"],
            "Pick a speaker of this article: jump to their first quote and follow them with } and {", panes),
        KeyBinding(
            .filterSpeaker, ["S"],
            "Pick a speaker across the collection: list only articles quoting them, and follow them with } and {", panes
        ),
        KeyBinding(.filterEntity, ["f"], "Filter by a person, organisation, place or date (type to narrow)", panes),
        KeyBinding(.clearFilters, ["F"], "Clear all filters", panes),
        KeyBinding(.search, ["/"], "Search: narrows the list, or highlights matches in the reader", panes),
        KeyBinding(
            .query, [":"],
            "Query, as in byline list --query: person:\"Antony Blinken\" org:KCNA place:Seoul speaker:\"Jean Lee\" date:2022-01 text:missile source:Reuters tag:politics flag:yes",
            panes),
        KeyBinding(.nextMatch, ["n"], "Next search match in the reader", panes),
        KeyBinding(.previousMatch, ["N"], "Previous search match in the reader", [.reader]),
        KeyBinding(.toggleDates, ["d"], "Show resolved dates inline", panes),
        KeyBinding(
            .entityPanel, ["e"],
            "Entity panel: the article's people, organisations, places, dates; it takes the keys (move, Enter filters, e or q closes)",
            panes.union([.panel])),
        KeyBinding(.legend, ["c"], "Show or hide the line saying what each colour means", panes),
        KeyBinding(.nextTheme, ["t"], "Next colour theme", panes),
        KeyBinding(.loadReport, ["L"], "Load report: files that were skipped, and why", panes),
        KeyBinding(.openURL, ["o"], "Open the article's URL in the browser, and mark it read", panes),
        KeyBinding(
            .copyQuote, ["y"],
            "Copy the current quote with its citation (speaker, source, date, URL) to the clipboard", panes),
        KeyBinding(.copyURL, ["Y"], "Copy the article's URL to the clipboard", panes),
        KeyBinding(
            .pipeArticle, ["|"], "Pipe the article (headline, meta line, text) to a shell command", panes),
        KeyBinding(
            .saveArticle, ["w"], "Save the article as Markdown, with its quotes, names and dates listed", panes),
        KeyBinding(
            .reload, ["R"], "Reload: new, changed and deleted files appear, the selection and filters stay", panes),
        KeyBinding(.help, ["?"], "This help", panes.union([.panel])),
        KeyBinding(.back, ["q"], "Back; quit from the list", [.list, .reader, .help, .panel]),
        KeyBinding(.close, ["Esc"], "Back, or close an overlay; never quits", [.list, .reader, .help, .panel]),
        KeyBinding(.redraw, ["C-l"], "Redraw the screen", [.list, .reader, .help, .picker, .prompt, .panel]),
        KeyBinding(.suspend, ["C-z"], "Suspend (fg to come back)", [.list, .reader, .help, .panel]),
        KeyBinding(
            .accept, ["Enter"], "Choose the selected row (in the entity panel: filter by it), or run the prompt",
            [.picker, .prompt, .panel]),
        KeyBinding(.cancel, ["Esc", "C-g"], "Close the picker or prompt", [.picker, .prompt]),
        KeyBinding(.deleteBackward, ["Backspace"], "Delete the last character typed", [.picker, .prompt]),
        KeyBinding(.clearLine, ["C-u"], "Clear what is typed in the prompt", [.prompt]),
    ]
}
