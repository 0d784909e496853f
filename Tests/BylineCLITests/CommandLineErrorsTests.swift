import Foundation
import Testing

/// Mistakes on the command line fail with one `byline: ` line and the contract's status.
@Suite struct CommandLineErrorsTests {
    @Test func helpForACommandThatDoesNotExistIsAUsageError() throws {
        let r = try Binary.run(["help", "bogus"])
        #expect(r.status == 2)
        #expect(r.stderr == "byline: no command named 'bogus'; see 'byline --help'\n")
        #expect(try Binary.run(["help", "list"]).status == 0)
    }

    @Test func theUsageLineShowsTheReaderFirst() throws {
        let r = try Binary.run(["--help"])
        #expect(r.stdout.contains("USAGE: byline [DIR]"))
    }

    @Test func listOfAMissingDirectoryCannotOpenIt() throws {
        let r = try Binary.run(["list", "/nonexistent-byline-dir"])
        #expect(r.status == 1)
        #expect(r.stderr == "byline: cannot open /nonexistent-byline-dir: no such file or directory\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func listOfAnEmptyDirectorySaysSoInsteadOfABareHeader() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["list", "--no-cache", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "byline: no articles found in \(dir.path)\n")
    }

    @Test func showChecksTheThemeWithColourOff() throws {
        let r = try Binary.run(["show", "--color", "never", "--theme", "bogus", "sample-data/000_6dcc1abd43cc5c53.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("byline: no theme named 'bogus'"))
        #expect(r.stdout.isEmpty)
    }
}
