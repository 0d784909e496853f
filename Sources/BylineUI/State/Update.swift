import BylineCore

/// The state machine: applies one action to the state and returns what the outside world must
/// do. Pure apart from the state it is given (it reads no file: an article's text is asked for
/// with `.fetchText`), so every key can be tested without a terminal.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.apply(action)
}

extension AppState {
    public mutating func apply(_ action: Action) -> [Effect] {
        var effects = hold(action) ?? step(action)
        effects += releaseHeldInput()
        effects += refreshStaleReader()
        return effects + askForText()
    }

    /// One action, as if nothing were awaited.
    mutating func step(_ action: Action) -> [Effect] {
        switch action {
        case .command(let c):
            message = nil
            return answeringConfirmation { $0.run(c) }
        case .key(let k):
            message = nil
            return answeringConfirmation { $0.press(k) }
        case .mouse(let m):
            return click(m)
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            relayoutReader()
            scrollListToSelection()
            return []
        case .collectionUpdated(let c):
            replaceCollection(c)
            return []
        case .loadProgress(let p):
            progress = p.isFinished ? nil : p
            return []
        case .readMarksLoaded(let marks):
            readMarks.formUnion(marks)
            if hideRead { refilter() }
            return []
        case .flagsLoaded(let keys):
            flags.formUnion(keys)
            if filters.contains(where: { $0.field == .flag }) { refilter() }
            return []
        case .notice(let text):
            message = text
            return []
        case .fileExists(let path, let text):
            overlay = .prompt(Prompt(kind: .overwrite(path: path, text: text)))
            return []
        case .textFetched(let text):
            return receive(text)
        }
    }

    /// Runs a key; a question it did not ask itself (`A`'s "press A again") is dropped, so only
    /// the very next key can confirm.
    mutating func answeringConfirmation(_ body: (inout AppState) -> [Effect]) -> [Effect] {
        let asked = confirming
        let effects = body(&self)
        if confirming == asked { confirming = nil }
        return effects
    }

    /// A key: typed into a picker or prompt when printable there, else looked up in the keymap.
    mutating func press(_ k: KeyPress) -> [Effect] {
        let context = keyContext
        if case .prompt(let p)? = overlay, case .overwrite(let path, let text) = p.kind {
            return answerOverwrite(k, path: path, text: text)
        }
        if context == .picker || context == .prompt, !k.ctrl, !k.alt, case .char(let c) = k.code {
            type(c)
            return []
        }
        if let command = keymap.command(for: k, in: context) { return run(command) }
        // The entity panel has its own keys; any other gives the article the keys and acts there.
        if context == .panel, let command = keymap.command(for: k, in: .reader) {
            entityPanelFocused = false
            relayoutReader()
            return runInPanes(command)
        }
        return []
    }

    mutating func run(_ c: Command) -> [Effect] {
        switch keyContext {
        case .picker: return runInPicker(c)
        case .prompt: return runInPrompt(c)
        case .help: return runInPage(c)
        case .panel: return runInPanel(c)
        case .list, .reader: return runInPanes(c)
        }
    }

    mutating func runInPanes(_ c: Command) -> [Effect] {
        let inReader = keyContext == .reader || keyContext == .panel
        switch c {
        case .down: inReader ? scrollReader(by: 1) : moveSelection(by: 1)
        case .up: inReader ? scrollReader(by: -1) : moveSelection(by: -1)
        case .top: inReader ? scrollReader(to: 0) : moveSelection(to: 0)
        case .bottom: inReader ? scrollReaderToEnd() : moveSelection(to: visible.count - 1)
        case .halfPageDown:
            inReader ? scrollReader(by: max(1, readerPage / 2)) : moveSelection(by: max(1, listPage / 2))
        case .halfPageUp:
            inReader ? scrollReader(by: -max(1, readerPage / 2)) : moveSelection(by: -max(1, listPage / 2))
        case .pageDown:
            if inReader, let r = reader, r.layout.isComplete, r.top + readerPage >= r.layout.lines.count {
                return openNextUnread()
            }
            inReader ? scrollReader(by: max(1, readerPage - 1)) : moveSelection(by: max(1, listPage - 1))
        case .pageUp: inReader ? scrollReader(by: -max(1, readerPage - 1)) : moveSelection(by: -max(1, listPage - 1))
        case .open: return openSelected()
        case .nextArticle, .previousArticle:
            let from = selected
            moveSelection(by: c == .nextArticle ? 1 : -1)
            if selected == from {
                message = c == .nextArticle ? "that was the last article in the list" : "that was the first article"
                return []
            }
            return openSelected()
        case .nextUnread: return openNextUnread()
        case .toggleRead: return toggleRead()
        case .toggleFlag: return toggleFlag()
        case .sort:
            sort = sort.next
            refilter()
            message = "sorted: \(sort.label)"
        case .narrowList, .widenList: moveSplit(by: c == .widenList ? PaneLayout.splitStep : -PaneLayout.splitStep)
        case .markAllRead: return markAllShownRead()
        case .hideRead:
            hideRead.toggle()
            refilter()
            message = hideRead ? "read articles hidden" : "read articles shown"
        case .switchPane:
            if focus == .reader {
                focus = .list
                scrollListToSelection()
            } else {
                return openSelected()
            }
        case .nextQuote: return jumpQuote(forward: true)
        case .previousQuote: return jumpQuote(forward: false)
        case .nextSpeakerQuote: return jumpSpeakerQuote(forward: true)
        case .previousSpeakerQuote: return jumpSpeakerQuote(forward: false)
        case .pickSpeaker: return openPicker(.articleSpeakers)
        case .filterSpeaker: return openPicker(.collectionSpeakers)
        case .filterEntity: return openPicker(.entities)
        case .clearFilters:
            filters = []
            refilter()
        case .search: overlay = .prompt(Prompt(kind: .search(inReader ? .reader : .list)))
        case .query: overlay = .prompt(Prompt(kind: .query))
        case .nextMatch: cycleMatch(forward: true)
        case .previousMatch: cycleMatch(forward: false)
        case .toggleDates:
            showDates.toggle()
            relayoutReader()
        case .nextTheme:
            guard themes.count > 1 else {
                message = "only one theme is available"
                return []
            }
            themeIndex = (themeIndex + 1) % themes.count
            message = "theme: \(theme.name)"
            return [.themeChanged]
        case .entityPanel: return focusEntityPanel()
        case .legend:
            showLegend.toggle()
            relayoutReader()
            scrollListToSelection()
        case .loadReport: overlay = .loadReport(top: 0)
        case .openURL:
            guard let i = reader?.article ?? selectedArticle else { return [] }
            if let url = collection.article(i).url, !url.isEmpty { return markRead(i) + [.openURL(url)] }
            message = "this article has no URL"
        case .copyQuote: return copyQuote()
        case .copyURL: return copyURL()
        case .pipeArticle: openOutputPrompt(.pipe)
        case .saveArticle: openOutputPrompt(.save)
        case .reload: return [.reload]
        case .help: overlay = .help(top: 0)
        case .back, .close:
            if inReader || (focus == .reader && reader == nil) {
                focus = .list
                scrollListToSelection()
            } else if c == .back, !filters.isEmpty {
                // As mutt's limit: q first gives the whole list back, then quits.
                filters = []
                refilter()
                message = "filters cleared; q again quits"
            } else if c == .back {
                return [.quit]
            }
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .accept, .cancel, .deleteBackward, .clearLine: break
        }
        return []
    }

    /// Keys on the help overlay and the load report: scroll, or close.
    mutating func runInPage(_ c: Command) -> [Effect] {
        let page = max(1, PaneLayout(self).overlay.height - 2)
        func scroll(_ delta: Int) {
            switch overlay {
            case .help(let top)?:
                let (rows, _, inside) = HelpOverlay.rows(self)
                overlay = .help(top: min(max(0, top + delta), max(0, rows.count - inside.height)))
            case .loadReport(let top)?:
                let last = max(0, LoadReport.lines(self).count - page)
                overlay = .loadReport(top: min(max(0, top + delta), last))
            default: break
            }
        }
        switch c {
        case .down: scroll(1)
        case .up: scroll(-1)
        case .pageDown: scroll(page - 1)
        case .pageUp: scroll(1 - page)
        case .halfPageDown: scroll(page / 2)
        case .halfPageUp: scroll(-page / 2)
        case .top: scroll(-Int.max / 2)
        case .bottom: scroll(Int.max / 2)
        case .back, .close, .cancel, .help, .accept: overlay = nil
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default: break
        }
        return []
    }

    /// Rows of the list pane that show articles.
    var listPage: Int { PaneLayout(self).list?.height ?? max(1, height - 1) }
    /// Lines of the reading pane.
    var readerPage: Int { PaneLayout(self).reader?.height ?? max(1, height - 1) }
}
