import BylineApp
import BylineCore
import BylineUI
import Foundation
import Testing

@Suite struct ThemeLibraryTests {
    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../themes"
    ).standardized.path
    static let library = ThemeLibrary(directories: [themesDir])

    @Test func theCycleStartsAtTheChosenTheme() throws {
        let (themes, index) = try Self.library.cycle(chosen: "light")
        #expect(themes.map(\.name) == Theme.bundledNames)
        #expect(index == 1)
    }

    @Test func aThemeFileThatIsMissingSaysWhereItLooked() {
        #expect(throws: ThemeError.notFound("nope", searched: [Self.themesDir])) {
            try Self.library.load("nope")
        }
    }

    @Test func withoutColourOnlyAttributeThemesApply() throws {
        let cycle = try Self.library.cycle(chosen: "high-contrast")
        let plain = ThemeLibrary.usable(cycle, at: .none)
        #expect(plain.themes.map(\.name) == ["monochrome"] && plain.index == 0)
        let coloured = ThemeLibrary.usable(cycle, at: .ansi8)
        #expect(coloured.themes.count == cycle.themes.count && coloured.index == cycle.index)
    }

    /// `show` under NO_COLOR: whatever theme is asked for is drawn with the monochrome attributes.
    @Test(arguments: Theme.bundledNames) func withoutColourEveryThemeShowsTheMonochromeAttributes(name: String) throws {
        let policy = ColorPolicy(environment: ["NO_COLOR": "1"])
        let asked = try Self.library.load(policy.themeName(flag: name))
        let shown = Self.library.shown(asked, at: try #require(policy.printedDepth(.always, outputIsTerminal: true)))
        #expect(shown == (try Self.library.load(Theme.attributeOnlyName)))
        #expect(!shown.style(for: .searchMatch).attributes.isEmpty)
        // With colour the theme keeps its own colours.
        #expect(Self.library.shown(asked, at: .indexed256) == asked.degraded(to: .indexed256))
    }

    /// The user's themes come first, from the XDG config directory (a relative one is ignored),
    /// then the bundled ones found by walking up from the executable.
    @Test func searchPathFollowsXDGThenTheExecutable() {
        let executable = Self.themesDir + "/../.build/debug/byline"
        let library = ThemeLibrary.standard(
            XDGDirectories(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"]), executable: executable)
        #expect(library.directories.first == "/c/byline/themes")
        #expect(library.directories.last == Self.themesDir)
        let relative = ThemeLibrary.standard(
            XDGDirectories(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "c"]), executable: executable)
        #expect(relative.directories.first == "/h/.config/byline/themes")
    }
}
