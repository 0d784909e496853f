import BylineCore
import BylineNLP
import Foundation

/// spaCy's `en_core_web_sm`, run through the anchors script on the same texts, for side-by-side scores.
public struct EntitySpaCy {
    /// The Python of the anchors venv.
    public let python: String
    /// `annotate.py` from the shared anchors folder.
    public let script: String

    /// The anchors found from `$BYLINE_ANCHORS_VENV` (else `~/.cache/byline-anchors/venv`) and
    /// `$BYLINE_ANCHORS_SCRIPT` (else `../shared/anchors/annotate.py`); nil with the reason when
    /// either is missing.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<
        EntitySpaCy, LocateError
    > {
        let venv = AnchorsVenv.path(environment: environment)
        let script = environment["BYLINE_ANCHORS_SCRIPT"] ?? "../shared/anchors/annotate.py"
        let python = venv + "/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else { return .failure(.noVenv(venv)) }
        guard FileManager.default.fileExists(atPath: script) else { return .failure(.noScript(script)) }
        return .success(EntitySpaCy(python: python, script: script))
    }

    public enum LocateError: Error, CustomStringConvertible {
        case noVenv(String)
        case noScript(String)

        public var description: String {
            switch self {
            case .noVenv(let p):
                return "no anchors venv at \(p) (run ../shared/anchors/setup.sh or set BYLINE_ANCHORS_VENV)"
            case .noScript(let p): return "no anchors script at \(p) (set BYLINE_ANCHORS_SCRIPT)"
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// spaCy's person, organisation and place names for each text, in order.
    public func names(_ texts: [String]) throws -> [[EntityScore.Item]] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "byline-eval-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (k, text) in texts.enumerated() {
            let url = dir.appendingPathComponent(String(format: "%06d.txt", k))
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        let (status, data) = try ProgramOutput.run(python, [script, "--ner-only"] + paths)
        guard status == 0 else { throw Failure(description: "spaCy exited with status \(status)") }
        var byPath: [String: [EntityScore.Item]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let row = try JSONDecoder().decode(Row.self, from: line)
            byPath[row.path] = row.entities.compactMap { e in
                EntityType(rawValue: e.type).map { EntityScore.Item(type: $0, start: e.start, end: e.end) }
            }
        }
        return paths.map { byPath[$0] ?? [] }
    }

    struct Row: Decodable {
        struct Entity: Decodable {
            var type: String
            var start: Int
            var end: Int
        }
        var path: String
        var entities: [Entity]
    }
}
