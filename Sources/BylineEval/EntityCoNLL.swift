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
    /// The name a `-DOCSTART-` line gives the document (GUM's "GUM_news_iodine"), else "".
    public var name = ""
}

/// How a file of labelled tokens is laid out: one token per line, whitespace-separated columns,
/// a blank line between sentences, BIO labels ("B-PER", "I-location"); IOB1 and IOB2 both read
/// right, since a name begins at a `B-` label or wherever the type changes.
public struct LabelledTokenFormat: Sendable {
    /// Column of the word.
    public var wordColumn = 0
    /// Column of the label; negative counts from the last column (-1 is the last).
    public var labelColumn = -1
    /// Sentences per document for files with no document marks (tweets, Wikipedia sentences);
    /// nil keeps every sentence up to the next mark in one document.
    public var sentencesPerDocument: Int?
    /// The category (see `EntityTag.category`) of a label's type ("PER", "corporation") given the
    /// whole line's columns; nil makes the token part of no name.
    public var category: @Sendable (_ type: Substring, _ columns: [Substring]) -> Int?

    public init(
        wordColumn: Int = 0, labelColumn: Int = -1, sentencesPerDocument: Int? = nil,
        category: @escaping @Sendable (_ type: Substring, _ columns: [Substring]) -> Int? = { t, _ in
            EntityTag.category(ofLabel: t)
        }
    ) {
        self.wordColumn = wordColumn
        self.labelColumn = labelColumn
        self.sentencesPerDocument = sentencesPerDocument
        self.category = category
    }

    /// CoNLL-2003: word, POS, chunk, IOB1 label over PER/ORG/LOC/MISC.
    public static let conll = LabelledTokenFormat()
}

/// Reads labelled token files (CoNLL-2003 and the formats `LabelledTokenFormat` describes).
public enum CoNLLReader {
    /// The documents of `text`. `-DOCSTART-` lines (wherever they sit) and `# newdoc` comments
    /// separate documents; a `# text = …` line gives the sentence as written, whose spaces the
    /// rebuilt text keeps; other `# ` comment lines are skipped.
    /// `rewrite` may change each word's spelling (the trainer uses it to add other news styles).
    public static func articles(
        _ text: String, format: LabelledTokenFormat = .conll, rewrite: (Substring) -> Substring = { $0 }
    ) -> [CoNLLArticle] {
        var articles: [CoNLLArticle] = []
        var builder = ArticleBuilder(category: format.category)
        var sentence: [(word: Substring, label: Substring, columns: [Substring])] = []
        var sentences = 0
        var written: Substring?
        func endSentence() {
            defer { written = nil }
            guard !sentence.isEmpty else { return }
            builder.add(sentence, written: written)
            sentence = []
            sentences += 1
            if let n = format.sentencesPerDocument, sentences % n == 0, let a = builder.finish() { articles.append(a) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.first == "-DOCSTART-" || line.hasPrefix("# newdoc") {
                endSentence()
                if let a = builder.finish() { articles.append(a) }
                // "-DOCSTART-<TAB>O<TAB>name": the mark comes before its document.
                if fields.first == "-DOCSTART-" && fields.count == 3 { builder.name = String(fields[2]) }
                continue
            }
            if line.hasPrefix("# text = ") {
                endSentence()
                written = line.dropFirst("# text = ".count)
                continue
            }
            if line.hasPrefix("# sent_id") { continue }
            let label = format.labelColumn < 0 ? fields.count + format.labelColumn : format.labelColumn
            guard fields.count >= 2, format.wordColumn < fields.count, label >= 0, label < fields.count,
                label != format.wordColumn
            else {
                endSentence()
                continue
            }
            sentence.append((rewrite(fields[format.wordColumn]), fields[label], fields))
        }
        endSentence()
        if let a = builder.finish() { articles.append(a) }
        return articles
    }

    /// Accumulates sentences into one article's text and spans.
    struct ArticleBuilder {
        let category: @Sendable (Substring, [Substring]) -> Int?
        var name = ""
        var scalars = String.UnicodeScalarView()
        var count = 0
        var spans: [CoNLLArticle.Span] = []

        /// Appends one sentence as its own paragraph. With `written`, the sentence as its source
        /// wrote it, words are spaced as there ("al-Sadr", "Coca-Cola" stay one word, as a reader
        /// sees them); otherwise, or when the words do not match it, the way news text spaces them.
        mutating func add(
            _ sentence: [(word: Substring, label: Substring, columns: [Substring])], written: Substring? = nil
        ) {
            guard !sentence.isEmpty else { return }
            if count > 0 { append("\n\n") }
            let spaced = written.flatMap { Detokenizer.spaces(sentence.map(\.word), in: $0) }
            var open: (category: Int, start: Int)?
            var previousCategory: Int?
            var quoteOpen = false
            for (k, (word, label, columns)) in sentence.enumerated() {
                if k > 0
                    && (spaced?[k]
                        ?? Detokenizer.space(before: word, after: sentence[k - 1].word, quoteOpen: quoteOpen))
                {
                    append(" ")
                }
                let parts = label.split(separator: "-", maxSplits: 1)
                let category = parts.count == 2 ? self.category(parts[1], columns) : nil
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
            defer { self = ArticleBuilder(category: category) }
            return count == 0 ? nil : CoNLLArticle(text: String(scalars), spans: spans, name: name)
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

    /// Whether `written` has white space before each of `words`, found in order in it; nil when
    /// a word is not where the previous one ends (the tokens were respelled or normalised).
    static func spaces(_ words: [Substring], in written: Substring) -> [Bool]? {
        var rest = written.unicodeScalars[...]
        var out: [Bool] = []
        for word in words {
            let trimmed = rest.drop { $0.properties.isWhitespace }
            guard trimmed.starts(with: word.unicodeScalars) else { return nil }
            out.append(trimmed.startIndex != rest.startIndex)
            rest = trimmed.dropFirst(word.unicodeScalars.count)
        }
        return out
    }

    /// `quoteOpen`: an odd number of straight quotes precedes `word` in the sentence.
    static func space(before word: Substring, after previous: Substring, quoteOpen: Bool) -> Bool {
        if word == "\"" ? quoteOpen : closers.contains(word) { return false }
        if openers.contains(previous) || (previous == "\"" && quoteOpen) { return false }
        return true
    }
}
