// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Byline",
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // Text in, annotations out: knows nothing of files, articles or terminals.
        .target(name: "BylineNLP", resources: [.copy("Resources")]),
        // Articles, loaders, the in-memory index and queries.
        .target(name: "BylineCore", dependencies: ["BylineNLP", "CLibXML2", "CSQLite"]),
        // libxml2's HTML parser (saved web pages, feed content) and SQLite (newsboat's cache).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Screens drawn into an in-memory grid, and the state machine; no curses.
        .target(name: "BylineUI", dependencies: ["BylineCore", "BylineNLP"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The reader's loop: drives a `TerminalScreen` with the state machine, the background load,
        // read marks and the browser; no curses.
        .target(name: "BylineApp", dependencies: ["BylineCore", "BylineUI"]),
        // The only code that talks to the terminal: drawing, input decoding and signals.
        .target(name: "BylineTerminal", dependencies: ["BylineCore", "BylineUI", "CNcursesw"]),
        // Evaluation harnesses against the gold-standard corpora.
        .target(name: "BylineEval", dependencies: ["BylineNLP", "BylineCore"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore", "BylineNLP", "BylineUI", "BylineApp", "BylineTerminal", "BylineEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput, the command line, startup, keystroke latency, memory at scale, and the first
        // screen beside newsboat's (Benchmarks/run.sh).
        .executableTarget(
            name: "byline-bench", dependencies: ["BylineCore", "BylineNLP", "CSQLite"], path: "Benchmarks/byline-bench"),
        // Trains the entity tagger; run by Scripts/build-ner-model.sh.
        .executableTarget(
            name: "byline-train",
            dependencies: [
                "BylineNLP", "BylineEval", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets (Scripts/fuzz.sh): the checks, and the one executable that runs them.
        .target(name: "FuzzTargets", dependencies: ["BylineCore", "BylineNLP"]),
        .executableTarget(name: "FuzzByline", dependencies: ["FuzzTargets"]),
        .testTarget(name: "BylineNLPTests", dependencies: ["BylineNLP"]),
        // Fixtures shared by test targets: hostile files written into a temporary directory.
        .target(name: "BylineTestSupport", dependencies: ["BylineCore"], path: "Tests/BylineTestSupport"),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore", "BylineNLP", "BylineTestSupport"]),
        .testTarget(name: "BylineEvalTests", dependencies: ["BylineEval", "BylineNLP", "BylineTestSupport"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineCore", "BylineNLP"]),
        .testTarget(
            name: "BylineAppTests", dependencies: ["BylineApp", "BylineCore", "BylineUI", "BylineTestSupport"]),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineUI", "CNcursesw"]),
        .testTarget(
            name: "BylineCLITests", dependencies: ["byline", "BylineCore", "BylineUI", "BylineTestSupport", "CSQLite"]),
    ]
)
