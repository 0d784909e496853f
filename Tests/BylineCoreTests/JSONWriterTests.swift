import Foundation
import Testing

@testable import BylineCore

@Suite struct JSONWriterTests {
    /// Scalars of every kind the byte-run copying treats apart: plain ASCII, quotes, controls,
    /// two- and three-byte scalars sharing lead bytes with escaped ones, and four-byte emoji.
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é",
        "\u{061C}", "\u{0600}", "\u{061D}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2028}", "\u{202E}", "\u{202F}",
        "\u{2066}", "\u{2069}", "\u{206A}", "…", "€", "中", "😀",
    ]

    /// A writer holding `[s]`, after checking that Foundation's parser reads `s` back from it.
    static func roundTrip(_ s: String) throws -> JSONWriter {
        var w = JSONWriter()
        w.beginArray()
        w.string(s)
        w.endArray()
        let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
        #expect(back == [s])
        return w
    }

    @Test func stringsRoundTripAndStayInert() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text.append(Self.alphabet.randomElement(using: &rng)!) }
            let s = String(text)
            let w = try Self.roundTrip(s)
            let raw = w.output.unicodeScalars
            for u in raw {
                #expect(u.value >= 0x20 && !(0x7F..<0xA0).contains(u.value))
                #expect(![0x061C, 0x200E, 0x200F, 0x2028, 0x202E, 0x2066, 0x2069].contains(u.value))
            }
        }
    }

    /// Plain ASCII is passed over eight bytes at a time: a byte to escape at any place of such a
    /// run, and runs that end part-way into a word, come out as they should.
    @Test func aByteToEscapeIsFoundAtEveryPlaceOfAPlainRun() throws {
        let specials: [Unicode.Scalar] = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "\u{202E}", "😀"]
        for special in specials {
            for length in 0..<20 {
                for at in 0...length {
                    var text = String.UnicodeScalarView(repeatElement("x", count: length))
                    text.insert(special, at: text.index(text.startIndex, offsetBy: at))
                    let w = try Self.roundTrip(String(text))
                    #expect(
                        w.output.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\u{202E}" })
                }
            }
        }
    }

    /// A short string is checked whole and copied at once: at every length around the limit of
    /// that check, with a byte to escape at every place or none, it comes out as the run-by-run
    /// escaping writes it.
    @Test func aShortStringComesOutAsTheRunByRunEscapingWritesIt() throws {
        let specials: [Unicode.Scalar?] = [nil, "\"", "\\", "\n", "\u{1F}", "\u{7F}", "é", "\u{85}", "\u{202E}", "😀"]
        for special in specials {
            for length in (JSONWriter.shortString - 10)...(JSONWriter.shortString + 2) {
                for at in special == nil ? [0] : Array(0...length) {
                    var text = String.UnicodeScalarView(repeatElement("x", count: length))
                    if let special { text.insert(special, at: text.index(text.startIndex, offsetBy: at)) }
                    var s = String(text)
                    let w = try Self.roundTrip(s)
                    var runs = ByteBuffer()
                    s.withUTF8 { JSONWriter.appendEscaping($0, to: &runs) }
                    #expect(w.output == "[" + runs.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } + "]")
                }
            }
        }
    }

    /// A long text is escaped a piece at a time: escapes and multi-byte scalars that fall on
    /// either side of a piece's end come out as in a short string.
    @Test func aLongTextIsEscapedAcrossItsPieces() throws {
        let specials = ["\"", "\n", "\u{1B}", "\u{85}", "é", "\u{202E}", "…", "😀"]
        for special in specials {
            for shift in 0..<4 {
                let head = String(repeating: "a", count: JSONWriter.stringPiece - 2 + shift)
                let tail = String(repeating: "b", count: 2 * JSONWriter.stringPiece)
                let s = head + special + tail + special
                var expected = JSONWriter()
                expected.string(special)
                let escaped = String(expected.output.dropFirst().dropLast())
                let w = try Self.roundTrip(s)
                #expect(w.output == "[\"" + head + escaped + tail + escaped + "\"]")
            }
        }
    }

    @Test func numbersAndNestingBeyondSixtyFourLevels() throws {
        var w = JSONWriter()
        for _ in 0..<70 { w.beginArray() }
        for n in [0, 7, -1, 10, 1_000_000, Int.max, Int.min] { w.int(n) }
        for _ in 0..<70 {
            w.endArray()
            w.int(1)
        }
        let expected =
            String(repeating: "[", count: 70) + "0,7,-1,10,1000000,\(Int.max),\(Int.min)"
            + String(repeating: "],1", count: 70)
        #expect(w.output == expected)
    }

    /// Numbers are counted before they are written: every boundary between digit counts, and
    /// keys of every length the copy handles apart (under 4, 4 to 7, 8 to 16, longer), alone or
    /// with their number, come out as String(n) and the key's own text.
    @Test func numbersAtEveryPowerOfTenAndKeysOfEveryLength() throws {
        var numbers: [Int] = [0, Int.max, Int.min, Int.min + 1]
        var p = 1
        for _ in 0..<18 {
            p *= 10
            numbers += [p - 1, p, -(p - 1), -p]
        }
        var w = JSONWriter()
        w.beginArray()
        for n in numbers { w.int(n) }
        w.endArray()
        #expect(w.output == "[" + numbers.map(String.init).joined(separator: ",") + "]")
        var o = JSONWriter()
        o.beginObject()
        o.field("end", 5)
        o.field("text", nil as Int?)
        o.field("value", -12)
        o.field("canonical", 123_456_789_012)
        o.field("published_source", Int.min)
        o.field("seventeen_letters", 17)
        o.key("published")
        o.int(0)
        o.field("url", "x")
        o.endObject()
        #expect(
            o.output
                == #"{"end":5,"text":null,"value":-12,"canonical":123456789012,"published_source":\#(Int.min),"seventeen_letters":17,"published":0,"url":"x"}"#
        )
    }

    @Test func escapesAreTheUsualShortOnes() {
        var w = JSONWriter()
        w.string("a\"b\\c\nd\re\tf\u{1B}g\u{202E}h")
        #expect(w.output == #""a\"b\\c\nd\re\tf\u001bg\u202eh""#)
    }
}
