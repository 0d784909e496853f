import Testing

@testable import BylineUI

/// Without colour (NO_COLOR picks the monochrome theme, and any other theme is degraded to its
/// attribute table) attributes alone tell apart what the reader draws side by side.
@Suite struct MonochromeScreenTests {
    /// The cells of a speaker's label and of the current and another search match, on the
    /// fixture article searched for "vote".
    static func searchedScreen() throws -> (label: Cell, current: Cell, other: Cell) {
        var s = Fixtures.state(width: 100, height: 40)
        s.keys("Enter", "/")
        s.typeText("vote")
        s.keys("Enter")
        let g = Screen.render(s)
        let label = try #require(g.find("[Maria Silva]"))
        let matches = g.findAll("vote")
        try #require(matches.count >= 2, "\(matches)")
        let cells = matches.map { g[$0.x, $0.y] }
        let current = try #require(cells.first { $0.role == .searchCurrent })
        let other = try #require(cells.first { $0.role == .searchMatch })
        return (g[label.x, label.y], current, other)
    }

    @Test(arguments: Theme.bundledNames)
    func searchMatchesShowAndStayApartFromSpeakerLabels(name: String) throws {
        let plain = try ThemeTests.bundled(Theme.attributeOnlyName)
        let theme = try ThemeTests.bundled(name).degraded(to: .none, plain: plain)
        #expect(theme.isAttributeOnly)
        let (label, current, other) = try Self.searchedScreen()
        #expect(label.role == .quoteLabel)
        let look = { (c: Cell) in theme.style(for: c.role, accent: c.accent) }
        let normal = theme.style(for: .normal)
        #expect(look(other) != normal && look(current) != normal, "\(name): a match looks like plain text")
        #expect(look(current) != look(other), "\(name): \(look(current))")
        #expect(look(current) != look(label), "\(name): \(look(current))")
        #expect(look(current) != theme.style(for: .quoteCurrent), "\(name): \(look(current))")
    }
}
