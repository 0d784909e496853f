import BylineCore

/// The article list: selection, scrolling, filtering, opening.
extension AppState {
    /// Moves the selection; in the side-by-side layout the reading pane follows it.
    mutating func moveSelection(by delta: Int) {
        moveSelection(to: selected + delta)
    }

    mutating func moveSelection(to position: Int) {
        guard !visible.isEmpty else {
            selected = 0
            listTop = 0
            return
        }
        let clamped = min(max(0, position), visible.count - 1)
        let changed = clamped != selected
        selected = clamped
        scrollListToSelection()
        if changed || reader == nil { previewSelection() }
    }

    /// Keeps the selected row on screen.
    mutating func scrollListToSelection() {
        let page = max(1, listPage)
        if selected < listTop { listTop = selected }
        if selected >= listTop + page { listTop = selected - page + 1 }
        listTop = max(0, min(listTop, max(0, visible.count - page)))
    }

    /// Side by side, the reading pane shows the selected article without marking it read.
    mutating func previewSelection() {
        guard isWide, let i = selectedArticle, reader?.article != i else { return }
        _ = withText(of: i, .preview)
    }

    /// Enter: the selected article in the reading pane, focused, marked read.
    mutating func openSelected() -> [Effect] {
        guard let i = selectedArticle else {
            message = visible.isEmpty && !filters.isEmpty ? "no article matches the filters (F clears them)" : nil
            return []
        }
        return withText(of: i, .open(then: nil))
    }

    /// The next unread article below the selection, opened; the list wraps round once.
    mutating func openNextUnread() -> [Effect] {
        let order = Array(visible.indices.dropFirst(selected + 1)) + Array(visible.indices.prefix(selected))
        guard let pos = order.first(where: { !readMarks.contains(collection.article(visible[$0]).key) }) else {
            message = "no unread articles in the list"
            return []
        }
        moveSelection(to: pos)
        return openSelected()
    }

    /// Records article `i` as read; the effect persists the new mark.
    mutating func markRead(_ i: Int) -> [Effect] {
        let key = collection.article(i).key
        guard readMarks.insert(key).inserted else { return [] }
        return [.saveReadMarks([key])]
    }

    /// `N`: the selected article unread again, or read.
    mutating func toggleRead() -> [Effect] {
        guard let i = selectedArticle else { return [] }
        let key = collection.article(i).key
        if readMarks.remove(key) != nil {
            message = "marked unread"
            return [.clearReadMarks([key])]
        }
        message = "marked read"
        return markRead(i)
    }

    /// `!`: the article being read (else the selected one) flagged, or its flag taken off.
    mutating func toggleFlag() -> [Effect] {
        guard let i = (focus == .reader ? reader?.article : nil) ?? selectedArticle else { return [] }
        let key = collection.article(i).key
        if flags.remove(key) != nil {
            message = "flag taken off"
            return [.clearFlags([key])]
        }
        flags.insert(key)
        message = "flagged"
        return [.saveFlags([key])]
    }

    /// `<` and `>`: the list narrower or wider beside the article, within both panes' minimums.
    mutating func moveSplit(by delta: Int) {
        guard isWide else {
            message = "the split moves when list and article are side by side (100 columns or more)"
            return
        }
        let before = PaneLayout.listWidth(self)
        listWidth = before + delta
        listWidth = PaneLayout.listWidth(self)
        if listWidth == before {
            message = delta < 0 ? "the list is as narrow as it goes" : "the article is as narrow as it goes"
        }
        relayoutReader()
        scrollListToSelection()
    }

    /// `A`: every article the list shows marked read, once confirmed by a second `A`.
    mutating func markAllShownRead() -> [Effect] {
        let unread = visible.map { collection.article($0).key }.filter { !readMarks.contains($0) }
        guard !unread.isEmpty else {
            message = "every article shown is read already"
            return []
        }
        guard confirming == .markAllRead else {
            confirming = .markAllRead
            let key = keymap.keys(for: .markAllRead).first?.description ?? "it"
            message = "mark \(AppState.count(unread.count, "shown article")) read? Press \(key) again to do it"
            return []
        }
        confirming = nil
        readMarks.formUnion(unread)
        message = "\(AppState.count(unread.count, "article")) marked read"
        if hideRead { refilter() }
        return [.saveReadMarks(Set(unread))]
    }

    /// Puts article `i` in the reading pane, at the top, with no quote or match selected, with
    /// its text as fetched; when its file changed or went since the list was loaded, the status
    /// line says so.
    mutating func show(article i: Int, _ shown: ReadableArticle) {
        // The layout is made below, for the pane; this one only holds the place, without the
        // text, whose whole length a layout would otherwise go through once more.
        var placeholder = shown.article
        placeholder.text = ""
        reader = ReaderState(
            article: i, shown: shown, annotation: nil,
            layout: ReaderLayout(article: placeholder, annotation: nil, width: 0, measure: measure, lines: 0))
        tellTextNote()
        let search = listSearch
        reader?.search = search
        relayoutReader()
    }

    /// The status line's word on an open article whose file changed or went since the list was loaded.
    mutating func tellTextNote() {
        if let note = reader?.shown.note { message = "\(note) (\(keyName(.reload)) reloads)" }
    }

    /// A search of the list carries into the article: its matches are highlighted, n finds them.
    var listSearch: String? { filters.last { $0.field == .text }?.value }

    /// Recomputes the visible articles from the filters, keeping the selected article when it
    /// is still there.
    mutating func refilter() {
        let keep = selectedArticle
        visible = collection.select(Query(terms: filters), flagged: flags).map(Int.init)
        sort.apply(to: &visible, in: collection)
        if hideRead, !readMarks.isEmpty {
            // The article being read stays, so hiding never pulls it from under the reader.
            let open = reader?.article ?? keep
            visible.removeAll { $0 != open && readMarks.contains(collection.article($0).key) }
        }
        selected = keep.flatMap { visible.firstIndex(of: $0) } ?? 0
        listTop = 0
        scrollListToSelection()
        previewSelection()
        if let text = listSearch, reader != nil, reader?.search == nil {
            reader?.search = text
            relayoutReader()
        }
        // Nothing matches: the reading pane must not go on showing an article the filters left out.
        if visible.isEmpty, collection.count > 0 {
            reader = nil
            focus = .list
        }
    }

    /// Adds filters (those already active are ignored) and refilters.
    mutating func addFilters(_ terms: [Query.Term]) {
        for t in terms where !filters.contains(t) { filters.append(t) }
        refilter()
    }

    /// Swaps in a newer collection (more articles, or annotations filled in), keeping the
    /// selected and open articles by their keys.
    mutating func replaceCollection(_ c: ArticleCollection) {
        // Until the reader is used (first row selected, list focused, reading pane at its top),
        // the selection stays on the newest article as a load brings newer ones in.
        let followsTop = selected == 0 && listTop == 0 && focus == .list && (reader?.top ?? 0) == 0
        let rowOnScreen = selected - listTop
        let selectedKey = selectedArticle.map { collection.article($0).key }
        let openKey = reader.map { collection.article($0.article).key }
        let awaitedKey = awaitingText?.key
        collection = c
        // Ids usually stay put between snapshots of one load; look there before scanning.
        var index: [String: Int] = [:]
        for (key, old) in [
            (selectedKey, selectedArticle), (openKey, reader?.article), (awaitedKey, awaitingText?.article),
        ] {
            if let key, let old, old < c.count, c.article(old).key == key { index[key] = old }
        }
        let missing = [selectedKey, openKey, awaitedKey].compactMap { $0 }.filter { index[$0] == nil }
        if !missing.isEmpty {
            for i in 0..<c.count {
                let k = c.article(i).key
                if missing.contains(k) { index[k] = i }
            }
        }
        // A text still awaited follows its article; when the article went, so does what waited.
        if var waiting = awaitingText {
            if let i = index[waiting.key] {
                waiting.article = i
                awaitingText = waiting
            } else {
                awaitingText = nil
                if waiting.then.holdsInput {
                    heldInput = []
                    message = "the article being read is no longer in the collection"
                }
            }
        }
        // The open article keeps its scroll position and quote under its new id; its
        // annotation is expanded again, since it may have arrived or changed. A reload that
        // found its file changed brings its new text (`refreshStaleReader`).
        let savedReader = reader
        reader = nil
        if let k = openKey, let i = index[k], var r = savedReader {
            r.article = i
            r.annotation = nil
            reader = r
        }
        let kept = reader?.article
        // Seed the selection with the selected article's id in the new collection, so
        // `refilter` keeps it selected.
        visible = selectedKey.flatMap { index[$0] }.map { [$0] } ?? []
        selected = 0
        refilter()
        // The selected row stays where it was on screen: a newer snapshot or a reload must not
        // scroll the list under the reader.
        if selectedKey != nil, selectedArticle.map({ collection.article($0).key }) == selectedKey {
            listTop = max(0, min(selected - rowOnScreen, visible.count - max(1, listPage)))
            scrollListToSelection()
        }
        if let kept, reader?.article == kept { relayoutReader() }
        if reader == nil, focus == .reader { focus = .list }
        if followsTop && selected != 0 { moveSelection(to: 0) }
    }
}
