import Foundation

/// Runs textacy's `direct_quotations` (through the shared anchors script) on a folder of texts,
/// so its scores print beside ours in the same run.
public enum QuoteAnchors {
    /// The anchors' Python, when the virtual environment exists.
    public static func python() -> String? {
        AnchorsVenv.installed().map { $0 + "/bin/python" }
    }

    /// The anchors script: `../shared/anchors/annotate.py` from the current directory, or beside the corpora.
    public static func script(corpus: String) -> String? {
        var candidates = ["../shared/anchors/annotate.py"]
        var dir = (corpus as NSString).standardizingPath
        for _ in 0..<5 {
            dir = (dir as NSString).deletingLastPathComponent
            candidates.append((dir as NSString).appendingPathComponent("anchors/annotate.py"))
        }
        candidates.append("/work/shared/anchors/annotate.py")
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    public enum Failure: Error, CustomStringConvertible {
        case failed(String)
        public var description: String {
            switch self {
            case .failed(let why): why
            }
        }
    }

    /// textacy's quotes for every `.txt` under `textDirectory`, by file name.
    public static func quotes(python: String, script: String, textDirectory: String) throws -> [String: [ScoredQuote]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "--quotes", textDirectory]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last =
                String(decoding: errors, as: UTF8.self).split(separator: "\n").last.map(String.init)
                ?? "exit \(process.terminationStatus)"
            throw Failure.failed("textacy run failed: \(last)")
        }
        var result: [String: [ScoredQuote]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let path = object["path"] as? String
            else { continue }
            let quotes = (object["quotes"] as? [[String: Any]] ?? []).compactMap { q -> ScoredQuote? in
                guard let s = q["start"] as? Int, let e = q["end"] as? Int, s < e else { return nil }
                let speaker = q["speaker"] as? [String: Any]
                let mention = (speaker?["start"] as? Int).flatMap { a in
                    (speaker?["end"] as? Int).map { a..<max(a, $0) }
                }
                return ScoredQuote(
                    span: s..<e, speakerName: speaker?["name"] as? String, speakerMention: mention, sieve: nil)
            }
            result[(path as NSString).lastPathComponent] = quotes
        }
        return result
    }
}
