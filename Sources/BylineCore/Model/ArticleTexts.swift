import Foundation

/// Where an article's text is while the collection holds only what the list, the filters and
/// the index need. A collection of a million articles holds gigabytes of text; keeping it in
/// memory would cost more than the articles' files themselves, so a text is fetched when an
/// article is opened, printed or exported, and dropped again.
public enum TextSpot: Sendable, Hashable {
    /// In the `Article` itself: articles of files holding several (a feed, a JSONL file, a
    /// newsboat cache), which would be parsed whole to find one, and collections built in memory.
    case resident
    /// Bytes of the annotation cache file the load opened, with their checksum. The load keeps
    /// that file open: a later load replaces it by renaming, which leaves these bytes readable.
    case cached(at: Int, length: Int, checksum: UInt64)
    /// Read again from the article's own file, which holds only this article.
    case source
    /// Item `item` of the newsboat cache at the article's path, fetched when it still has the
    /// stamp (`NewsboatStamp`) it was listed with.
    case newsboat(size: Int64, check: UInt64)
}

/// An article with its text, fetched for reading or output, and what to tell the reader when
/// its file changed or vanished since it was listed.
public struct ReadableArticle: Sendable {
    /// The article with its text; the text is empty when it could not be had (see `note`).
    public var article: Article
    /// Whether `article.text` is the text the annotation's offsets refer to.
    public var hasText: Bool
    /// Why the text is missing, or that the file changed since it was listed; nil when all is well.
    public var note: String?

    public init(article: Article, hasText: Bool, note: String?) {
        self.article = article
        self.hasText = hasText
        self.note = note
    }
}

/// Fetches the texts a collection does not hold, from the cache file its load opened or from the
/// articles' own files. Shared by every snapshot of one load.
public final class ArticleTexts: Sendable {
    private let cache: OpenFile?

    init(cache: OpenFile?) { self.cache = cache }

    /// No cache file: every text is resident or read from its own file.
    public static let none = ArticleTexts(cache: nil)

    /// The text of `article`, kept as `spot` says, or nil with the reason.
    func text(of article: Article, spot: TextSpot) -> (text: String?, note: String?) {
        switch spot {
        case .resident:
            return (article.text, nil)
        case .cached(let at, let length, let sum):
            guard let bytes = cached(at: at, length: length, checksum: sum) else { return reread(article) }
            return (String(decoding: bytes, as: UTF8.self), Self.staleNote(article))
        case .source:
            return reread(article)
        case .newsboat(let size, let check):
            guard let fetched = Self.item(article, size: size, check: check) else { return (nil, Self.itemNote) }
            return (fetched.text, nil)
        }
    }

    /// `article` with its text filled in (empty when it cannot be had), for annotating and indexing.
    /// An item of newsboat's cache listed without its text comes whole, with what its text holds
    /// (dateline, captions).
    func withText(_ article: Article, spot: TextSpot) -> Article {
        guard spot != .resident else { return article }
        if case .newsboat(let size, let check) = spot { return Self.item(article, size: size, check: check) ?? article }
        var a = article
        a.text = text(of: article, spot: spot).text ?? ""
        return a
    }

    /// The texts of one file's articles as UTF-8, for writing the cache, or nil when one cannot
    /// be had as it was annotated.
    func bytes(of articles: [Article], spots: [TextSpot]) -> [CacheText]? {
        var out: [CacheText] = []
        for (a, spot) in zip(articles, spots) {
            switch spot {
            case .resident:
                out.append(.text(a.text))
            case .cached(let at, let length, let sum):
                guard let b = cached(at: at, length: length, checksum: sum) else { return nil }
                out.append(.bytes(b))
            case .source:
                guard let same = Self.sameArticle(a) else { return nil }
                out.append(.text(same.text))
            case .newsboat(let size, let check):
                guard let same = Self.item(a, size: size, check: check) else { return nil }
                out.append(.text(same.text))
            }
        }
        return out
    }

    /// The text's bytes from the cache file, when they are all there and match their checksum.
    func cached(at: Int, length: Int, checksum: UInt64) -> [UInt8]? {
        guard let bytes = cache?.read(at..<(at + length)), Checksum.of(bytes, 0..<bytes.count) == checksum else {
            return nil
        }
        return bytes
    }

    /// The text read again from the article's file, provided the file is the one it was loaded
    /// from (same size and modification time): the annotation's offsets refer to that text.
    private func reread(_ a: Article) -> (text: String?, note: String?) {
        guard FileStamp(a.path) != nil else { return (nil, Self.goneNote) }
        guard let again = Self.sameArticle(a) else { return (nil, Self.changedNote) }
        return (again.text, nil)
    }

    /// `a` as its file holds it now, when the file is still the one it was loaded from (same
    /// size and modification time); only files holding this one article are read again.
    static func sameArticle(_ a: Article) -> Article? {
        var issues: [LoadIssue] = []
        let found = ArticleFiles.load(file: a.path, issues: &issues)
        guard found.count == 1, let again = found.first, again.item == a.item, again.fileSize == a.fileSize,
            again.modified == a.modified
        else { return nil }
        return again
    }

    /// The newsboat item `a` was listed as, when its database still holds it unchanged.
    private static func item(_ a: Article, size: Int64, check: UInt64) -> Article? {
        NewsboatItemReaders.shared.article(like: a, stamp: NewsboatStamp(size: size, check: check))
    }

    static let goneNote = "its file is gone since the list was loaded"
    static let itemNote = "its item in newsboat's cache changed or went since the list was loaded"
    static let changedNote = "its file changed since the list was loaded"

    /// Whether the file of an article shown from the cache changed or went since it was listed.
    static func staleNote(_ a: Article) -> String? {
        guard a.format != .newsboat else { return nil }
        guard let now = FileStamp(a.path) else { return goneNote + "; shown as it was" }
        return now.size == Int64(a.fileSize) && now.modified == a.modified ? nil : changedNote + "; shown as it was"
    }
}
