import Foundation
import Testing

@testable import BylineCore

@Suite struct FileWalkTests {
    /// A tree with articles in nested folders, files Byline does not read, hidden entries, folder
    /// documentation and a broken link named like an article.
    static func tree() throws -> TemporaryDirectory {
        let t = try TemporaryDirectory()
        for d in ["a", "b/c", "b/d"] {
            for i in 0..<7 { try t.write("\(d)/\(i).txt", "Headline \(d) \(i)\n\nBody.\n") }
        }
        try t.write("b/notes.docx", "not read")
        try t.write("b/.hidden.txt", "hidden")
        try t.write("b/README.md", "# About this folder")
        try t.write("a-z.md", "# Between a and b")
        symlink(t.path + "/missing.txt", t.path + "/b/d/broken.txt")
        return t
    }

    @Test func childPathsJoinWithOneSlash() {
        #expect(FileWalk.joined("data", "a.txt") == "data/a.txt")
        #expect(FileWalk.joined("data/", "a.txt") == "data/a.txt")
        #expect(FileWalk.joined("/", "a.txt") == "/a.txt")
        #expect(FileWalk.joined("données/été", "Ünïcödé 東京.md") == "données/été/Ünïcödé 東京.md")
        let raw = "x\u{10FFE9}y"
        #expect(FileWalk.joined("d", raw) == "d/" + raw)
    }

    @Test func walkingInPiecesFindsWhatOneWalkFinds() throws {
        let t = try Self.tree()
        var whole = FileWalk(roots: [t.path])
        let all = whole.next(limit: .max)
        #expect(all.count == 22)
        #expect(all.allSatisfy { $0.root == 0 })
        #expect(
            !all.contains {
                $0.path.hasSuffix("README.md") || $0.path.contains(".hidden") || $0.path.hasSuffix(".docx")
            })
        #expect(whole.issues.map(\.reason) == [.brokenLink])
        for step in [1, 3, 5, 21] {
            var pieces = FileWalk(roots: [t.path])
            var found: [(path: String, root: Int)] = []
            while true {
                let batch = pieces.next(limit: step)
                found += batch
                if batch.count < step { break }
            }
            #expect(found.map(\.path) == all.map(\.path), "steps of \(step)")
            #expect(pieces.issues == whole.issues)
        }
    }

    @Test func eachRootIsWalkedInTurnAndAFileRootIsItself() throws {
        let t = try Self.tree()
        var walk = FileWalk(roots: [t.path + "/a", t.path + "/a-z.md", t.path + "/nowhere"])
        let found = walk.next(limit: .max)
        #expect(found.map(\.root) == Array(repeating: 0, count: 7) + [1])
        #expect(found.last?.path == t.path + "/a-z.md")
        #expect(walk.issues.map(\.reason) == [.cannotStat(errno: ENOENT)])
    }

    @Test func aLoadStartsReadingBeforeTheListingEnds() throws {
        let t = try TemporaryDirectory()
        let count = LoadRun.firstFiles + BackgroundWalk.batchSize + 50
        for i in 0..<count { try t.write(String(format: "%03d/%05d.txt", i / 100, i), "Headline \(i)\n\nBody \(i).\n") }
        symlink(t.path + "/missing.txt", t.path + "/zz-broken.txt")
        let c = CollectionLoader.load(paths: [t.path], cache: nil, workers: 2)
        #expect(c.count == count)
        #expect(c.articles.map(\.title) == (0..<count).map { "Headline \($0)" })
        #expect(c.issues.map(\.reason) == [.brokenLink])
    }
}
