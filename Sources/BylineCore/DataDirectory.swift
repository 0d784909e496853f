import Foundation
import BylineNLP

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
public enum DataDirectory {
    /// The files under `path` that a loader reads, sorted; `path` itself when it is a file.
    /// Directories are walked recursively; hidden entries are skipped.
    public static func files(under path: String, issues: inout [LoadIssue]) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            issues.append(LoadIssue(path: path, reason: "no such file or directory"))
            return []
        }
        guard isDir.boolValue else { return [path] }
        var out: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            issues.append(LoadIssue(path: path, reason: "cannot read directory"))
            return []
        }
        while let rel = walker.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if Loaders.loader(for: rel) != nil { out.append((path as NSString).appendingPathComponent(rel)) }
        }
        return out.sorted()
    }

    /// Loads one file; problems go to `issues` and never stop the caller.
    public static func load(file path: String, issues: inout [LoadIssue]) -> [Article] {
        guard let loader = Loaders.loader(for: path) else {
            issues.append(LoadIssue(path: path, reason: "not an article format Byline reads"))
            return []
        }
        do {
            let url = URL(fileURLWithPath: path)
            let data = try Data(contentsOf: url)
            let attrs = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attrs?[.size] as? NSNumber)?.intValue ?? data.count
            let modified = (attrs?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            var articles = try loader.load(data, path: path, issues: &issues)
            for k in articles.indices {
                articles[k].fileSize = size
                articles[k].modified = modified
            }
            return articles
        } catch let e as LoadError {
            issues.append(LoadIssue(path: path, reason: e.description))
        } catch let e as TextDecoding.Failure {
            issues.append(LoadIssue(path: path, reason: e.description))
        } catch {
            issues.append(LoadIssue(path: path, reason: (error as NSError).localizedDescription))
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
