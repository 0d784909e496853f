/// Why a file, or a part of one, was skipped. The cases carry what the message needs (an errno,
/// a size, a line); `LoadProblem+Wording.swift` is the one place that words them for people.
public indirect enum LoadProblem: Error, Sendable, Hashable {
    // Finding the files.
    /// `stat` failed on a path named or met in the walk.
    case cannotStat(errno: Int32)
    case brokenLink
    case directorySearchedBefore
    case nestedTooDeep(limit: Int)
    case cannotListDirectory(errno: Int32)
    case notAnArticleFormat

    // Reading a file.
    case cannotOpen(errno: Int32)
    case cannotRead(errno: Int32)
    case notRegularFile
    case emptyFile
    case tooLarge(bytes: Int, limit: Int)
    case keptChanging(attempts: Int)
    case binary

    // Parsing what was read.
    case onlyWhiteSpace
    case onlyFrontMatter
    case frontMatter(line: Int, FrontMatter.Fault)
    case invalidJSON(detail: String?)
    case notAnArticleObject(found: JSONValueKind)
    case noArticleFields
    case noTitleOrText
    case emptyArray
    case notHTML
    case noTextInPage
    case excessiveEntityExpansion(maxFactor: Int)
    case invalidXML(line: Int, message: String)
    /// A feed whose XML breaks at `line`: the items before the break loaded.
    case brokenFeed(line: Int, message: String, itemSkipped: Bool, itemsLoaded: Int)
    case notAFeed(root: String)
    case emptyFeed
    case notANewsboatCache(sqlite: String)
    case cannotOpenNewsboatCache(sqlite: String)
    case cannotReadNewsboatCache(sqlite: String)

    // Annotations carried by `annotate` output read back.
    case noOffsets(AnnotationPart)
    case offsetsOutsideText(AnnotationPart, start: Int, end: Int, length: Int)
    case noEntityType(entity: Int)
    case noQuoteKind(quote: Int)

    /// A line of standard input longer than `limit` bytes.
    case lineTooLong(limit: Int)
    /// An article analysed only up to `upTo` (a scalar offset): the rest is shown unannotated.
    case analysedInPart(upTo: Int)

    /// One item of a JSON array, feed or newsboat cache (`item` as the `item` field counts).
    case item(Int, LoadProblem)
    /// One line of a JSONL file or stream, counting from 1.
    case line(Int, LoadProblem)

    /// The kinds of JSON value an article object can be mistaken for.
    public enum JSONValueKind: Sendable, Hashable {
        case array, string, null, number, other
    }

    /// The part of an annotation whose offsets are wrong.
    public enum AnnotationPart: Sendable, Hashable {
        case entity(Int)
        case quote(Int)
        case speaker(quote: Int)
        case cue(quote: Int)
    }
}
