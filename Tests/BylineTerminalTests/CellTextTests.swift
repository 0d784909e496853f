import Testing

@testable import BylineTerminal

/// What curses is given for a cell must take exactly the columns the grid planned, whatever the text.
@Suite struct CellTextTests {
    init() { TerminalLocale.adoptUTF8() }

    func scalars(_ s: String, _ cells: Int) -> [UInt32] {
        CellText.scalars(s, cells: cells).map { UInt32(bitPattern: $0) }
    }

    @Test func plainNarrowAndWideCharacters() {
        #expect(scalars("a", 1) == [0x61])
        #expect(scalars("日", 2) == [0x65E5])
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(scalars("e\u{301}", 1) == [0x65, 0x301])
        // Emoji with a variation selector: one cell, as wcwidth measures it.
        #expect(scalars("\u{2764}\u{FE0F}", 1) == [0x2764, 0xFE0F])
    }

    @Test func aJoinerSequenceIsDrawnAsItsFirstCharacter() {
        #expect(scalars("👨\u{200D}👩\u{200D}👧", 2) == [0x1F468])
    }

    @Test func widthMismatchesAreReplacedNotDrawn() {
        // A wide character given one cell would push the row: a replacement character instead.
        #expect(scalars("日", 1) == [0xFFFD])
        // A narrow character given two cells: blank, and the painter fills the second cell.
        #expect(scalars("a", 2) == [0x20])
        // Controls never reach the terminal.
        #expect(scalars("\u{1B}", 1) == [0xFFFD])
        #expect(scalars("\u{9B}", 1) == [0xFFFD])
        // An orphan continuation cell.
        #expect(scalars("", 1) == [0x20])
    }
}
