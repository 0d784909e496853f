import Testing

@testable import BylineUI

@Suite struct UserConfigTests {
    @Test func defaultsFileReadsBackAsTheDefaults() throws {
        let config = try UserConfig.parse(UserConfig.defaultsText(), file: "defaults.toml")
        #expect(config.keymap.bindings == Keymap.standard.bindings)
        #expect(config.theme == Theme.defaultName)
        #expect(config.dataDirectory == nil)
    }

    @Test func settingsAndRebinding() throws {
        let config = try UserConfig.parse(
            """
            data = "/srv/news"
            theme = "light"
            [keys]
            next-quote = ["C-n", "]"]
            """, file: "c.toml")
        #expect(config.dataDirectory == "/srv/news")
        #expect(config.theme == "light")
        #expect(config.keymap.command(for: .ctrl("n"), in: .reader) == .nextQuote)
    }

    @Test func copyCommand() throws {
        #expect(try UserConfig.parse(UserConfig.defaultsText(), file: "d.toml").copyCommand == nil)
        let config = try UserConfig.parse("copy-command = \"xclip -selection clipboard\"", file: "c.toml")
        #expect(config.copyCommand == "xclip -selection clipboard")
        #expect(try UserConfig.parse("copy-command = \"\"", file: "c.toml").copyCommand == nil)
        #expect(throws: TOMLError.self) { try UserConfig.parse("copy-command = true", file: "c.toml") }
    }

    @Test func errorsNameFileLineAndKey() {
        #expect(throws: TOMLError.self) { try UserConfig.parse("theme = 3", file: "c.toml") }
        do {
            _ = try UserConfig.parse("theme = \"dark\"\n[keys]\nnext-quote = \"C-\"\n", file: "/home/u/c.toml")
            Issue.record("a bad key name must be refused")
        } catch {
            #expect(error.file == "/home/u/c.toml")
            #expect(error.line == 3)
            #expect(error.key == "keys.next-quote")
        }
        do {
            _ = try UserConfig.parse("colour = \"x\"", file: "c.toml")
            Issue.record("an unknown setting must be refused")
        } catch {
            #expect(error.line == 1 && error.key == "colour")
        }
    }
}
