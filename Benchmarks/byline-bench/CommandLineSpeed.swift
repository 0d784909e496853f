import Foundation

/// The command line end to end on the BBC collection: `annotate --format jsonl` and the listing
/// commands without the annotation cache, each the median of `repeats` runs, wall and CPU time.
enum CommandLineSpeed {
    /// Adds a row per command; returns `annotate`'s run, for the comparison with spaCy.
    static func measure(
        byline: String, bbc: String, words: Int, cores: Int, repeats: Int, into table: inout ReportTable
    )
        throws -> CommandRun
    {
        let commands: [(String, [String])] = [
            ("annotate --format jsonl", ["annotate", "--format", "jsonl", bbc]),
            ("list --no-cache", ["list", "--no-cache", bbc]),
            ("entities --no-cache", ["entities", "--no-cache", bbc]),
            ("quotes --no-cache", ["quotes", "--no-cache", bbc]),
        ]
        var annotate: CommandRun?
        for (name, args) in commands {
            let r = try CommandRun.median(repeats: repeats, byline, args)
            if annotate == nil { annotate = r }
            table.row(
                "`byline \(name)` BBC: wall, CPU, words/s per core of wall (\(cores) cores) / of CPU, peak memory",
                String(
                    format: "%.2f s, %.2f s, %@ / %@, %d MB", r.wall, r.cpu,
                    ReportTable.int(Double(words) / (r.wall * Double(cores))), ReportTable.int(Double(words) / r.cpu),
                    r.peakKB / 1024), ">= 1,000,000 words/s per core")
        }
        return annotate!
    }
}
