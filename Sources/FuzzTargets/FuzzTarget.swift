import Foundation
import BylineCore

/// One libFuzzer target: a name, the sample files that seed it, and what it does with the bytes.
/// Each target checks invariants as well as surviving: a violated one stops the run with a
/// message, which libFuzzer reports as a finding with the input that caused it.
public struct FuzzTarget: Sendable {
    public let name: String
    /// Extensions of the sample-data files that seed its corpus (empty: every article file).
    public let seedExtensions: [String]
    public let run: @Sendable (Data) -> Void

    public static let all: [FuzzTarget] = [
        FuzzTarget(name: "txt", seedExtensions: ["txt"]) { LoaderInvariants.check(TextLoader(), $0, path: "fuzz.txt") },
        FuzzTarget(name: "md", seedExtensions: ["md"]) { LoaderInvariants.check(MarkdownLoader(), $0, path: "fuzz.md") },
        FuzzTarget(name: "json", seedExtensions: ["json"]) { LoaderInvariants.check(JSONLoader(), $0, path: "fuzz.json") },
        FuzzTarget(name: "jsonl", seedExtensions: ["jsonl"]) { LoaderInvariants.check(JSONLinesLoader(), $0, path: "fuzz.jsonl") },
        FuzzTarget(name: "pipeline", seedExtensions: []) { PipelineInvariants.check($0) },
        FuzzTarget(name: "safetext", seedExtensions: []) { SafeTextInvariants.check($0) },
    ]

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Stops the run when an invariant does not hold.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}
