import BylineNLP

/// A CoNLL-2003 document rebuilt as running text, with its gold names as scalar-offset spans.
///
/// The corpus is pre-tokenised; comparing spans by scalar offsets in a rebuilt text scores the
/// recognizer with its own tokenizer, exactly as it runs on real articles.
public struct CoNLLArticle: Sendable {
    /// One gold name: category (see `EntityTag.category`) and scalar offsets.
    public struct Span: Sendable, Hashable {
        public var category: Int
        public var start: Int
        public var end: Int
    }

    /// The sentences, each its own paragraph, words joined the way news text writes them.
    public var text: String
    public var spans: [Span]
}

/// Reads the CoNLL-2003 four-column format (word, POS, chunk, IOB1 tag).
public enum CoNLLReader {
    /// The documents of `text`; `-DOCSTART-` lines separate documents wherever they sit.
    /// `rewrite` may change each word's spelling (the trainer uses it to add other news styles).
    public static func articles(_ text: String, rewrite: (Substring) -> Substring = { $0 }) -> [CoNLLArticle] {
        var articles: [CoNLLArticle] = []
        var builder = ArticleBuilder()
        var sentence: [(word: Substring, label: Substring)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: " ")
            if fields.first == "-DOCSTART-" {
                builder.add(sentence)
                sentence = []
                if let a = builder.finish() { articles.append(a) }
                continue
            }
            guard fields.count >= 2 else {
                builder.add(sentence)
                sentence = []
                continue
            }
            sentence.append((rewrite(fields[0]), fields[fields.count - 1]))
        }
        builder.add(sentence)
        if let a = builder.finish() { articles.append(a) }
        return articles
    }

    /// Accumulates sentences into one article's text and spans.
    struct ArticleBuilder {
        var scalars = String.UnicodeScalarView()
        var count = 0
        var spans: [CoNLLArticle.Span] = []

        mutating func add(_ sentence: [(word: Substring, label: Substring)]) {
            guard !sentence.isEmpty else { return }
            if count > 0 { append("\n\n") }
            var open: (category: Int, start: Int)?
            var previousCategory: Int?
            var quoteOpen = false
            for (k, (word, label)) in sentence.enumerated() {
                if k > 0 && Detokenizer.space(before: word, after: sentence[k - 1].word, quoteOpen: quoteOpen) {
                    append(" ")
                }
                let parts = label.split(separator: "-", maxSplits: 1)
                let category = parts.count == 2 ? EntityTag.category(ofLabel: parts[1]) : nil
                let begins = category != nil && (parts[0] == "B" || category != previousCategory)
                if let o = open, category != o.category || begins {
                    spans.append(.init(category: o.category, start: o.start, end: lastEnd))
                    open = nil
                }
                if begins, let c = category { open = (c, count) }
                append(word)
                lastEnd = count
                previousCategory = category
                if word == "\"" { quoteOpen.toggle() }
            }
            if let o = open { spans.append(.init(category: o.category, start: o.start, end: lastEnd)) }
        }

        var lastEnd = 0

        mutating func append(_ s: some StringProtocol) {
            for u in s.unicodeScalars {
                scalars.append(u)
                count += 1
            }
        }

        mutating func finish() -> CoNLLArticle? {
            defer { self = ArticleBuilder() }
            return count == 0 ? nil : CoNLLArticle(text: String(scalars), spans: spans)
        }
    }
}

/// Where pre-tokenised English puts a space: not before closing punctuation and clitics, not
/// after opening brackets and currency signs, and not inside a pair of straight quotes.
enum Detokenizer {
    static let closers: Set<Substring> = [
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m",
        "...",
    ]
    static let openers: Set<Substring> = ["(", "[", "{", "$"]

    /// `quoteOpen`: an odd number of straight quotes precedes `word` in the sentence.
    static func space(before word: Substring, after previous: Substring, quoteOpen: Bool) -> Bool {
        if word == "\"" ? quoteOpen : closers.contains(word) { return false }
        if openers.contains(previous) || (previous == "\"" && quoteOpen) { return false }
        return true
    }
}
