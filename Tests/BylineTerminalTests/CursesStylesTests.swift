import BylineUI
import CNcursesw
import Testing

@testable import BylineTerminal

/// How theme colours become curses colour numbers at each depth (no terminal needed: only the
/// pair allocation talks to curses).
@Suite struct CursesStylesTests {
    @Test func depthFollowsTheTerminal() {
        #expect(CursesStyles.detect(hasColors: true, colors: 256) == (.indexed256, .none))
        #expect(CursesStyles.detect(hasColors: true, colors: 1 << 24) == (.trueColor, .direct))
        #expect(CursesStyles.detect(hasColors: true, colors: 8) == (.ansi8, .none))
        // Colours turned off (NO_COLOR), or a terminal without them.
        #expect(CursesStyles.detect(hasColors: false, colors: 256) == (.none, .none))
        #expect(CursesStyles.detect(hasColors: false, colors: 0) == (.none, .none))
    }

    @Test func colourNumbersPerDepth() {
        let indexed = CursesStyles(depth: .indexed256, rgbMode: .none, defaultColors: true, maxPairs: 0)
        #expect(indexed.number(for: .terminalDefault, isForeground: true) == -1)
        #expect(indexed.number(for: .ansi(12), isForeground: true) == 12)
        #expect(indexed.number(for: .indexed(110), isForeground: true) == 110)
        #expect(indexed.number(for: .rgb(0xff, 0x00, 0xff), isForeground: true) == 201)

        let direct = CursesStyles(
            depth: .trueColor, rgbMode: .direct, defaultColors: true, maxPairs: 0)
        #expect(direct.number(for: .rgb(0x12, 0x34, 0x56), isForeground: true) == 0x123456)
        // Numbers below 8 mean ANSI colours in direct-colour terminfo: black is lifted above them.
        #expect(direct.number(for: .rgb(0, 0, 0), isForeground: true) == 8)
        #expect(direct.number(for: .ansi(3), isForeground: true) == 3)
        #expect(direct.number(for: .indexed(16), isForeground: true) == 8)

        let noDefaults = CursesStyles(depth: .ansi8, rgbMode: .none, defaultColors: false, maxPairs: 0)
        #expect(noDefaults.number(for: .terminalDefault, isForeground: true) == Int32(COLOR_WHITE))
        #expect(noDefaults.number(for: .terminalDefault, isForeground: false) == Int32(COLOR_BLACK))
    }

    @Test func monochromeKeepsBackgroundsVisibleAsReverse() {
        let mono = CursesStyles(depth: .none, rgbMode: .none, defaultColors: true, maxPairs: 0)
        let selected = mono.drawn(Style(foreground: .ansi(15), background: .indexed(24), attributes: [.bold]))
        #expect(selected.pair == 0)
        #expect(selected.attributes & BYLINE_A_REVERSE != 0)
        #expect(selected.attributes & BYLINE_A_BOLD != 0)
        let plain = mono.drawn(Style(foreground: .ansi(2), attributes: [.underline]))
        #expect(plain.attributes & BYLINE_A_REVERSE == 0)
        #expect(plain.attributes & BYLINE_A_UNDERLINE != 0)
    }
}
