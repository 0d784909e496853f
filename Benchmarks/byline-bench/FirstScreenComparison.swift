import Foundation

/// The first screen in a terminal beside newsboat's, on the same generated articles: newsboat on
/// its cache of them in 20 feeds, `byline DIR` on the files (without and with the annotation
/// cache) and `byline --newsboat` on newsboat's cache (without and with the annotation cache),
/// each in tmux at the same size.
enum FirstScreenComparison {
    static func measure(
        n: Int, label: String, dir: String, generator: CorpusGenerator, newsboat: String, byline: String,
        cacheHome: String, work: String, repeats: Int, into table: inout ReportTable
    ) throws {
        log("\(n): filling newsboat's cache with the same articles")
        let feeds = try NewsboatCache.directory(count: n, generator: generator, under: work, newsboat: newsboat)
        let timeout = 120 + Double(n) / 2000
        let size = "tmux \(FirstScreen.width)×\(FirstScreen.height), median of \(repeats) (min–max)"
        let base = ["PATH": "/usr/bin:/bin", "TERM": "tmux-256color", "LANG": "C.UTF-8"]

        log("\(n): newsboat's first screen")
        let nb = try FirstScreen.repeated(
            repeats, [newsboat] + NewsboatCache.arguments(dir: feeds),
            environment: base.merging(["HOME": feeds + "/home"]) { $1 },
            timeout: timeout, milestones: [{ $0.contains("Your feeds") }])
        table.row("\(label): \(version(newsboat)) first screen (feed list), \(size)", describe(nb, 0), "")

        // Byline's state and config in a directory of their own; the annotation cache as each row says.
        let home = work + "/tmux-home"
        let fresh = work + "/tmux-cache"
        var env = base
        env["HOME"] = home
        env["XDG_STATE_HOME"] = home + "/state"
        env["XDG_CONFIG_HOME"] = home + "/config"
        let emptyCache = {
            try? FileManager.default.removeItem(atPath: fresh)
            try? FileManager.default.removeItem(atPath: home)
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        }
        // First screen: rows listed ("12/345 articles"); then every title listed and nothing left to read.
        let milestones: [(String) -> Bool] = [
            { $0.range(of: #"[0-9]+/[1-9][0-9]* articles"#, options: .regularExpression) != nil },
            { $0.contains("\(n)/\(n) articles") && !$0.contains("reading ") },
        ]
        let runs: [(String, [String], String)] = [
            ("`byline DIR`, no annotation cache", [byline, dir], fresh),
            ("`byline DIR`, annotation cache filled", [byline, dir], cacheHome),
            ("`byline --newsboat cache.db`, no annotation cache", [byline, "--newsboat", feeds + "/cache.db"], fresh),
            (
                "`byline --newsboat cache.db`, annotation cache filled", [byline, "--newsboat", feeds + "/cache.db"],
                cacheHome
            ),
        ]
        // newsboat's cache annotated ahead, as `byline index --newsboat` leaves it, for the cached start.
        log("\(n): byline index --newsboat, to fill the annotation cache")
        _ = try Spawn.run(
            [
                "/usr/bin/env", "XDG_CACHE_HOME=" + cacheHome, byline, "index", "--quiet", "--newsboat",
                feeds + "/cache.db",
            ])
        for (name, command, cache) in runs {
            log("\(n): \(name): first screen")
            env["XDG_CACHE_HOME"] = cache
            let r = try FirstScreen.repeated(
                repeats, command, environment: env, timeout: timeout,
                before: { if cache == fresh { try emptyCache() } },
                milestones: milestones)
            table.row(
                "\(label): \(name), first screen / all titles, \(size)", describe(r, 0) + " / " + describe(r, 1), "")
        }
        try? FileManager.default.removeItem(atPath: fresh)
        try? FileManager.default.removeItem(atPath: home)
    }

    /// "newsboat 2.21.0", from its `--version`.
    static func version(_ newsboat: String) -> String {
        let first = (try? Spawn.run([newsboat, "--version"], capture: true))?.output.split(separator: "\n").first
        return first?.split(separator: " ").prefix(2).joined(separator: " ") ?? "newsboat"
    }

    /// "0.12 s (0.11–0.15)" for milestone `k`, or why it was not measured.
    static func describe(_ r: Result<[[Double]], BenchError>, _ k: Int) -> String {
        switch r {
        case .success(let times):
            let t = times[k]
            return String(format: "%.2f s (%.2f–%.2f)", t[t.count / 2], t.first!, t.last!)
        case .failure(let e): return "not measured: \(e)"
        }
    }
}
