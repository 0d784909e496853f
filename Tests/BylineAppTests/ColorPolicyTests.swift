import BylineApp
import BylineUI
import Testing

@Suite struct ColorPolicyTests {
    @Test func themeFollowsFlagThenEnvironmentThenConfig() {
        func name(_ flag: String?, configured: String? = nil, _ environment: [String: String]) -> String {
            ColorPolicy(environment: environment).themeName(flag: flag, configured: configured)
        }
        #expect(name("light", ["BYLINE_THEME": "dark", "NO_COLOR": "1"]) == "light")
        #expect(name(nil, ["BYLINE_THEME": "high-contrast"]) == "high-contrast")
        #expect(name(nil, configured: "light", ["NO_COLOR": "1"]) == "monochrome")
        #expect(name(nil, configured: "light", ["NO_COLOR": ""]) == "light")
        #expect(name(nil, [:]) == "dark")
    }

    /// NO_COLOR counts when set and not empty (no-color.org).
    @Test func noColorTurnsTheReadersColoursOff() {
        #expect(!ColorPolicy(environment: ["NO_COLOR": "1"]).readerUsesColor)
        #expect(ColorPolicy(environment: ["NO_COLOR": ""]).readerUsesColor)
        #expect(ColorPolicy(environment: [:]).readerUsesColor)
    }

    @Test func printedOutputFollowsColorThenNoColorThenTheTerminal() {
        let xterm = ColorPolicy(environment: ["TERM": "xterm"])
        #expect(xterm.printedDepth(.auto, outputIsTerminal: true) == .ansi8)
        #expect(xterm.printedDepth(.auto, outputIsTerminal: false) == nil)
        #expect(xterm.printedDepth(.always, outputIsTerminal: false) == .ansi8)
        #expect(xterm.printedDepth(.never, outputIsTerminal: true) == nil)
        let noColor = ColorPolicy(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        #expect(noColor.printedDepth(.always, outputIsTerminal: true) == ColorDepth.none)
        #expect(
            ColorPolicy(environment: ["TERM": "xterm-256color"]).printedDepth(.always, outputIsTerminal: true)
                == .indexed256)
        #expect(
            ColorPolicy(environment: ["COLORTERM": "truecolor"]).printedDepth(.always, outputIsTerminal: true)
                == .trueColor)
        #expect(
            ColorPolicy(environment: ["TERM": "dumb"]).printedDepth(.always, outputIsTerminal: true) == ColorDepth.none)
    }
}
