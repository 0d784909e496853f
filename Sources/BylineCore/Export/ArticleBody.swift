/// An article's text as a reader sees it, for copying, piping and saving: made terminal-safe
/// (`SafeText`), the headline dropped when the text repeats it, split into paragraphs at blank
/// lines, and the lines of each paragraph joined with single spaces.
///
/// What leaves Byline this way is the article's own wording, but never a control character: the
/// text may end up on a terminal (`| cat`, a clipboard pasted into a shell), where an escape
/// sequence from a web page must not act.
public enum ArticleBody {
    /// The body paragraphs of `article`.
    public static func paragraphs(_ article: Article) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in SafeText.sanitize(article.text, tabWidth: 1).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            let words = line.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(words)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        if let first = paragraphs.first, first == line(article.title) { paragraphs.removeFirst() }
        return paragraphs
    }

    /// Text from an article (headline, a quote, a name) on one line: terminal-safe, white space
    /// collapsed.
    public static func line(_ s: String) -> String {
        SafeText.sanitize(s, lineBreaks: .space, tabWidth: 1).split(whereSeparator: { $0.isWhitespace }).joined(
            separator: " ")
    }

    /// "The Straits Times · 2022-01-14 · By Jean Lee · https://…": what is known of the article's
    /// origin, the missing parts left out.
    public static func metaLine(_ article: Article) -> String {
        [article.source, article.published?.description, article.author.map { "By \($0)" }, article.url]
            .compactMap { $0.map(line) }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The article as plain text, as `|` pipes it: headline, meta line, a blank line, then the
    /// paragraphs separated by blank lines.
    public static func plainText(_ article: Article) -> String {
        var out = line(article.title) + "\n"
        let meta = metaLine(article)
        if !meta.isEmpty { out += meta + "\n" }
        for p in paragraphs(article) { out += "\n" + p + "\n" }
        return out
    }
}
