import BylineCore
import BylineNLP
import Foundation

/// `byline-bench`: annotation throughput, startup and keystroke latency at 10,000 and 100,000
/// articles, peak memory, and spaCy's NER speed on the same text, printed as one table.
///
///     Benchmarks/run.sh [--sizes 10000,100000] [--shared ../shared] [--work DIR] [--no-spacy]
///
/// Collections are generated once under `--work` (default `${XDG_CACHE_HOME:-~/.cache}/byline-bench`).
struct Options {
    var sizes = [10_000, 100_000]
    /// The shared corpora and anchors: `$BYLINE_SHARED`, else `../shared` (or `../../shared` from a worktree).
    var shared =
        ProcessInfo.processInfo.environment["BYLINE_SHARED"]
        ?? ["../shared", "../../shared"].first { FileManager.default.fileExists(atPath: $0 + "/corpora") }
        ?? "../shared"
    var work = XDGDirectories().cache + "/byline-bench"
    var spacy = true

    init(_ args: [String]) throws {
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--sizes": sizes = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--shared": shared = it.next() ?? shared
            case "--work": work = it.next() ?? work
            case "--no-spacy": spacy = false
            default:
                throw BenchError(
                    "unknown argument \(a); usage: byline-bench [--sizes N,N] [--shared DIR] [--work DIR] [--no-spacy]")
            }
        }
    }
}

func log(_ s: String) { FileHandle.standardError.write(Data("bench: \(s)\n".utf8)) }

func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now()
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
}

func main() throws {
    let opts = try Options(Array(CommandLine.arguments.dropFirst()))
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let byline = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("byline").path
    guard FileManager.default.isExecutableFile(atPath: byline) else {
        throw BenchError("\(byline) not built: run Benchmarks/run.sh")
    }
    let bbc = opts.shared + "/corpora/bbc"
    var table = ReportTable()

    log("reading the BBC corpus")
    let bbcArticles = ArticleFiles.load(paths: [bbc]).articles
    log("annotating \(bbcArticles.count) BBC articles on 1 and \(cores) threads")
    _ = Throughput.measure(Array(bbcArticles.prefix(100)), workers: 1)  // warm up
    let one = Throughput.measure(bbcArticles, workers: 1)
    let all = Throughput.measure(bbcArticles, workers: cores)
    table.row("whole pipeline, 1 thread", "\(ReportTable.int(one.wordsPerSecond)) words/s", ">= 1,000,000 words/s")
    table.row("whole pipeline, \(cores) threads", "\(ReportTable.int(all.wordsPerSecond)) words/s", "")

    var collection = ArticleCollection()
    let bbcTime = seconds { collection = CollectionLoader.load(paths: [bbc], cache: nil) }
    table.row(
        "BBC \(ReportTable.int(Double(collection.count))) articles, \(ReportTable.int(Double(one.words))) words: read + annotated + indexed",
        String(format: "%.2f s", bbcTime), "<= 0.5 s")
    let dates = collection.index.entities.filter { $0.type == .date }.reduce(0) { $0 + $1.mentionCount }
    let names = collection.index.entities.filter { $0.type != .date }.reduce(0) { $0 + $1.mentionCount }
    let quotes = collection.index.speakers.reduce(0) { $0 + $1.quotes.count }
    let unattributed = collection.annotations.reduce(0) { $0 + ($1?.quotes.filter { $0.speaker < 0 }.count ?? 0) }
    let stages =
        "BBC annotations found: \(names) name mentions, \(dates) date mentions, \(quotes + unattributed) quotes (\(quotes) attributed)"

    if opts.spacy {
        let subset = collection.articles.enumerated().filter { $0.offset % 10 == 0 }.map(\.element)
        log("spaCy en_core_web_sm NER-only on \(subset.count) BBC articles")
        switch SpacyAnchor.run(files: subset.map(\.path), shared: opts.shared) {
        case .success(let s):
            let ours = Throughput.measure(subset, workers: 1)
            let spacyRate = Double(s.words) / s.seconds
            table.row(
                "spaCy en_core_web_sm NER only, 1 process (\(subset.count) BBC articles)",
                "\(ReportTable.int(spacyRate)) words/s", "")
            table.row(
                "Byline whole pipeline, 1 thread, same articles", "\(ReportTable.int(ours.wordsPerSecond)) words/s", "")
            table.row("ratio Byline / spaCy", String(format: "%.0f×", ours.wordsPerSecond / spacyRate), "~100×")
        case .failure(let e):
            table.row("spaCy en_core_web_sm NER only", "not run: \(e)", "")
        }
    }

    let generator = CorpusGenerator(source: try SourceParagraphs(bbc: bbc, wikinews: opts.shared + "/corpora/wikinews"))
    for n in opts.sizes {
        log("generating \(n) articles under \(opts.work)")
        let dir = try generator.collection(count: n, under: opts.work)
        let size = CorpusGenerator.size(of: dir)
        let cacheHome = opts.work + "/xdg-cache-\(n)"
        try? FileManager.default.removeItem(atPath: cacheHome)
        log("\(n): cold start (no annotation cache)")
        let cold = try StartupRun.run(byline: byline, dir: dir, cacheHome: cacheHome, keystrokes: false)
        log("\(n): start from the annotation cache")
        let warm = try StartupRun.run(byline: byline, dir: dir, cacheHome: cacheHome, keystrokes: true)
        let label = "\(ReportTable.int(Double(n))) articles (\(size / 1_000_000) MB)"
        table.row(
            "\(label): first paint, cold / cached", String(format: "%.2f s / %.2f s", cold.firstPaint, warm.firstPaint),
            "<= 0.3 s")
        table.row(
            "\(label): all titles, cold / cached", String(format: "%.2f s / %.2f s", cold.titles, warm.titles), "")
        table.row(
            "\(label): complete index, cold (CPU time)", String(format: "%.1f s (%.1f s)", cold.complete, cold.cpu),
            "<= 30 s")
        table.row(
            "\(label): complete index, from cache, \(warm.fromCache) hits (CPU time)",
            String(format: "%.2f s (%.2f s)", warm.complete, warm.cpu), "<= 2 s")
        table.row(
            "\(label): filter keystroke, median / p99 (CPU p99)",
            String(format: "%.2f / %.2f ms (%.2f ms)", warm.filter.median, warm.filter.p99, warm.filterCPU.p99),
            "p99 <= 16 ms")
        table.row(
            "\(label): picker keystroke, median / p99 (CPU p99)",
            String(format: "%.2f / %.2f ms (%.2f ms)", warm.picker.median, warm.picker.p99, warm.pickerCPU.p99),
            "p99 <= 16 ms")
        let peak = max(cold.peakKB, warm.peakKB) / 1024
        table.row(
            "\(label): peak memory, cold / cached", "\(cold.peakKB / 1024) MB / \(warm.peakKB / 1024) MB",
            "<= \(3 * size / 1_000_000 + 200) MB" + (peak <= 3 * size / 1_000_000 + 200 ? "" : " (over)"))
    }

    let load =
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(
            separator: " ") ?? "?"
    print(
        "Byline benchmark: release build, \(cores) cores, \(ProcessInfo.processInfo.operatingSystemVersionString), pipeline \(Pipeline.version), load average at the end \(load)"
    )
    print(stages)
    print(table.render())
}

do { try main() } catch {
    FileHandle.standardError.write(Data("byline-bench: \(error)\n".utf8))
    exit(1)
}
