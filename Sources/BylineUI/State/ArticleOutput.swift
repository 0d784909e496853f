import BylineCore

/// Taking an article out of the reader: `y` and `Y` copy, `|` pipes, `w` saves. The state only
/// decides what the text is; the app loop carries out the effect (clipboard, command, file) and
/// reports back with a notice, or `.fileExists` when a save needs a yes.
extension AppState {
    /// The article these commands act on: the one being read, else the selected one.
    var articleInView: Int? {
        if keyContext == .reader, let r = reader { return r.article }
        return selectedArticle ?? reader?.article
    }

    /// `y`: the current quote (the one `]`/`[` landed on, else the first on screen) with its
    /// citation.
    mutating func copyQuote() -> [Effect] {
        guard let r = reader, articleInView == r.article else {
            message = "open an article first (\(keyName(.open)))"
            return []
        }
        guard let quotes = r.annotation?.quotes, !quotes.isEmpty else {
            message = r.annotation == nil ? "this article is still being annotated" : "no quotes in this article"
            return []
        }
        let onScreen = r.top..<(r.top + max(1, readerPage))
        let q =
            r.currentQuote ?? quotes.indices.first { r.layout.line(ofQuote: $0).map(onScreen.contains) ?? false }
        guard let q, let quote = quotes[safe: q] else {
            message = "no quote on screen: \(keyName(.nextQuote)) goes to the next one"
            return []
        }
        return [.copy(text: QuoteCitation.text(of: quote, in: collection.article(r.article)), what: "quote")]
    }

    /// `Y`: the article's URL.
    mutating func copyURL() -> [Effect] {
        guard let i = articleInView else { return [] }
        guard let url = collection.article(i).url.map(ArticleBody.line), !url.isEmpty else {
            message = "this article has no URL"
            return []
        }
        return [.copy(text: url, what: "URL")]
    }

    /// `|` and `w`: the prompt for a command or a path (the path offered from the headline).
    mutating func openOutputPrompt(_ kind: Prompt.Kind) {
        guard let i = articleInView else {
            message = "no article selected"
            return
        }
        var p = Prompt(kind: kind)
        if kind == .save { p.text = SafeFileName.from(headline: collection.article(i).title) }
        overlay = .prompt(p)
    }

    /// Enter in the pipe or save prompt: the article's text is fetched first unless it is open.
    mutating func acceptOutput(_ kind: Prompt.Kind, text: String) -> [Effect] {
        guard !text.isEmpty, let i = articleInView else { return [] }
        return withText(of: i, .output(kind, text))
    }

    /// The pipe or save of article `i` once its text is in.
    mutating func output(_ kind: Prompt.Kind, _ text: String, article i: Int, _ readable: ReadableArticle) -> [Effect] {
        guard readable.hasText else {
            message = readable.note ?? "the article's text cannot be read"
            return []
        }
        let article = readable.article
        switch kind {
        case .pipe:
            return [.pipe(command: text, text: ArticleBody.plainText(article))]
        case .save:
            let markdown = ArticleMarkdown.document(
                article, annotation: collection.annotation(of: i, text: article.text))
            return [.save(path: text, text: markdown, overwrite: false)]
        default:
            return []
        }
    }

    /// A key in the overwrite question: `y` overwrites, anything else keeps the file.
    mutating func answerOverwrite(_ k: KeyPress, path: String, text: String) -> [Effect] {
        overlay = nil
        if case .char("y") = k.code, !k.ctrl, !k.alt { return [.save(path: path, text: text, overwrite: true)] }
        message = "not saved: \(SafeText.line(path)) is unchanged"
        return []
    }

    /// The first key bound to a command, for hints.
    func keyName(_ c: Command) -> String { keymap.keys(for: c).first?.description ?? c.rawValue }
}
