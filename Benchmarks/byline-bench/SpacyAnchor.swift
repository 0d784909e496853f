import Foundation

/// spaCy's `en_core_web_sm` doing NER alone, through the shared anchors script and its venv, on
/// the same files as ours: the comparison point for annotation speed.
enum SpacyAnchor {
    struct Result {
        var words: Int
        var seconds: Double
    }

    /// The venv's python: `$BYLINE_ANCHORS_VENV`, else the default location.
    static var python: String {
        let venv = ProcessInfo.processInfo.environment["BYLINE_ANCHORS_VENV"] ?? "/root/.cache/byline-anchors/venv"
        return venv + "/bin/python"
    }

    /// Runs the anchor on `files` (files, or directories of .txt files); on failure, why (the venv missing, the script failing).
    static func run(files: [String], shared: String) -> Swift.Result<Result, BenchError> {
        let script = shared + "/anchors/annotate.py"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            return .failure(BenchError("no venv at \(python) (make it with \(shared)/anchors/setup.sh)"))
        }
        guard FileManager.default.fileExists(atPath: script) else { return .failure(BenchError("no \(script)")) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [script, "--ner-only"] + files
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        do { try p.run() } catch { return .failure(BenchError("cannot run \(python): \(error)")) }
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        // "anchor: 318 files, 120000 words, 10.2 s, 11700 words/s"
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("anchor: ") }) else {
            return .failure(BenchError("anchor failed: \(text.split(separator: "\n").last ?? "no output")"))
        }
        let nums = line.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard nums.count >= 3 else { return .failure(BenchError("unexpected anchor output: \(line)")) }
        return .success(Result(words: Int(nums[1]), seconds: nums[2]))
    }
}
