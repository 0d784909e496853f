import Testing

@testable import BylineUI

/// Without colour (NO_COLOR picks the monochrome theme) attributes alone tell apart what the
/// reader draws side by side.
@Suite struct MonochromeScreenTests {
    @Test func speakerLabelAndCurrentSearchMatchLookDifferent() throws {
        let theme = try ThemeTests.bundled("monochrome")
        var s = Fixtures.state(width: 100, height: 40)
        s.keys("Enter", "/")
        s.typeText("deal")
        s.keys("Enter")
        let g = Screen.render(s)
        let label = try #require(g.find("[Maria Silva]"))
        let match = try #require(g.find("deal"))
        let labelCell = g[label.x, label.y]
        let matchCell = g[match.x, match.y]
        #expect(labelCell.role == .quoteLabel && matchCell.role == .searchCurrent)
        let looks = [labelCell, matchCell].map { theme.style(for: $0.role, accent: $0.accent) }
        #expect(looks[0] != looks[1], "\(looks)")
        // Nor does the current match look like another match or the current quote.
        #expect(looks[1] != theme.style(for: .searchMatch) && looks[1] != theme.style(for: .quoteCurrent))
    }
}
