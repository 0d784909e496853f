import BylineCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A directory of hostile files, written afresh by each test that needs it (nothing binary is
/// committed), with the reason Byline is expected to give for every file it must skip.
public struct HostileFiles {
    public let root: String
    /// Paths (under `root`) that must load as articles, with a phrase their text must contain.
    public private(set) var loadable: [String: String] = [:]
    /// Paths that must be skipped, with their reason (see `matches` for reasons with parser text).
    public private(set) var skipped: [String: LoadProblem] = [:]

    /// Levels of nesting in the deep tree: more than the walk searches.
    public static let depth = 80

    public init(in root: String) throws {
        self.root = root
        try make()
    }

    private func write(_ rel: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func path(_ rel: String) -> String { root + "/" + rel }

    private mutating func make() throws {
        try write("good.txt", Data("Headline\n\nJean Lee said the plan was sound.\n".utf8))
        loadable["good.txt"] = "Jean Lee said"

        try write(
            "latin1.txt",
            Data([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x4C, 0xE9, 0x61, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E]))
        loadable["latin1.txt"] = "Léa said."

        try write("broken-utf8.txt", Data("Title\n\nNaïve ".utf8) + Data([0xFF, 0xC3]) + Data(" text.".utf8))
        loadable["broken-utf8.txt"] = "Naïve \u{FFFD}\u{FFFD} text."

        let escapes =
            "\u{1B}]0;pwned\u{07}Title \u{1B}[2J\u{1B}[31mred\n\nBody \u{202E}desrever\u{202C} and \u{9B}6n and \u{7F}.\n"
        try write("escapes.txt", Data(escapes.utf8))
        loadable["escapes.txt"] = "desrever"

        try write(
            "binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]))
        skipped["binary.txt"] = .binary

        try write("empty.md", Data())
        skipped["empty.md"] = .emptyFile

        try write("blank.txt", Data("  \n\n\t \n".utf8))
        skipped["blank.txt"] = .onlyWhiteSpace

        try write("bad.json", Data("{\"title\": \"cut off".utf8))
        skipped["bad.json"] = .invalidJSON(detail: nil)

        try write(
            "lines.jsonl",
            Data(
                "{\"title\": \"First\", \"body\": \"One.\"}\n{\"title\": \n{\"title\": \"Third\", \"body\": \"Three.\"}\n"
                    .utf8))
        loadable["lines.jsonl"] = "Three."
        skipped["lines.jsonl"] = .line(2, .invalidJSON(detail: nil))

        try write("front.md", Data("---\ntitle: \"never closed\ndate: 2022-01-14\n---\nBody.\n".utf8))
        skipped["front.md"] = .frontMatter(line: 2, .unclosedQuote)

        try FileManager.default.createDirectory(atPath: path("loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("loop/back"), withDestinationPath: "..")
        skipped["loop/back"] = .directorySearchedBefore

        try FileManager.default.createSymbolicLink(atPath: path("self.txt"), withDestinationPath: "self.txt")
        skipped["self.txt"] = .cannotStat(errno: ELOOP)

        try FileManager.default.createSymbolicLink(
            atPath: path("dangling.txt"), withDestinationPath: "nowhere/missing.txt")
        skipped["dangling.txt"] = .brokenLink

        guard mkfifo(path("pipe.txt"), 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        skipped["pipe.txt"] = .notRegularFile

        let deep = (0..<Self.depth).map { _ in "d" }.joined(separator: "/")
        try write(deep + "/lost.txt", Data("Lost\n\nToo deep to be found.\n".utf8))
        skipped[(0..<64).map { _ in "d" }.joined(separator: "/")] = .nestedTooDeep(limit: 64)

        // Permissions mean nothing to root, so this case exists only for other users.
        if geteuid() != 0 {
            try write("locked.txt", Data("Locked\n\nSecret.\n".utf8))
            chmod(path("locked.txt"), 0)
            skipped["locked.txt"] = .cannotOpen(errno: EACCES)
        }
    }

    /// Whether `reason` is `expected`, where an expected `.invalidJSON(detail: nil)` stands for
    /// invalid JSON with any detail: the detail is the JSON parser's own, worded by Foundation.
    public static func matches(_ reason: LoadProblem, _ expected: LoadProblem) -> Bool {
        switch (reason, expected) {
        case (.invalidJSON, .invalidJSON(detail: nil)): true
        case (.line(let n, let inner), .line(let m, let wanted)),
            (.item(let n, let inner), .item(let m, let wanted)):
            n == m && matches(inner, wanted)
        default: reason == expected
        }
    }

    /// Whether `message` (what follows "skipped PATH: ") words `expected`, as `matches` decides:
    /// after the words of an expected `.invalidJSON(detail: nil)`, any parser detail may follow.
    public static func matches(message: String, _ expected: LoadProblem) -> Bool {
        message == expected.description || (standsForAnyDetail(expected) && message.hasPrefix("\(expected): "))
    }

    private static func standsForAnyDetail(_ p: LoadProblem) -> Bool {
        switch p {
        case .invalidJSON(detail: nil): true
        case .line(_, let inner), .item(_, let inner): standsForAnyDetail(inner)
        default: false
        }
    }
}
