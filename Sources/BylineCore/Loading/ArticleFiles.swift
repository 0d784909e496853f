import BylineNLP
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a load produced: the articles, and the files that were skipped with their reasons.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]

    public init(articles: [Article] = [], issues: [LoadIssue] = []) {
        self.articles = articles
        self.issues = issues
    }
}

/// Finds and loads article files under directories, strictly read-only.
///
/// The walk follows symbolic links (people link their article folders together) but enters each
/// directory once, by device and inode, so link loops end; it stops at `maxDepth` levels; hidden
/// entries and folder documentation (`isCollectionDocument`) are skipped; every problem becomes a `LoadIssue` and the walk goes on.
public enum ArticleFiles {
    /// Deeper directories are reported, not searched: no article collection nests this deep,
    /// and a generated tree that does would otherwise take the load down with it.
    public static let maxDepth = 64

    /// The files under `path` that a loader reads, sorted; `path` itself when it is a file.
    public static func files(under path: String, issues: inout [LoadIssue]) -> [String] {
        var walk = FileWalk(roots: [path])
        let found = walk.next(limit: .max).map(\.path)
        issues += walk.issues
        return found
    }

    /// Names of the files that document a folder rather than hold an article (README.md,
    /// ATTRIBUTION.md, LICENSE.txt, ...): a directory search passes them by; named on their own,
    /// they load like any article.
    static let collectionDocuments: Set<String> = [
        "readme", "attribution", "attributions", "license", "licence", "copying", "notice", "changelog", "contributing",
        "authors",
    ]

    static func isCollectionDocument(_ name: String) -> Bool {
        let ext = Loaders.fileExtension(of: name)
        return collectionDocuments.contains(name.dropLast(ext.isEmpty ? 0 : ext.count + 1).lowercased())
    }

    /// Why `stat` failed on `path`: a dangling link, or the error `code` itself.
    static func statFailure(_ path: String, _ code: Int32) -> LoadProblem {
        var lst = stat()
        if code == ENOENT, FileName.withSystemPath(path, { lstat($0, &lst) }) == 0, lst.st_mode & S_IFMT == S_IFLNK {
            return .brokenLink
        }
        return .cannotStat(errno: code)
    }

    /// Loads one file; problems go to `issues` and never stop the caller.
    public static func load(file path: String, issues: inout [LoadIssue]) -> [Article] {
        loadAnnotated(file: path, issues: &issues).map(\.article)
    }

    /// Loads one file, with the annotations it carries (`annotate` output in a `.jsonl` file).
    public static func loadAnnotated(file path: String, issues: inout [LoadIssue]) -> [(
        article: Article, annotation: Annotation?
    )] {
        guard let loader = Loaders.loader(for: path) else {
            // A SQLite file named on its own is newsboat's cache (`byline --newsboat PATH`).
            if NewsboatCache.isSQLite(path) {
                let found = NewsboatCache.load(path: path)
                issues += found.issues
                return found.articles.map { (article: $0, annotation: nil) }
            }
            issues.append(LoadIssue(path: path, reason: .notAnArticleFormat))
            return []
        }
        do throws(LoadProblem) {
            let contents = try FileReading.contents(of: path, largeText: loader is TextLoader)
            var found: [(article: Article, annotation: Annotation?)]
            if let large = contents.largeText {
                found = [(article: try TextLoader().load(text: large, path: path), annotation: nil)]
            } else if let lines = loader as? JSONLinesLoader {
                found = try lines.loadAnnotated(contents.data, path: path, issues: &issues)
            } else {
                found = try loader.load(contents.data, path: path, issues: &issues).map {
                    (article: $0, annotation: nil)
                }
            }
            for k in found.indices {
                found[k].article.fileSize = contents.size
                found[k].article.modified = contents.modified
            }
            return found
        } catch {
            issues.append(LoadIssue(path: path, reason: error))
        }
        return []
    }

    /// Loads every article under each of `paths` (files or directories).
    public static func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        for p in paths {
            for file in files(under: p, issues: &result.issues) {
                result.articles += load(file: file, issues: &result.issues)
            }
        }
        return result
    }
}
