import ArgumentParser
import BylineCore
import BylineNLP
import Foundation
import Synchronization

/// `byline bench-startup DIR`: the reader's startup without a terminal, for the benchmark. Loads
/// the collection exactly as the reader does, then types filters and picker patterns one
/// keystroke at a time, and prints one JSON object of timings and peak memory.
struct BenchStartup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-startup",
        abstract: "Measure startup and keystroke latency without a terminal (prints JSON).",
        shouldDisplay: false
    )

    @OptionGroup var collection: CollectionOptions

    @Option(help: "Worker threads (default: one per core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Skip the keystroke latency part.")
    var noKeystrokes = false

    @Option(help: "Also time opening articles with this many read marks saved (0: skip).")
    var readMarks = 0

    func run() throws {
        let dir = try collection.source()
        let clock = BenchClock()
        let marks = Mutex<(firstPaint: Double?, titles: Double?, complete: Double?)>((nil, nil, nil))
        let loader = CollectionLoader(
            paths: [dir], cache: collection.noCache ? nil : AnnotationCache.standard(), workers: workers)
        loader.start { update in
            let t = clock.seconds
            marks.withLock { m in
                if m.firstPaint == nil && update.collection.count > 0 { m.firstPaint = t }
                if m.titles == nil && update.progress.phase != .reading { m.titles = t }
                if update.progress.isFinished { m.complete = t }
            }
        }
        // Waits for the cache write too, which the reader does not wait for.
        let c = loader.wait()
        let m = marks.withLock { $0 }
        let complete = m.complete ?? clock.seconds
        let progress = loader.latest?.progress
        var w = JSONWriter()
        w.beginObject()
        w.field("articles", c.count)
        w.field("files", progress?.filesTotal)
        w.field("from_cache", progress?.fromCache)
        w.field("entities", c.index.entities.count)
        w.field("quotes", c.index.speakers.reduce(0) { $0 + $1.quotes.count })
        w.key("first_paint_s")
        w.double(m.firstPaint ?? complete)
        w.key("titles_s")
        w.double(m.titles ?? complete)
        w.key("complete_s")
        w.double(complete)
        if !noKeystrokes {
            let typing = KeystrokeBench(c)
            let filter = typing.filterLatencies()
            let picker = typing.pickerLatencies()
            w.key("filter_ms")
            Self.write(filter.map(\.wall), to: &w)
            w.key("filter_cpu_ms")
            Self.write(filter.map(\.cpu), to: &w)
            w.key("picker_ms")
            Self.write(picker.map(\.wall), to: &w)
            w.key("picker_cpu_ms")
            Self.write(picker.map(\.cpu), to: &w)
        }
        if readMarks > 0 {
            let (load, opens) = try ArticleOpenBench.run(c, marks: readMarks)
            w.key("read_marks_load_ms")
            w.double(load)
            w.key("article_open_ms")
            Self.write(opens.map(\.wall), to: &w)
            w.key("article_open_cpu_ms")
            Self.write(opens.map(\.cpu), to: &w)
        }
        w.field("peak_rss_kb", PeakMemory.kilobytes)
        w.key("cpu_s")
        w.double(PeakMemory.cpuSeconds)
        w.endObject()
        print(w.output)
    }

    static func write(_ ms: [Double], to w: inout JSONWriter) {
        let sorted = ms.sorted()
        func at(_ q: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
        }
        w.beginObject()
        w.field("keystrokes", sorted.count)
        w.key("median")
        w.double(at(0.5))
        w.key("p99")
        w.double(at(0.99))
        w.key("max")
        w.double(sorted.last ?? 0)
        w.endObject()
    }
}

/// Seconds since creation, from the monotonic clock.
struct BenchClock: Sendable {
    let start = DispatchTime.now()
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
}

/// Milliseconds of wall time and of this thread's CPU time a piece of work takes: on a busy
/// machine the wall time includes waiting for a core, the CPU time does not.
struct KeystrokeTime {
    var wall: Double
    var cpu: Double

    static func measure(_ work: () -> Void) -> KeystrokeTime {
        let wall = BenchClock()
        let cpu = threadCPU()
        work()
        return KeystrokeTime(wall: wall.seconds * 1000, cpu: (threadCPU() - cpu) * 1000)
    }

    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// The process's peak resident memory (VmHWM, nil where /proc is missing) and CPU time: on a
/// shared machine, CPU seconds say what the work costs when wall time says how busy others are.
enum PeakMemory {
    static var cpuSeconds: Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    static var kilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}

/// Types queries and picker patterns into a loaded collection a character at a time, timing each
/// keystroke's answer the way the reader computes it (parse + select; picker search for 50 rows).
struct KeystrokeBench {
    let c: ArticleCollection

    init(_ c: ArticleCollection) { self.c = c }

    /// Names to type: the most-mentioned entities of each type, and common words of the text.
    var names: [(String, String)] {
        var out: [(String, String)] = []
        for (type, field) in [(EntityType.person, "person"), (.organization, "org"), (.place, "place")] {
            for m in c.index.searchEntities("", type: type, limit: 5) {
                out.append((field, c.index.entity(m.entity).name))
            }
        }
        for word in ["government", "minister", "market", "election", "said"] { out.append(("text", word)) }
        return out
    }

    func filterLatencies() -> [KeystrokeTime] {
        var ms: [KeystrokeTime] = []
        let queries = names.map { "\($0.0):\"\($0.1)\"" } + names.prefix(5).map { "\($0.0):\"\($0.1)\" date:20" }
        for q in queries {
            let chars = Array(q)
            for n in 1...chars.count {
                let typed = String(chars[..<n])
                ms.append(KeystrokeTime.measure { if let parsed = try? Query(parsing: typed) { _ = c.select(parsed) } })
            }
        }
        return ms
    }

    func pickerLatencies() -> [KeystrokeTime] {
        var ms: [KeystrokeTime] = []
        for (_, name) in names {
            let chars = Array(name)
            for n in 0...chars.count {
                ms.append(KeystrokeTime.measure { _ = c.index.searchEntities(String(chars[..<n]), limit: 50) })
            }
        }
        return ms
    }
}
