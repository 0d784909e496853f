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
public struct Article: Sendable, Hashable, Codable {
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
    public var author: String?
    public var tags: [String]
    public var dateline: Dateline?
    /// Photo-caption paragraphs ("... PHOTO: AFP/KCNA"), as scalar ranges of `text`.
    public var captions: [Range<Int>]
    /// File size and modification time (seconds since 1970), for the annotation cache key.
    public var fileSize: Int
    public var modified: Double

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
        self.author = author
        self.tags = tags
        self.dateline = dateline
        self.captions = captions
        self.fileSize = fileSize
        self.modified = modified
    }

    /// A stable identity for the article across runs: its path plus its position in the file.
    public var key: String { item.map { "\(path)#\($0)" } ?? path }
}

/// A file that could not be loaded, and why; the load goes on without it.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: LoadProblem

    public init(path: String, reason: LoadProblem) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
