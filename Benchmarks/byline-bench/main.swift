import BylineCore
import BylineNLP
import Foundation

/// `byline-bench`: annotation throughput, the command line end to end on the BBC collection,
/// spaCy's NER speed on the same files, and at each generated size the reader's startup,
/// keystroke latency, peak memory and first screen beside newsboat's on the same articles,
/// printed as one table with the load average beside every figure.
///
///     Benchmarks/run.sh [--sizes 10000,100000,1000000] [--repeats 3] [--shared ../shared] [--work DIR]
///                       [--no-spacy] [--no-newsboat] [--sizes-only] [--clean]
///
/// `--sizes-only` skips the BBC parts (pipeline throughput, the command line, spaCy) and measures
/// only the generated sizes: `--sizes 1000000 --sizes-only --no-newsboat` is the million-article run.
///
/// Collections are generated once under `--work` (default `${XDG_CACHE_HOME:-~/.cache}/byline-bench`)
/// and kept for the next run, unless `--clean` deletes them at the end.
struct Options {
    var sizes = [10_000, 100_000, 1_000_000]
    var repeats = 3
    /// The shared corpora and anchors: `$BYLINE_SHARED`, else `../shared` (or `../../shared` from a worktree).
    var shared =
        ProcessInfo.processInfo.environment["BYLINE_SHARED"]
        ?? ["../shared", "../../shared"].first { FileManager.default.fileExists(atPath: $0 + "/corpora") }
        ?? "../shared"
    var work = XDGDirectories().cache + "/byline-bench"
    var spacy = true
    var newsboat = true
    var bbcParts = true
    var clean = false

    static let usage =
        "usage: byline-bench [--sizes N,N] [--repeats N] [--shared DIR] [--work DIR] [--no-spacy] [--no-newsboat] [--sizes-only] [--clean]"

    init(_ args: [String]) throws {
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--sizes": sizes = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--repeats": repeats = max(1, Int(it.next() ?? "") ?? repeats)
            case "--shared": shared = it.next() ?? shared
            case "--work": work = it.next() ?? work
            case "--no-spacy": spacy = false
            case "--no-newsboat": newsboat = false
            case "--sizes-only": bbcParts = false
            case "--clean": clean = true
            default: throw BenchError("unknown argument \(a); \(Self.usage)")
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
    let started = DispatchTime.now()

    let stages = opts.bbcParts ? try measureBBC(opts, byline: byline, bbc: bbc, cores: cores, into: &table) : nil

    let generator = CorpusGenerator(source: try SourceParagraphs(bbc: bbc, wikinews: opts.shared + "/corpora/wikinews"))
    let newsboat = opts.newsboat ? FirstScreen.which("newsboat") : nil
    if opts.newsboat && (newsboat == nil || FirstScreen.tmux == nil) {
        table.row(
            "newsboat's first screen", "not run: \(newsboat == nil ? "newsboat" : "tmux") is not installed", "")
    }
    for n in opts.sizes {
        log("generating \(n) articles under \(opts.work)")
        let generation = DispatchTime.now()
        let dir = try generator.collection(count: n, under: opts.work)
        let size = CorpusGenerator.size(of: dir)
        let label = "\(ReportTable.int(Double(n))) articles (\(size / 1_000_000) MB)"
        log(String(format: "%@: generated or found in %.0f s", label, since(generation)))
        let cacheHome = opts.work + "/xdg-cache-\(n)"
        try? FileManager.default.removeItem(atPath: cacheHome)
        log("\(n): cold start (no annotation cache)")
        let cold = try StartupRun.run(byline: byline, dir: dir, cacheHome: cacheHome, keystrokes: false)
        table.row(
            "\(label): first paint, cold", String(format: "%.2f s", cold.firstPaint), n >= 1_000_000 ? "" : "<= 0.3 s")
        table.row("\(label): all titles, cold", String(format: "%.2f s", cold.titles), "")
        table.row(
            "\(label): complete index, cold (CPU time)", String(format: "%.1f s (%.1f s)", cold.complete, cold.cpu),
            "")
        log("\(n): start from the annotation cache")
        let warm = try StartupRun.run(byline: byline, dir: dir, cacheHome: cacheHome, keystrokes: true)
        let big = n >= 1_000_000
        table.row(
            "\(label): first paint, cached", String(format: "%.2f s", warm.firstPaint), big ? "<= 0.2 s" : "<= 0.1 s")
        table.row("\(label): all titles, cached", String(format: "%.2f s", warm.titles), "")
        table.row(
            "\(label): complete index, from cache, \(warm.fromCache) hits (CPU time)",
            String(format: "%.2f s (%.2f s)", warm.complete, warm.cpu), big ? "<= 15 s" : "<= 2 s")
        table.row(
            "\(label): filter keystroke, median / p99 (CPU p99)",
            String(format: "%.2f / %.2f ms (%.2f ms)", warm.filter.median, warm.filter.p99, warm.filterCPU.p99),
            "p99 <= 16 ms")
        table.row(
            "\(label): picker keystroke, median / p99 (CPU p99)",
            String(format: "%.2f / %.2f ms (%.2f ms)", warm.picker.median, warm.picker.p99, warm.pickerCPU.p99),
            "p99 <= 16 ms")
        let peakTarget = big ? 2500 : size / 1_000_000
        table.row(
            "\(label): peak memory, cold / cached", "\(cold.peakKB / 1024) MB / \(warm.peakKB / 1024) MB",
            big ? "cached <= 2,500 MB" : "cached < \(peakTarget) MB (the text)")
        if let newsboat, FirstScreen.tmux != nil {
            try FirstScreenComparison.measure(
                n: n, label: label, dir: dir, generator: generator, newsboat: newsboat, byline: byline,
                cacheHome: cacheHome, work: opts.work, repeats: opts.repeats, into: &table)
        }
        if opts.clean {
            for d in [dir, cacheHome, "\(opts.work)/newsboat-\(n)"] { try? FileManager.default.removeItem(atPath: d) }
        }
    }

    print(
        "Byline benchmark: release build, \(cores) cores, \(ProcessInfo.processInfo.operatingSystemVersionString), pipeline \(Pipeline.version), \(String(format: "%.0f", since(started))) s in all; load: the 1-minute load average when each figure was taken"
    )
    if let stages { print(stages) }
    print(table.render())
}

/// Pipeline throughput, the BBC collection read and annotated in process, the command line end
/// to end and spaCy on the same files; returns the per-stage counts of the BBC collection.
func measureBBC(_ opts: Options, byline: String, bbc: String, cores: Int, into table: inout ReportTable) throws
    -> String
{
    log("reading the BBC corpus")
    let bbcArticles = ArticleFiles.load(paths: [bbc]).articles
    guard !bbcArticles.isEmpty else { throw BenchError("no BBC articles under \(bbc): give --shared DIR") }
    log("annotating \(bbcArticles.count) BBC articles on 1 and \(cores) threads")
    _ = Throughput.measure(Array(bbcArticles.prefix(100)), workers: 1)  // warm up
    let one = Throughput.measure(bbcArticles, workers: 1)
    table.row("whole pipeline, 1 thread", "\(ReportTable.int(one.wordsPerSecond)) words/s", ">= 1,000,000 words/s")
    let all = Throughput.measure(bbcArticles, workers: cores)
    table.row("whole pipeline, \(cores) threads", "\(ReportTable.int(all.wordsPerSecond)) words/s", "")

    var collection = ArticleCollection()
    let bbcTime = seconds { collection = CollectionLoader.load(paths: [bbc], cache: nil) }
    let words = ReportTable.int(Double(one.words))
    table.row(
        "BBC \(ReportTable.int(Double(collection.count))) articles, \(words) words: read + annotated + indexed",
        String(format: "%.2f s", bbcTime), "<= 0.5 s")
    let stages = BBCCounts(collection).summary

    log("the command line end to end on the BBC collection, \(opts.repeats) runs each")
    let annotate = try CommandLineSpeed.measure(
        byline: byline, bbc: bbc, words: one.words, cores: cores, repeats: opts.repeats, into: &table)

    if opts.spacy {
        log("spaCy en_core_web_sm NER only on the \(bbcArticles.count) BBC files")
        switch SpacyAnchor.run(files: [bbc], shared: opts.shared) {
        case .success(let s):
            let spacyRate = Double(s.words) / s.seconds
            table.row(
                "spaCy en_core_web_sm NER only, 1 process, BBC (\(ReportTable.int(Double(s.words))) words)",
                String(format: "%.1f s, %@ words/s", s.seconds, ReportTable.int(spacyRate)), "")
            table.row(
                "ratio Byline pipeline (1 thread) / spaCy, words/s",
                String(format: "%.0f×", one.wordsPerSecond / spacyRate), "")
            table.row(
                "ratio spaCy wall / `annotate` wall, same files", String(format: "%.0f×", s.seconds / annotate.wall),
                ">= 150×")
        case .failure(let e):
            table.row("spaCy en_core_web_sm NER only", "not run: \(e)", "")
        }
    }
    return stages
}

func since(_ t: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9 }

do { try main() } catch {
    FileHandle.standardError.write(Data("byline-bench: \(error)\n".utf8))
    exit(1)
}
