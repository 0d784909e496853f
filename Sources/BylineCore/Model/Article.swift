import BylineNLP

/// Where an article's publication date came from, as the `annotate` contract names it.
public enum PublishedSource: String, Sendable, Codable {
    /// The file's own metadata (front matter, a JSON field, a feed's date).
    case metadata
    /// Inferred from the text (a dateline, a "Thursday (Jan 13)" pair, the latest full date).
    case text
    /// The file's modification time: a last resort.
    case fileTime = "file-time"
    /// Given on the command line with `--published`.
    case argument
}

/// The file format an article was loaded from.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
    case txt, md, json, jsonl, rss, html, newsboat
}

/// A dateline such as "WASHINGTON/SEOUL (AFP, REUTERS) - ": metadata found in the text, which stays untouched.
public struct Dateline: Sendable, Hashable, Codable {
    public var places: [String]
    public var agencies: [String]
    /// Scalar offsets of the whole dateline in the article text.
    public var start: Int
    public var end: Int

    public init(places: [String], agencies: [String], start: Int, end: Int) {
        self.places = places
        self.agencies = agencies
        self.start = start
        self.end = end
    }
}

/// One news article as loaded, before annotation.
///
/// A collection holds one of these per article from start to end, so the fields most articles
/// lack (author, tags, dateline, captions) share one slot that costs nothing when all are empty:
/// at 100,000 articles they took 6.4 MB of 20.8 MB.
public struct Article: Sendable, Hashable {
    /// The file the article came from, as found (relative paths stay relative).
    public var path: String
    /// For files holding several articles (JSON arrays, JSONL, feeds): the article's 0-based position.
    public var item: Int?
    public var format: ArticleFormat
    public var title: String
    /// The text that annotation offsets refer to: for `.txt`, the file content exactly as decoded;
    /// for other formats the title, a blank line, then the paragraphs separated by blank lines.
    public var text: String
    public var published: CalendarDate?
    public var publishedSource: PublishedSource?
    public var source: String?
    public var url: String?
    /// File size and modification time (seconds since 1970), for the annotation cache key.
    public var fileSize: Int
    public var modified: Double
    /// The rarer fields: empty, or one value that is not all empty.
    private var rare: [Rare]

    private struct Rare: Sendable, Hashable {
        var author: String?
        var tags: [String] = []
        var dateline: Dateline?
        var captions: [Range<Int>] = []

        var isEmpty: Bool { author == nil && tags.isEmpty && dateline == nil && captions.isEmpty }
    }

    public var author: String? {
        get { rare.first?.author }
        set { changeRare { $0.author = newValue } }
    }

    public var tags: [String] {
        get { rare.first?.tags ?? [] }
        set { changeRare { $0.tags = newValue } }
    }

    public var dateline: Dateline? {
        get { rare.first?.dateline }
        set { changeRare { $0.dateline = newValue } }
    }

    /// Photo-caption paragraphs ("... PHOTO: AFP/KCNA"), as scalar ranges of `text`.
    public var captions: [Range<Int>] {
        get { rare.first?.captions ?? [] }
        set { changeRare { $0.captions = newValue } }
    }

    private mutating func changeRare(_ change: (inout Rare) -> Void) {
        var r = rare.first ?? Rare()
        change(&r)
        rare = r.isEmpty ? [] : [r]
    }

    public init(
        path: String, item: Int? = nil, format: ArticleFormat, title: String, text: String,
        published: CalendarDate? = nil, publishedSource: PublishedSource? = nil, source: String? = nil,
        url: String? = nil, author: String? = nil, tags: [String] = [], dateline: Dateline? = nil,
        captions: [Range<Int>] = [], fileSize: Int = 0, modified: Double = 0
    ) {
        self.path = path
        self.item = item
        self.format = format
        self.title = title
        self.text = text
        self.published = published
        self.publishedSource = publishedSource
        self.source = source
        self.url = url
        self.fileSize = fileSize
        self.modified = modified
        let r = Rare(author: author, tags: tags, dateline: dateline, captions: captions)
        rare = r.isEmpty ? [] : [r]
    }

    /// A stable identity for the article across runs: its path plus its position in the file.
    public var key: String { item.map { "\(path)#\($0)" } ?? path }
}

/// A file (or a part of one) that could not be loaded, and why; the load goes on without it.
/// An article analysed only in part is reported the same way, though it is loaded.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: LoadProblem

    public init(path: String, reason: LoadProblem) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    /// Whether something was left out: every problem but an article analysed only in part, which
    /// is loaded and shown whole.
    public var isSkip: Bool {
        if case .analysedInPart = reason { return false }
        return true
    }
}
