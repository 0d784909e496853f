import Foundation

/// The benchmark's result table, in Markdown so it pastes into the README as is, with the
/// 1-minute load average at the moment each row was measured.
struct ReportTable {
    private var rows: [[String]] = []

    mutating func row(_ what: String, _ measured: String, _ target: String) {
        rows.append([what, measured, target, Self.load()])
    }

    func render() -> String {
        let all = [["measure", "result", "target", "load"]] + rows
        let width = (0..<4).map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            "| "
                + r.enumerated().map { $1 + String(repeating: " ", count: width[$0] - $1.count) }.joined(
                    separator: " | ") + " |"
        }
        return
            ([line(all[0]), "|" + width.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
            + rows.map(line)).joined(separator: "\n")
    }

    /// The 1-minute load average, as /proc/loadavg gives it.
    static func load() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
            ?? "?"
    }

    /// 1234567 -> "1,234,567".
    static func int(_ v: Double) -> String {
        let digits = String(Int(v.rounded()))
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && ch != "-" { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}
