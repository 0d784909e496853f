import Foundation
import Testing

@testable import BylineCore

#if canImport(Glibc)
    import Glibc
#endif

/// The words people read after "skipped PATH: ", in the status bar and in the load report: one
/// row per case, so a reworded message is a deliberate change.
@Suite struct LoadProblemWordingTests {
    static let table: [(LoadProblem, String)] = [
        (.cannotStat(errno: ENOENT), "no such file or directory"),
        (.cannotStat(errno: ELOOP), "symbolic link loop"),
        (.cannotStat(errno: EACCES), "permission denied"),
        (.cannotStat(errno: ENAMETOOLONG), String(cString: strerror(ENAMETOOLONG))),
        (.brokenLink, "broken symbolic link"),
        (.directorySearchedBefore, "directory already searched (a symbolic link loop or a second link to it)"),
        (.nestedTooDeep(limit: 64), "nested more than 64 directories deep; not searched"),
        (.cannotListDirectory(errno: EACCES), "cannot read directory: permission denied"),
        (.cannotListDirectory(errno: EPERM), "cannot read directory: permission denied"),
        (.cannotListDirectory(errno: EMFILE), "cannot read directory: " + String(cString: strerror(EMFILE))),
        (.notAnArticleFormat, "not an article format Byline reads"),
        (.cannotOpen(errno: ENOENT), "vanished before it could be read (no such file)"),
        (.cannotOpen(errno: EACCES), "cannot read: permission denied"),
        (.cannotOpen(errno: EPERM), "cannot read: permission denied"),
        (.cannotOpen(errno: ELOOP), "symbolic link loop"),
        (.cannotOpen(errno: EMFILE), "cannot read: " + String(cString: strerror(EMFILE))),
        (.cannotRead(errno: EIO), "cannot read: " + String(cString: strerror(EIO))),
        (.notRegularFile, "not a regular file"),
        (.emptyFile, "empty file"),
        (
            .tooLarge(bytes: 300 * 1_048_576, limit: 256 * 1_048_576),
            "too large for an article (300 MB; the limit is 256 MB)"
        ),
        (
            .tooLarge(bytes: 3 * 1_048_576 / 2, limit: 1_048_576),
            "too large for an article (1.5 MB; the limit is 1.0 MB)"
        ),
        (.keptChanging(attempts: 3), "changed while being read, 3 times; load again when it is complete"),
        (.binary, "binary file, not text"),
        (.onlyWhiteSpace, "no text (only white space)"),
        (.onlyFrontMatter, "no text (only front matter or white space)"),
        (
            .frontMatter(line: 1, .neverClosed),
            "front matter line 1: opened with '---' but never closed by a '---' line"
        ),
        (
            .frontMatter(line: 3, .notKeyValue(found: "just words")),
            "front matter line 3: expected 'key: value', found 'just words'"
        ),
        (.frontMatter(line: 2, .textAfterClosingQuote), "front matter line 2: unexpected text after the closing quote"),
        (.frontMatter(line: 2, .badUnicodeEscape), "front matter line 2: bad \\u escape in a quoted string"),
        (.frontMatter(line: 2, .unclosedQuote), "front matter line 2: quoted string is not closed"),
        (.frontMatter(line: 2, .textAfterList), "front matter line 2: unexpected text after ']'"),
        (
            .frontMatter(line: 2, .unclosedList),
            "front matter line 2: list opened with '[' is not closed on the same line"
        ),
        (.invalidJSON(detail: nil), "invalid JSON"),
        (.invalidJSON(detail: "Unexpected end of file"), "invalid JSON: Unexpected end of file"),
        (.notAnArticleObject(found: .array), "expected an article object, found an array"),
        (.notAnArticleObject(found: .string), "expected an article object, found a string"),
        (.notAnArticleObject(found: .null), "expected an article object, found null"),
        (.notAnArticleObject(found: .number), "expected an article object, found a number"),
        (.notAnArticleObject(found: .other), "expected an article object, found a value of another kind"),
        (.noArticleFields, "no title or text (expected string fields title and body, text or content)"),
        (.noTitleOrText, "no title or text"),
        (.emptyArray, "an empty array: no articles"),
        (.notHTML, "not an HTML page (nothing to parse)"),
        (.noTextInPage, "no article text found in the page"),
        (
            .excessiveEntityExpansion(maxFactor: 5),
            "entity references expand to more than 5 times the file's size; not read"
        ),
        (.invalidXML(line: 4, message: "Premature end of data"), "invalid XML at line 4: Premature end of data"),
        (
            .brokenFeed(line: 5, message: "EndTag: '</' not found", itemSkipped: true, itemsLoaded: 1),
            "invalid XML at line 5: EndTag: '</' not found; the item there was skipped; the other items (1) were loaded"
        ),
        (
            .brokenFeed(line: 5, message: "oops", itemSkipped: false, itemsLoaded: 2),
            "invalid XML at line 5: oops; the other items (2) were loaded"
        ),
        (.notAFeed(root: "urlset"), "not an RSS or Atom feed (the document is <urlset>)"),
        (.emptyFeed, "a feed with no items"),
        (.notANewsboatCache(sqlite: "no such table: rss_item"), "not a newsboat cache (no such table: rss_item)"),
        (
            .cannotOpenNewsboatCache(sqlite: "unable to open database file"),
            "cannot read newsboat cache: cannot open the database: unable to open database file"
        ),
        (
            .cannotReadNewsboatCache(sqlite: "file is not a database"),
            "cannot read newsboat cache: file is not a database"
        ),
        (.noOffsets(.entity(2)), "entity 2 without start and end offsets"),
        (.noOffsets(.quote(0)), "quote 0 without start and end offsets"),
        (.noOffsets(.speaker(quote: 1)), "speaker of quote 1 without start and end offsets"),
        (
            .offsetsOutsideText(.cue(quote: 3), start: 5, end: 90, length: 40),
            "cue of quote 3 offsets 5..<90 outside the text (40 characters)"
        ),
        (.noEntityType(entity: 1), "entity 1: no type person, organization, place or date"),
        (.noQuoteKind(quote: 0), "quote 0: no kind direct, partial or indirect"),
        (.lineTooLong(limit: 64 << 20), "longer than 64 MB"),
        (
            .analysedInPart(upTo: 1_000_000),
            "only the first \(1_000_000.formatted()) characters were analysed (a cap per article); the rest is shown as it is"
        ),
        (.item(4, .noTitleOrText), "item 4: no title or text"),
        (.line(2, .invalidJSON(detail: "Unexpected end of file")), "line 2: invalid JSON: Unexpected end of file"),
    ]

    @Test func everyCaseHasItsWords() {
        for (problem, words) in Self.table { #expect(problem.description == words) }
    }

    @Test func anIssueReadsPathThenReason() {
        #expect(
            LoadIssue(path: "a/b.json", reason: .item(1, .emptyArray)).description
                == "a/b.json: item 1: an empty array: no articles")
    }
}
