/// Where each pane goes for the current size: side by side from 100 columns, one at a time
/// below (as in mutt's index and pager), the status bar on the last row.
public struct PaneLayout: Sendable, Hashable {
    /// Below this size the screen only says it is too small.
    public static let minimumWidth = 20
    public static let minimumHeight = 4
    /// The narrowest list and reading pane side by side; `<` and `>` move the split by a step.
    public static let minimumListWidth = 32
    public static let minimumReaderWidth = 40
    public static let splitStep = 4
    /// The reading area the entity panel needs to show beside the article.
    public static let entityPanelBesideWidth = 50

    public var list: Rect?
    /// The row above the list naming its columns.
    public var listHeader: Rect?
    public var reader: Rect?
    public var entityPanel: Rect?
    /// The colour legend, above the status bar.
    public var legend: Rect?
    /// The key hints, on the top row.
    public var keyHints: Rect?
    /// Vertical separator columns between panes.
    public var separators: [Int] = []
    public var status: Rect
    /// The area overlays (help, pickers, report) are drawn in.
    public var overlay: Rect
    public var tooSmall: Bool

    public init(_ state: AppState) {
        let w = state.width
        let h = state.height
        tooSmall = w < PaneLayout.minimumWidth || h < PaneLayout.minimumHeight
        status = Rect(x: 0, y: max(0, h - 1), width: w, height: h > 0 ? 1 : 0)
        var content = Rect(x: 0, y: 0, width: w, height: max(0, h - 1))
        overlay = content
        guard !tooSmall else { return }
        if state.showLegend, h >= Legend.minimumHeight {
            legend = Rect(x: 0, y: h - 2, width: w, height: 1)
            content.height -= 1
        }
        if state.showKeyHints, h >= KeyHints.minimumHeight {
            keyHints = Rect(x: 0, y: 0, width: w, height: 1)
            content.y += 1
            content.height -= 1
        }
        var readerArea: Rect?
        if state.isWide {
            let listWidth = PaneLayout.listWidth(state)
            list = Rect(x: 0, y: content.y, width: listWidth, height: content.height)
            separators.append(listWidth)
            readerArea = Rect(x: listWidth + 1, y: content.y, width: w - listWidth - 1, height: content.height)
        } else if state.focus == .reader, state.reader != nil {
            readerArea = content
        } else {
            list = content
        }
        if var l = list, l.height >= 6 {
            listHeader = Rect(x: l.x, y: l.y, width: l.width, height: 1)
            l.y += 1
            l.height -= 1
            list = l
        }
        guard var area = readerArea else { return }
        if state.showEntityPanel, area.width < PaneLayout.entityPanelBesideWidth, state.entityPanelFocused {
            // Too narrow to share: while it has the keys, the panel takes the article's place.
            entityPanel = area
            return
        }
        if state.showEntityPanel, area.width >= PaneLayout.entityPanelBesideWidth {
            let panelWidth = min(32, area.width / 3)
            entityPanel = Rect(x: area.maxX - panelWidth, y: content.y, width: panelWidth, height: content.height)
            separators.append(area.maxX - panelWidth - 1)
            area.width -= panelWidth + 1
        }
        reader = area
    }

    /// The list's width side by side: as moved with `<` and `>`, else two fifths of the screen
    /// (32 to 72 columns), and never so wide that the article gets under its minimum.
    static func listWidth(_ state: AppState) -> Int {
        let w = state.width
        let wanted = state.listWidth ?? min(max(w * 2 / 5, minimumListWidth), 72)
        return max(minimumListWidth, min(wanted, w - 1 - minimumReaderWidth))
    }
}
