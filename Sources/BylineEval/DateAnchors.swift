import Foundation

/// spaCy + dateparser date predictions for the same texts, from the anchors' `annotate.py`.
///
/// `annotate.py` takes one `--published` date per run, so the documents are grouped by their
/// creation day and each group runs once, on plain-text copies in a temporary directory.
public enum DateAnchors {
    /// The anchors' virtual environment, when it is installed.
    public static func venv(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["BYLINE_ANCHORS_VENV"] ?? NSHomeDirectory() + "/.cache/byline-anchors/venv"
        return FileManager.default.isExecutableFile(atPath: path + "/bin/python") ? path : nil
    }

    /// Predictions per document name; documents of a failed run are missing from the result.
    public static func predict(_ docs: [TimeMLDocument], venv: String, script: String) throws -> [String: [PredictedTimex]] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-eval-dates-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        var groups: [String: [TimeMLDocument]] = [:]
        for d in docs { if let c = d.creation { groups[c.description, default: []].append(d) } }
        var out: [String: [PredictedTimex]] = [:]
        for (day, group) in groups.sorted(by: { $0.key < $1.key }) {
            let sub = dir.appendingPathComponent(day)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            var byFile: [String: String] = [:]
            for d in group {
                let file = sub.appendingPathComponent(d.name + ".txt")
                try Data(d.text.utf8).write(to: file)
                byFile[file.path] = d.name
            }
            let lines = try run(venv + "/bin/python", [script, "--published", day, sub.path])
            for line in lines.split(separator: "\n") {
                guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let path = obj["path"] as? String, let name = byFile[path],
                      let ents = obj["entities"] as? [[String: Any]] else { continue }
                out[name] = ents.compactMap { e in
                    guard e["type"] as? String == "date", let s = e["start"] as? Int, let t = e["end"] as? Int else { return nil }
                    return PredictedTimex(start: s, end: t, value: e["value"] as? String)
                }
            }
        }
        return out
    }

    /// Runs a program and returns its standard output; standard error is discarded.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
