import Foundation
import Testing

/// A folder of copies of the sample articles under distinct names, with its own cache directory.
struct CopiedArticles: PrivateCacheFolder {
    let root: URL
    let count: Int

    /// `copies` copies of every sample `.txt` article.
    init(copies: Int) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-index-\(UUID().uuidString)")
        let data = root.path + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let samples = Binary.root.appendingPathComponent("sample-data").path
        let names = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }
        for k in 0..<copies {
            for n in names { try FileManager.default.copyItem(atPath: samples + "/" + n, toPath: "\(data)/\(k)-\(n)") }
        }
        count = copies * names.count
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The counts of `byline index`'s summary line: articles, cached, annotated, skipped.
    static func counts(_ summary: String) -> [Int] {
        let pattern = /^([\d,]+) articles: ([\d,]+) cached, ([\d,]+) annotated, ([\d,]+) skipped, [\d.]+ s$/
        guard let m = summary.trimmingCharacters(in: .newlines).wholeMatch(of: pattern) else { return [] }
        return [m.1, m.2, m.3, m.4].map { Int($0.replacingOccurrences(of: ",", with: "")) ?? -1 }
    }
}

@Suite struct IndexCommandTests {
    @Test func summaryCountsGoodCachedAndBadFiles() throws {
        let t = try CopiedArticles(copies: 0)
        defer { t.remove() }
        let good = "A headline\n\nOfficials in Seoul said on Monday that talks would go on.\n"
        for n in 0..<3 { try good.write(toFile: "\(t.data)/\(n).txt", atomically: true, encoding: .utf8) }
        try Data([0, 1, 2, 3, 0xFF]).write(to: URL(fileURLWithPath: t.data + "/bad.txt"))
        try Data().write(to: URL(fileURLWithPath: t.data + "/empty.md"))
        let first = try Binary.run(["index", t.data], environment: t.environment)
        #expect(first.status == 0)
        #expect(CopiedArticles.counts(first.stdout) == [3, 0, 3, 2], "\(first.stdout)")
        #expect(first.stderr.contains("skipped") && first.stderr.contains("bad.txt"))
        for n in 3..<5 { try good.write(toFile: "\(t.data)/\(n).txt", atomically: true, encoding: .utf8) }
        let second = try Binary.run(["index", t.data], environment: t.environment)
        #expect(CopiedArticles.counts(second.stdout) == [5, 3, 2, 2], "\(second.stdout)")
        let third = try Binary.run(["index", t.data, "--quiet"], environment: t.environment)
        #expect(CopiedArticles.counts(third.stdout) == [5, 5, 0, 2], "\(third.stdout)")
    }

    @Test func noCacheIsAUsageError() throws {
        let r = try Binary.run(["index", "sample-data", "--no-cache"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("byline: "))
    }

    @Test func progressIsNeverWrittenIntoAPipeUnlessAsked() throws {
        let t = try CopiedArticles(copies: 2)
        defer { t.remove() }
        let quiet = try Binary.run(["list", t.data, "--no-cache"], environment: t.environment)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("articles annotated") && !quiet.stdout.contains("articles annotated"))
        let logged = try Binary.run(["entities", t.data, "--no-cache", "--progress"], environment: t.environment)
        #expect(logged.status == 0)
        let lines = logged.stderr.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("byline: ") && $0.contains("files found") })
        #expect(!logged.stderr.contains("\r") && !logged.stderr.contains("\u{1B}"))
        #expect(!logged.stdout.contains("files found"))
    }

    @Test func annotateShowsTheSameProgressOnlyWhenAsked() throws {
        let t = try CopiedArticles(copies: 2)
        defer { t.remove() }
        let quiet = try Binary.run(["annotate", t.data], environment: t.environment)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let logged = try Binary.run(["annotate", t.data, "--progress"], environment: t.environment)
        #expect(logged.status == 0)
        #expect(logged.stdout == quiet.stdout)
        let lines = logged.stderr.split(separator: "\n")
        #expect(!lines.isEmpty, "\(logged.stderr)")
        // Files still being read, or every file read: then the articles have their total.
        let done = "\(t.count)/\(t.count) articles annotated"
        #expect(
            lines.allSatisfy {
                $0.hasPrefix("byline: \(t.count) files found · ") && ($0.contains(" read · ") || $0.contains(done))
            }, "\(logged.stderr)")
        #expect(!logged.stderr.contains("\r") && !logged.stderr.contains("\u{1B}"))
    }
}

/// The same, in a real terminal: the progress line, the reader after `index`, and the reader
/// killed in the middle of annotating.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct IndexTerminalTests {
    @Test func progressLineShowsOnATerminalAndIsCleared() throws {
        let t = try CopiedArticles(copies: 20)
        defer { t.remove() }
        let tmux = try TmuxSession(environment: ["XDG_CACHE_HOME": t.cacheHome])
        try tmux.startByline(["list", t.data], redirect: "> /dev/null")
        let seen = tmux.waitUntil(timeout: 60) { $0.contains("articles annotated") && $0.contains(" left") }
        #expect(seen.ok, "\(seen.screen)")
        #expect(seen.screen.contains("\(t.count) files found"))
        #expect(tmux.exitStatus(timeout: 120) == 0)
        let after = tmux.capture()
        #expect(!after.contains("articles annotated"), "\(after)")
    }

    @Test func annotateShowsFilesReadAndTimeLeftOnATerminal() throws {
        let t = try CopiedArticles(copies: 20)
        defer { t.remove() }
        let tmux = try TmuxSession(environment: ["XDG_CACHE_HOME": t.cacheHome])
        try tmux.startByline(["annotate", t.data], redirect: "> /dev/null")
        let pattern = /(\d+) files found · (\d+) read · (\d+) articles annotated · \d+\/s · \d+:\d\d left/
        let seen = tmux.waitUntil(timeout: 60) { $0.contains(pattern) }
        #expect(seen.ok, "\(seen.screen)")
        if let m = seen.screen.firstMatch(of: pattern) {
            #expect(Int(m.1) == t.count)
            #expect((Int(m.2) ?? .max) < t.count)
        }
        #expect(tmux.exitStatus(timeout: 120) == 0)
        let after = tmux.capture()
        #expect(!after.contains("articles annotated"), "\(after)")
    }

    @Test func readerStartsFromTheCacheIndexBuilt() throws {
        let t = try CopiedArticles(copies: 2)
        defer { t.remove() }
        let index = try Binary.run(["index", t.data], environment: t.environment)
        #expect(CopiedArticles.counts(index.stdout).prefix(3) == [t.count, 0, t.count], "\(index.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: t.cacheHome + "/byline/annotations")
        #expect(files.count == 1 && files[0].hasSuffix(".bin"))
        let cacheFile = t.cacheHome + "/byline/annotations/" + files[0]
        let before = try FileManager.default.attributesOfItem(atPath: cacheFile)[.systemFileNumber] as? Int
        let tmux = try TmuxSession(environment: ["XDG_CACHE_HOME": t.cacheHome])
        try tmux.startByline([t.data])
        let done = tmux.waitUntil(timeout: 60) { $0.contains("\(t.count) articles") && !$0.contains("annotating") }
        #expect(done.ok, "\(done.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        // Every article came from the cache: the reader had nothing to add, so it left the file as it was.
        let after = try FileManager.default.attributesOfItem(atPath: cacheFile)[.systemFileNumber] as? Int
        #expect(before != nil && after == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.cacheHome + "/byline/annotations") == files)
    }

    @Test func readerKilledWhileAnnotatingLosesOnlyItsLastMoments() throws {
        let t = try CopiedArticles(copies: 25)
        defer { t.remove() }
        let tmux = try TmuxSession(environment: ["XDG_CACHE_HOME": t.cacheHome])
        let pid = try tmux.startByline([t.data])
        // Waits until a good part, but not all, is annotated, as the status bar says.
        let pattern = /annotating (\d+)\/(\d+)/
        let seen = tmux.waitUntil(timeout: 60) { screen in
            guard let m = screen.firstMatch(of: pattern), let n = Int(m.1) else { return false }
            return n >= 40
        }
        kill(pid, SIGKILL)
        #expect(seen.ok, "\(seen.screen)")
        let annotated = seen.screen.firstMatch(of: pattern).flatMap { Int($0.1) } ?? 0
        #expect(annotated < t.count, "the load finished before it could be killed: \(seen.screen)")
        let next = try Binary.run(["index", t.data], environment: t.environment)
        let counts = CopiedArticles.counts(next.stdout)
        #expect(counts.count == 4, "\(next.stdout)")
        guard counts.count == 4 else { return }
        // The next start takes what the killed reader annotated and annotates only the rest.
        #expect(counts[0] == t.count)
        #expect(counts[1] > 0 && counts[1] + counts[2] == t.count, "\(next.stdout)")
        #expect(counts[2] < t.count - annotated / 2, "\(next.stdout), \(annotated) annotated before the kill")
        // And the start after that needs nothing.
        let warm = try Binary.run(["index", t.data], environment: t.environment)
        #expect(CopiedArticles.counts(warm.stdout) == [t.count, t.count, 0, 0], "\(warm.stdout)")
    }
}
