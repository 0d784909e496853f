import Foundation

/// One `byline bench-startup DIR` process: a reader's startup measured without a terminal, in a
/// fresh process so its peak memory is its own.
struct StartupRun {
    var firstPaint: Double
    var titles: Double
    var complete: Double
    var fromCache: Int
    var articles: Int
    var peakKB: Int
    var filter: (median: Double, p99: Double)
    var picker: (median: Double, p99: Double)
    /// The same keystrokes in CPU time of the thread answering them.
    var filterCPU: (median: Double, p99: Double)
    var pickerCPU: (median: Double, p99: Double)
    var cpu: Double

    static func run(byline: String, dir: String, cacheHome: String, keystrokes: Bool) throws -> StartupRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: byline)
        p.arguments = ["bench-startup", dir] + (keystrokes ? [] : ["--no-keystrokes"])
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = cacheHome
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let o = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("byline bench-startup \(dir) failed (status \(p.terminationStatus))")
        }
        func num(_ k: String) -> Double { (o[k] as? NSNumber)?.doubleValue ?? 0 }
        func lat(_ k: String) -> (Double, Double) {
            let d = o[k] as? [String: Any]
            return ((d?["median"] as? NSNumber)?.doubleValue ?? 0, (d?["p99"] as? NSNumber)?.doubleValue ?? 0)
        }
        return StartupRun(
            firstPaint: num("first_paint_s"), titles: num("titles_s"), complete: num("complete_s"),
            fromCache: Int(num("from_cache")), articles: Int(num("articles")), peakKB: Int(num("peak_rss_kb")),
            filter: lat("filter_ms"), picker: lat("picker_ms"), filterCPU: lat("filter_cpu_ms"),
            pickerCPU: lat("picker_cpu_ms"), cpu: num("cpu_s"))
    }
}
