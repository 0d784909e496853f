import BylineNLP

/// A quote with its citation, as `y` copies it:
/// `“…” — Antony Blinken, The Straits Times, 2022-01-14, https://…`. Parts the article lacks
/// (speaker, source, date, URL) are left out with their separators.
public enum QuoteCitation {
    public static func text(of quote: Quote, in article: Article) -> String {
        var said = ArticleBody.line(quote.span.text)
        // Reported speech has no quotation marks of its own; it is marked as such, not dressed
        // up as a direct quote.
        if quote.kind == .indirect { said = "(reported) " + said }
        let parts = [quote.speaker?.name, article.source, article.published?.description, article.url]
            .compactMap { $0.map(ArticleBody.line) }.filter { !$0.isEmpty }
        return parts.isEmpty ? said : said + " — " + parts.joined(separator: ", ")
    }
}
