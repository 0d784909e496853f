import Testing

@testable import BylineUI

/// Every bundled theme stays readable whatever the terminal's own background: a theme that
/// sets colours paints its background under every role, and no colour it sets comes out as
/// its background on a terminal with fewer colours.
@Suite struct ThemeBackgroundTests {
    @Test(arguments: Theme.bundledNames) func aThemeWithColoursPaintsItsBackgroundUnderEveryRole(name: String) throws {
        let t = try ThemeTests.bundled(name)
        guard !t.isAttributeOnly else { return }
        for role in Role.allCases {
            #expect(t.style(for: role).background != .terminalDefault, "\(name): \(role.rawValue)")
        }
    }

    @Test(arguments: Theme.bundledNames) func noForegroundComesOutAsItsBackground(name: String) throws {
        let full = try ThemeTests.bundled(name)
        for depth in ColorDepth.allCases {
            let t = full.degraded(to: depth)
            for role in Role.allCases {
                let s = t.style(for: role)
                #expect(
                    s.foreground == .terminalDefault || s.foreground != s.background,
                    "\(name) at \(depth): \(role.rawValue) is \(s.foreground) on \(s.background)")
            }
        }
    }

    @Test func aRoleWithoutABackgroundTakesNormals() throws {
        let t = try Theme(
            toml: """
                name = "x"
                [normal]
                bg = "white"
                [title]
                fg = "black"
                [status]
                fg = "black"
                bg = "cyan"
                """, file: "x.toml")
        #expect(t.style(for: .title) == Style(foreground: .ansi(0), background: .ansi(7)))
        #expect(t.style(for: .status).background == .ansi(6))
        #expect(t.style(for: .person).background == .ansi(7))
    }
}
