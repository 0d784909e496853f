import BylineCore
import BylineNLP

/// The speaker and entity pickers, and the search prompt: typing, moving, choosing.
extension AppState {
    /// How many rows a picker offers at most; typing narrows further.
    static let pickerLimit = 500

    mutating func openPicker(_ kind: Picker.Kind) -> [Effect] {
        var effects: [Effect] = []
        if kind == .articleSpeakers {
            guard let opened = ensureReader(for: .pickSpeaker) else { return [] }
            effects = opened
            guard reader != nil else { return effects }
        }
        var p = Picker(kind: kind)
        p.rows = pickerRows(p)
        if p.rows.isEmpty, kind != .entities {
            message = kind == .articleSpeakers ? "nobody is quoted in this article" : "no speakers found yet"
            return effects
        }
        overlay = .picker(p)
        return effects
    }

    /// The rows for what has been typed so far.
    func pickerRows(_ p: Picker) -> [Picker.Row] {
        switch p.kind {
        case .articleSpeakers:
            guard let quotes = reader?.annotation?.quotes else { return [] }
            var counts: [String: Int] = [:]
            var order: [String] = []
            for q in quotes {
                guard let name = q.speaker?.name else { continue }
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
            // A handful of names: typing narrows by plain containment.
            return order.filter { p.typed.isEmpty || $0.localizedCaseInsensitiveContains(p.typed) }.map { name in
                Picker.Row(
                    label: name, detail: AppState.count(counts[name] ?? 0, "quote"),
                    shortDetail: "\(counts[name] ?? 0)",
                    filter: Query.Term(.speaker, name))
            }
        case .collectionSpeakers:
            let index = collection.index
            return index.searchSpeakers(p.typed, limit: AppState.pickerLimit).map { match in
                let s = index.speakers[match.speaker]
                return Picker.Row(
                    label: s.name,
                    detail: "\(AppState.count(s.quotes.count, "quote")) · \(AppState.count(s.articleCount, "article"))",
                    shortDetail: AppState.count(s.quotes.count, "quote"),
                    filter: Query.Term(.speaker, s.name))
            }
        case .entities:
            let index = collection.index
            return index.searchEntities(p.typed, limit: AppState.pickerLimit).map { match in
                let e = index.entity(match.entity)
                return Picker.Row(
                    label: e.type == .date ? DateWords.words(for: e.name) : e.name,
                    detail: "\(EntityPanel.word(for: e.type)) · \(AppState.count(e.articleCount, "article"))",
                    shortDetail: "\(EntityPanel.shortWord(for: e.type)) · \(e.articleCount)",
                    filter: Query.Term(entity: e))
            }
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// A printable key in a picker or prompt.
    mutating func type(_ c: Character) {
        switch overlay {
        case .picker(var p)?:
            p.typed.append(c)
            p.rows = pickerRows(p)
            p.selected = 0
            p.top = 0
            overlay = .picker(p)
        case .prompt(var p)?:
            p.text.append(c)
            p.error = nil
            overlay = .prompt(p)
        default: break
        }
    }

    mutating func runInPicker(_ c: Command) -> [Effect] {
        guard case .picker(var p)? = overlay else { return [] }
        let page = max(1, pickerPage)
        switch c {
        case .down: p.selected += 1
        case .up: p.selected -= 1
        case .pageDown, .halfPageDown: p.selected += page - 1
        case .pageUp, .halfPageUp: p.selected -= page - 1
        case .top: p.selected = 0
        case .bottom: p.selected = p.rows.count - 1
        case .deleteBackward:
            if !p.typed.isEmpty { p.typed.removeLast() }
            p.rows = pickerRows(p)
            p.selected = 0
        case .cancel:
            overlay = nil
            return []
        case .accept:
            overlay = nil
            guard let row = p.rows[safe: p.selected] else { return [] }
            choose(row, kind: p.kind)
            return []
        case .redraw: return [.redraw]
        default: return []
        }
        p.selected = min(max(0, p.selected), max(0, p.rows.count - 1))
        if p.selected < p.top { p.top = p.selected }
        if p.selected >= p.top + page { p.top = p.selected - page + 1 }
        overlay = .picker(p)
        return []
    }

    /// What choosing a row does: jump to the speaker's first quote, or add a filter.
    mutating func choose(_ row: Picker.Row, kind: Picker.Kind) {
        switch kind {
        case .articleSpeakers:
            guard let quotes = reader?.annotation?.quotes,
                let q = quotes.firstIndex(where: { $0.speaker?.name == row.label })
            else { return }
            focus = .reader
            followed = row.label
            land(onQuote: q)
            let keys = [Command.nextSpeakerQuote, .previousSpeakerQuote].compactMap {
                keymap.keys(for: $0).first?.description
            }
            message = "following \(SafeText.line(row.label))" + (keys.isEmpty ? "" : ": " + keys.joined(separator: " "))
        case .collectionSpeakers:
            followed = row.label
            addFilters([row.filter])
            // The open article may not quote them: the next `}` starts from its top.
            if var r = reader {
                r.currentQuote = nil
                reader = r
            }
        case .entities:
            addFilters([row.filter])
        }
    }

    /// Rows a picker shows at once.
    var pickerPage: Int { max(1, PickerOverlay.frame(in: PaneLayout(self).overlay).height - 3) }

    mutating func runInPrompt(_ c: Command) -> [Effect] {
        guard case .prompt(var p)? = overlay else { return [] }
        switch c {
        case .deleteBackward:
            if p.text.isEmpty {
                overlay = nil
                return []
            }
            p.text.removeLast()
            p.error = nil
            overlay = .prompt(p)
        case .cancel: overlay = nil
        case .clearLine:
            p.text = ""
            p.error = nil
            overlay = .prompt(p)
        case .up, .down:
            let past = promptHistory[p.historyKey] ?? []
            let at = (p.historyPosition ?? past.count) + (c == .up ? -1 : 1)
            if past.indices.contains(at) {
                p.text = past[at]
                p.historyPosition = at
            } else if c == .down {
                p.text = ""
                p.historyPosition = nil
            }
            p.error = nil
            overlay = .prompt(p)
        case .accept:
            overlay = nil
            if !p.text.isEmpty, promptHistory[p.historyKey]?.last != p.text {
                promptHistory[p.historyKey, default: []].append(p.text)
            }
            switch p.kind {
            case .search(.list):
                if !p.text.isEmpty { addFilters([Query.Term(.text, p.text)]) }
            case .search(.reader):
                searchReader(p.text)
            case .query:
                do {
                    addFilters(try Query(parsing: p.text).terms)
                } catch {
                    // The prompt stays open with what was typed, to be corrected.
                    p.error = "\(error)"
                    p.historyPosition = nil
                    overlay = .prompt(p)
                }
            case .pipe, .save:
                return acceptOutput(p.kind, text: p.text)
            case .overwrite:
                break
            }
        case .redraw: return [.redraw]
        default: break
        }
        return []
    }
}
