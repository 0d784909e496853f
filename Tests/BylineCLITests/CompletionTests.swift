import Foundation
import Testing

/// Shell completions come from the argument parser, so every subcommand must appear in them.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommand(shell: String) throws {
        let r = try Binary.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        for sub in ["annotate", "list", "show", "entities", "quotes", "config", "eval"] {
            #expect(r.stdout.contains(sub), "\(shell) completion lacks \(sub)")
        }
    }

    @Test func configPrintsDefaultsThatCheckAccepts() throws {
        let r = try Binary.run(["config", "--print-defaults"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("[keys]"))
        #expect(r.stdout.contains("next-quote = \"]\""))
    }

    @Test func brokenConfigIsReportedWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("byline"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "theme = \"dark\"\n[keys]\nbogus-action = \"x\"\n".write(
            to: dir.appendingPathComponent("byline/config.toml"), atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = dir.path
        let r = try Binary.run(["config", "--check"], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("byline: "))
        #expect(r.stderr.contains("config.toml"))
        #expect(r.stderr.contains("3"))
        #expect(r.stderr.contains("bogus-action"))
    }
}
