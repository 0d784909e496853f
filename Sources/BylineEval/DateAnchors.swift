import Foundation

/// spaCy + dateparser date predictions for the same texts, from the anchors' `annotate.py`.
///
/// `annotate.py` takes one `--published` date per run, and loading spaCy costs seconds, so it
/// runs once over all texts for spaCy's DATE and TIME extents; their values are then resolved
/// again, document by document against its creation date, with dateparser called exactly as
/// `annotate.py` calls it (same settings, same value formats).
public enum DateAnchors {
    /// The anchors' virtual environment, when it is installed.
    public static func venv(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        AnchorsVenv.installed(environment: environment)
    }

    /// `annotate.py`'s dateparser call, applied to one `{"text", "published"}` object per input line.
    static let resolveValues = """
        import sys, json, datetime
        from dateparser.date import DateDataParser
        parsers = {}
        for line in sys.stdin:
            q = json.loads(line)
            ddp = parsers.get(q["published"])
            if ddp is None:
                base = datetime.datetime.fromisoformat(q["published"])
                ddp = parsers[q["published"]] = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
            dd = ddp.get_date_data(q["text"]); v, per = dd.date_obj, dd.period
            print(json.dumps(None if not v else (v.strftime("%Y") if per == "year" else v.strftime("%Y-%m") if per == "month"
                                                 else v.strftime("%Y-W%V") if per == "week" else v.date().isoformat())))
        """

    /// Predictions per document name; a document the anchors did not annotate is missing.
    public static func predict(_ docs: [TimeMLDocument], venv: String, script: String) throws -> [String:
        [PredictedTimex]]
    {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-eval-dates-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var byFile: [String: TimeMLDocument] = [:]
        for d in docs {
            let file = dir.appendingPathComponent(d.name + ".txt")
            try Data(d.text.utf8).write(to: file)
            byFile[file.path] = d
        }
        let python = venv + "/bin/python"
        let annotated = try run(python, [script, "--published", "2000-01-01", dir.path])
        var found: [(name: String, start: Int, end: Int, text: String, published: String)] = []
        for line in annotated.split(separator: "\n") {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let path = obj["path"] as? String, let d = byFile[path], let c = d.creation,
                let ents = obj["entities"] as? [[String: Any]]
            else { continue }
            for e in ents where e["type"] as? String == "date" {
                if let s = e["start"] as? Int, let t = e["end"] as? Int, let text = e["text"] as? String {
                    found.append((d.name, s, t, text, c.description))
                }
            }
        }
        let queries =
            try found.map { f -> String in
                let data = try JSONSerialization.data(withJSONObject: ["text": f.text, "published": f.published])
                return String(decoding: data, as: UTF8.self)
            }.joined(separator: "\n") + "\n"
        let values = try run(python, ["-c", resolveValues], input: Data(queries.utf8)).split(separator: "\n")
        var out: [String: [PredictedTimex]] = [:]
        for d in docs { out[d.name] = [] }
        for (k, f) in found.enumerated() {
            let v =
                k < values.count
                ? (try? JSONSerialization.jsonObject(with: Data(values[k].utf8), options: .fragmentsAllowed)) as? String
                : nil
            out[f.name, default: []].append(PredictedTimex(start: f.start, end: f.end, value: v))
        }
        return out
    }

    /// Runs a program and returns its standard output; standard error is discarded.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        let pipe = Pipe()
        let stdin = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        p.standardInput = stdin
        try p.run()
        // Feed standard input from another thread so a full output pipe never blocks the child.
        let writer = stdin.fileHandleForWriting
        let payload = input ?? Data()
        let feeding = Thread {
            writer.write(payload)
            try? writer.close()
        }
        feeding.start()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
