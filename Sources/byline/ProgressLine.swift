import ArgumentParser
import BylineCore
import Foundation

/// `--quiet` and `--progress`: whether a long command shows its progress on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Show no progress line on standard error.")
    var quiet = false

    @Flag(help: "Show progress even when standard error is not a terminal, as plain lines (for logs).")
    var progress = false

    /// The progress display these flags and standard error ask for, or nil for none.
    func line() -> ProgressLine? {
        if quiet { return nil }
        if isatty(2) != 0 { return ProgressLine(terminal: true) }
        return progress ? ProgressLine(terminal: false) : nil
    }
}

/// One self-updating line on standard error while a collection loads: files found, articles
/// annotated, cache hits apart, rate and time left. On a terminal it is redrawn in place at most
/// four times a second and cleared at the end, so it never mixes with standard output; as plain
/// lines (`--progress` into a log) it is written once a second.
final class ProgressLine: @unchecked Sendable {
    private let terminal: Bool
    private let lock = NSLock()
    private var last = -1.0
    private var shown = false
    private let started = DispatchTime.now()

    init(terminal: Bool) { self.terminal = terminal }

    private var now: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    /// Shows `p` unless the line was drawn too recently; finished loads are left to `clear`.
    func show(_ p: LoadProgress) {
        guard !p.isFinished else { return }
        show(text: Self.describe(p))
    }

    /// Shows a line of text (sanitised, cut to the terminal's width) if one is due.
    func show(text: String) {
        lock.lock()
        defer { lock.unlock() }
        let t = now
        guard t - last >= (terminal ? 0.25 : 1) else { return }
        last = t
        var line = SafeText.sanitize(text, lineBreaks: .space)
        if terminal {
            let width = Self.columns() - 1
            if line.count > width { line = String(line.prefix(max(0, width))) }
            write("\r\(line)\u{1B}[K")
            shown = true
        } else {
            write("byline: \(line)\n")
        }
    }

    /// Removes the line from the terminal once the work is over.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if terminal && shown { write("\r\u{1B}[K") }
        shown = false
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// "1,234 files found · 800/2,000 articles annotated (500 from cache) · 310/s · 0:04 left";
    /// while files are still being read, "… · 900 read · 800 articles annotated …".
    static func describe(_ p: LoadProgress) -> String {
        var parts: [String] = []
        // Articles read from a stream (standard input) come from no file.
        if p.filesTotal > 0 || !p.filesListed {
            parts.append("\(count(p.filesTotal)) files found" + (p.filesListed ? "" : " so far"))
        }
        let everyFileRead = p.phase != .reading && p.filesListed && p.filesTotal > 0 && p.filesRead >= p.filesTotal
        if everyFileRead {
            parts.append("\(count(p.annotated))/\(count(p.articles)) articles annotated" + cached(p.fromCache))
        } else {
            if p.filesTotal > 0 || !p.filesListed { parts.append("\(count(p.filesRead)) read") }
            parts.append("\(count(p.annotated)) articles annotated" + cached(p.fromCache))
        }
        if p.phase != .reading && p.rate > 0 {
            parts.append("\(count(Int(p.rate.rounded())))/s")
            if let left = secondsLeft(p) { parts.append(duration(left) + " left") }
        }
        return parts.joined(separator: " · ")
    }

    /// Once every file is read, the articles left at the current rate; while files are read and
    /// annotated one by one (`annotate`), the share of files left at the pace so far; nil while the
    /// walk is still finding files or nothing says how much is left.
    private static func secondsLeft(_ p: LoadProgress) -> Double? {
        guard p.filesListed, p.filesTotal > 0 else { return nil }
        if p.filesRead >= p.filesTotal { return Double(p.articles - p.annotated) / p.rate }
        guard p.filesRead > 0, p.elapsed > 0 else { return nil }
        return p.elapsed * Double(p.filesTotal - p.filesRead) / Double(p.filesRead)
    }

    private static func cached(_ n: Int) -> String { n > 0 ? " (\(count(n)) from cache)" : "" }

    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        return s >= 3600 ? "\(s / 3600):\(pad((s / 60) % 60)):\(pad(s % 60))" : "\(s / 60):\(pad(s % 60))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
