import BylineUI
import Testing

@testable import BylineTerminal

@Suite struct KeyDecoderTests {
    static let codes = KeyDecoder.Codes(
        up: 259, down: 258, left: 260, right: 261, home: 262, end: 360, pageUp: 339, pageDown: 338,
        backTab: 353, backspace: 263, delete: 330, insert: 331, enter: 343, f0: 264, resize: 410, mouse: 409)

    /// Decodes a scripted sequence of reads, the way the backend feeds `wget_wch` results.
    static func decode(_ reads: [RawKey?]) -> [KeyDecoder.Decoded] {
        var decoder = KeyDecoder(codes: codes)
        var queue = reads[...]
        var out: [KeyDecoder.Decoded] = []
        while !queue.isEmpty {
            out.append(decoder.next(timeoutMilliseconds: 50) { _ in queue.isEmpty ? nil : queue.removeFirst() })
        }
        // Whatever was held back after an Esc comes out on the next call.
        let tail = decoder.next(timeoutMilliseconds: 0) { _ in nil }
        if tail != .nothing { out.append(tail) }
        return out
    }

    static func key(_ k: KeyPress) -> KeyDecoder.Decoded { .event(.key(k)) }

    @Test func printableAndControlCharacters() {
        #expect(Self.decode([.char(0x6A)]) == [Self.key(.char("j"))])
        #expect(Self.decode([.char(0x65E5)]) == [Self.key(.char("日"))])
        #expect(Self.decode([.char(13)]) == [Self.key(KeyPress(.enter))])
        #expect(Self.decode([.char(10)]) == [Self.key(KeyPress(.enter))])
        #expect(Self.decode([.char(9)]) == [Self.key(KeyPress(.tab))])
        #expect(Self.decode([.char(127)]) == [Self.key(KeyPress(.backspace))])
        #expect(Self.decode([.char(4)]) == [Self.key(.ctrl("d"))])
        #expect(Self.decode([.char(12)]) == [Self.key(.ctrl("l"))])
        #expect(Self.decode([.char(0)]) == [Self.key(.ctrl(" "))])
        // C1 controls never become keys.
        #expect(Self.decode([.char(0x9B)]) == [.nothing])
    }

    @Test func escapeAloneAndAltCombinations() {
        // Esc with nothing after it (the read after it times out).
        #expect(Self.decode([.char(27), nil]) == [Self.key(KeyPress(.escape))])
        // Esc immediately followed by a character is Alt+character.
        #expect(Self.decode([.char(27), .char(0x78)]) == [Self.key(KeyPress(.char("x"), alt: true))])
        // Esc followed by a named key: Esc, then the key, nothing lost.
        #expect(Self.decode([.char(27), .code(259)]) == [Self.key(KeyPress(.escape)), Self.key(KeyPress(.up))])
        // Two Escs are two Escs.
        #expect(
            Self.decode([.char(27), .char(27), nil]) == [Self.key(KeyPress(.escape)), Self.key(KeyPress(.escape))])
    }

    @Test func namedKeysAndFunctionKeys() {
        #expect(Self.decode([.code(338)]) == [Self.key(KeyPress(.pageDown))])
        #expect(Self.decode([.code(353)]) == [Self.key(KeyPress(.backTab))])
        #expect(Self.decode([.code(264 + 1)]) == [Self.key(KeyPress(.function(1)))])
        #expect(Self.decode([.code(264 + 12)]) == [Self.key(KeyPress(.function(12)))])
        // Extended key codes curses has no name for here are dropped, not guessed.
        #expect(Self.decode([.code(600)]) == [.nothing])
        #expect(Self.decode([.code(410)]) == [.needsBackend(410)])
        #expect(Self.decode([.code(409)]) == [.needsBackend(409)])
    }

    @Test func mouseButtonsAndWheel() {
        let masks = KeyDecoder.MouseMasks(press: 0x2, wheelUp: 0x10000, wheelDown: 0x200000)
        #expect(KeyDecoder.mouse(bstate: 0x2, x: 3, y: 4, masks: masks) == .mouse(MouseEvent(.press, x: 3, y: 4)))
        #expect(KeyDecoder.mouse(bstate: 0x10000, x: 0, y: 0, masks: masks) == .mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
        #expect(
            KeyDecoder.mouse(bstate: 0x200000, x: 9, y: 1, masks: masks) == .mouse(MouseEvent(.wheelDown, x: 9, y: 1)))
        // A release or motion report is nothing to act on.
        #expect(KeyDecoder.mouse(bstate: 0x1, x: 1, y: 1, masks: masks) == nil)
    }
}
