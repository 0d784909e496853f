import BylineCore
import Foundation

/// One libFuzzer target: a name (Scripts/fuzz.sh seeds its corpus), and what it does with the bytes.
/// Each target checks invariants as well as surviving: a violated one stops the run with a
/// message, which libFuzzer reports as a finding with the input that caused it.
public struct FuzzTarget: Sendable {
    public let name: String
    public let run: @Sendable (Data) -> Void

    public static let all: [FuzzTarget] = [
        FuzzTarget(name: "txt") { LoaderInvariants.check(TextLoader(), $0, path: "fuzz.txt") },
        FuzzTarget(name: "md") { LoaderInvariants.check(MarkdownLoader(), $0, path: "fuzz.md") },
        FuzzTarget(name: "json") { LoaderInvariants.check(JSONLoader(), $0, path: "fuzz.json") },
        FuzzTarget(name: "jsonl") { LoaderInvariants.check(JSONLinesLoader(), $0, path: "fuzz.jsonl") },
        FuzzTarget(name: "html") { LoaderInvariants.check(HTMLLoader(), $0, path: "fuzz.html") },
        FuzzTarget(name: "feed") { LoaderInvariants.check(FeedLoader(), $0, path: "fuzz.rss") },
        FuzzTarget(name: "pipeline") { PipelineInvariants.check($0) },
        FuzzTarget(name: "safetext") { SafeTextInvariants.check($0) },
        FuzzTarget(name: "feed-entities") { FeedEntityInvariants.check($0) },
        FuzzTarget(name: "quote-runs") { QuoteRunInvariants.check($0) },
    ]

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Stops the run when an invariant does not hold.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}
