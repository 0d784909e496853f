import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The words for every load problem: what follows "skipped PATH: " on standard error, and what
/// the status bar and the load report show.
extension LoadProblem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .cannotStat(let code):
            switch code {
            case ENOENT: return "no such file or directory"
            case ELOOP: return "symbolic link loop"
            case EACCES: return "permission denied"
            default: return Self.message(code)
            }
        case .brokenLink: return "broken symbolic link"
        case .directorySearchedBefore: return "directory already searched (a symbolic link loop or a second link to it)"
        case .nestedTooDeep(let limit): return "nested more than \(limit) directories deep; not searched"
        case .cannotListDirectory(let code):
            return "cannot read directory: "
                + (code == EACCES || code == EPERM ? "permission denied" : Self.message(code))
        case .notAnArticleFormat: return "not an article format Byline reads"
        case .cannotOpen(let code):
            switch code {
            case ENOENT: return "vanished before it could be read (no such file)"
            case EACCES, EPERM: return "cannot read: permission denied"
            case ELOOP: return "symbolic link loop"
            default: return "cannot read: \(Self.message(code))"
            }
        case .cannotRead(let code): return "cannot read: \(Self.message(code))"
        case .notRegularFile: return "not a regular file"
        case .emptyFile: return "empty file"
        case .tooLarge(let bytes, let limit):
            return "too large for an article (\(Self.megabytes(bytes)); the limit is \(Self.megabytes(limit)))"
        case .keptChanging(let attempts):
            return "changed while being read, \(attempts) times; load again when it is complete"
        case .binary: return "binary file, not text"
        case .onlyWhiteSpace: return "no text (only white space)"
        case .onlyFrontMatter: return "no text (only front matter or white space)"
        case .frontMatter(let line, let fault): return "front matter line \(line): \(fault.words)"
        case .invalidJSON(let detail): return "invalid JSON" + (detail.map { ": " + $0 } ?? "")
        case .notAnArticleObject(let kind): return "expected an article object, found \(kind.words)"
        case .noArticleFields: return "no title or text (expected string fields title and body, text or content)"
        case .noTitleOrText: return "no title or text"
        case .emptyArray: return "an empty array: no articles"
        case .notHTML: return "not an HTML page (nothing to parse)"
        case .noTextInPage: return "no article text found in the page"
        case .excessiveEntityExpansion(let factor):
            return "entity references expand to more than \(factor) times the file's size; not read"
        case .invalidXML(let line, let message): return "invalid XML at line \(line): \(message)"
        case .brokenFeed(let line, let message, let itemSkipped, let loaded):
            let dropped = itemSkipped ? "the item there was skipped; " : ""
            return "invalid XML at line \(line): \(message); \(dropped)the other items (\(loaded)) were loaded"
        case .notAFeed(let root): return "not an RSS or Atom feed (the document is <\(root)>)"
        case .emptyFeed: return "a feed with no items"
        case .notANewsboatCache(let sqlite): return "not a newsboat cache (\(sqlite))"
        case .cannotOpenNewsboatCache(let sqlite):
            return "cannot read newsboat cache: cannot open the database: \(sqlite)"
        case .cannotReadNewsboatCache(let sqlite): return "cannot read newsboat cache: \(sqlite)"
        case .noOffsets(let part): return "\(part.words) without start and end offsets"
        case .offsetsOutsideText(let part, let start, let end, let length):
            return "\(part.words) offsets \(start)..<\(end) outside the text (\(length) characters)"
        case .noEntityType(let k): return "entity \(k): no type person, organization, place or date"
        case .noQuoteKind(let k): return "quote \(k): no kind direct, partial or indirect"
        case .lineTooLong(let limit): return "longer than \(Self.megabytes(limit))"
        case .analysedInPart(let end):
            return
                "only the first \(end.formatted()) characters were analysed (a cap per article); the rest is shown as it is"
        case .item(let k, let problem): return "item \(k): \(problem)"
        case .line(let n, let problem): return "line \(n): \(problem)"
        }
    }

    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : String(format: "%.1f MB", mb)
    }
}

extension LoadProblem.JSONValueKind {
    var words: String {
        switch self {
        case .array: "an array"
        case .string: "a string"
        case .null: "null"
        case .number: "a number"
        case .other: "a value of another kind"
        }
    }
}

extension LoadProblem.AnnotationPart {
    var words: String {
        switch self {
        case .entity(let k): "entity \(k)"
        case .quote(let k): "quote \(k)"
        case .speaker(let k): "speaker of quote \(k)"
        case .cue(let k): "cue of quote \(k)"
        }
    }
}

extension FrontMatter.Fault {
    var words: String {
        switch self {
        case .neverClosed: "opened with '---' but never closed by a '---' line"
        case .notKeyValue(let found): "expected 'key: value', found '\(found)'"
        case .textAfterClosingQuote: "unexpected text after the closing quote"
        case .badUnicodeEscape: "bad \\u escape in a quoted string"
        case .unclosedQuote: "quoted string is not closed"
        case .textAfterList: "unexpected text after ']'"
        case .unclosedList: "list opened with '[' is not closed on the same line"
        }
    }
}
