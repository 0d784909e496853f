import BylineNLP
import Testing

@testable import BylineCore

/// Spans cut from the UTF-8 bytes of an ASCII text and from the scalars of any other text are
/// the spans of the text's scalars, offsets clamped the same way.
@Suite struct ScalarSpansTests {
    func reference(_ text: String, _ a: Int32, _ b: Int32) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let s = max(0, min(Int(a), scalars.count))
        let e = max(s, min(Int(b), scalars.count))
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars[s..<e])
        return TextSpan(start: s, end: e, text: String(cut))
    }

    @Test func spansEqualTheScalarsSpansInEveryText() {
        let texts = [
            "", "a", "Plain ASCII text, \"quoted\" and\r\nwith a CRLF.", "Erdoğan said \u{201C}yes\u{201D} 👍🏽 e\u{301}",
            String(repeating: "eight by", count: 9) + "é", "1234567", "12345678",
            // Longer than several marks, with scalars of every length across eight-byte words.
            String(repeating: "ab\u{E9}cd\u{4E2D}e\u{1F600}fgh ", count: 40), "é" + String(repeating: "x", count: 200),
        ]
        var random = SplitMix64(seed: 5)
        for text in texts {
            let spans = ScalarSpans(text)
            #expect(spans.count == text.unicodeScalars.count)
            for _ in 0..<300 {
                let a = Int32(random.below(spans.count + 6)) - 3
                let b = Int32(random.below(spans.count + 6)) - 3
                #expect(spans.span(a, b) == reference(text, a, b), "\(text) \(a) \(b)")
            }
        }
    }

    @Test func onlyPlainASCIIIsCutFromBytes() {
        #expect(ScalarSpans.isASCII("Plain text, eight+ bytes\r\n"))
        #expect(!ScalarSpans.isASCII("Plain text, eight+ bytes then é"))
        #expect(!ScalarSpans.isASCII("é"))
        #expect(ScalarSpans.isASCII(""))
    }
}
