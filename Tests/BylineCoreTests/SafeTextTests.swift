import Testing

@testable import BylineCore

@Suite struct SafeTextTests {
    @Test func escapeSequencesBecomeVisibleAndInert() {
        let hostile = "Title\u{1B}]0;pwned\u{07} and \u{1B}[2J\u{1B}[31mred\u{1B}P1$r\u{1B}\\"
        let safe = SafeText(hostile)
        #expect(safe.text == "Title␛]0;pwned␇ and ␛[2J␛[31mred␛P1$r␛\\")
        #expect(!safe.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func c1ControlsDelAndBidiOverridesArePlaceholders() {
        let safe = SafeText("a\u{9B}31m b\u{7F} c\u{202E}evil\u{202C} d")
        #expect(safe.text == "a<U+009B>31m b␡ c<U+202E>evil<U+202C> d")
    }

    @Test func shapingAndAnnotationControlsArePlaceholders() {
        let safe = SafeText("d\u{206A}e\u{FFF9}f\u{FFFB}")
        #expect(safe.text == "d<U+206A>e<U+FFF9>f<U+FFFB>")
        // A non-joiner that shapes a word is kept.
        #expect(SafeText("می\u{200C}خواهم").text == "می\u{200C}خواهم")
        #expect(!SafeText.needsChange("می\u{200C}خواهم"))
    }

    /// Characters that draw nothing are dropped, not shown as placeholders or replacement
    /// characters, and the offsets around them still lead to the right characters.
    @Test func invisibleCharactersAreDropped() {
        let cases = [
            ("a\u{200E}b\u{200F}c\u{061C}d", "abcd"), ("x \u{2066}y\u{2069} \u{2067}z\u{2068}.", "x y z."),
            ("zero\u{200B}width", "zerowidth"), ("co\u{AD}operate", "cooperate"), ("\u{FEFF}Title", "Title"),
            ("word\u{2060}joiner", "wordjoiner"), ("क्\u{200D}ष", "क्ष"), ("\u{200C}one\n\u{200C}two", "one\ntwo"),
        ]
        for (original, shown) in cases {
            #expect(SafeText.needsChange(original))
            let safe = SafeText(original)
            #expect(safe.text == shown)
            #expect(SafeText.sanitize(original) == shown)
            // The last character keeps its place both ways.
            let last = original.unicodeScalars.count - 1
            #expect(safe.originalOffset(safe.displayOffset(last)) == last)
        }
        // Invisible characters between the marks of a flood do not restart the count.
        let flood = "o" + String(repeating: "\u{301}\u{200B}", count: 20)
        #expect(SafeText(flood).text == "o" + String(repeating: "\u{301}", count: SafeText.maxMarks))
    }

    @Test func anEmojiSequenceShowsAsItsEmojiSideBySide() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        let original = "A \(family) and 🏳\u{FE0F}\u{200D}🌈 said"
        #expect(SafeText.needsChange(original))
        let safe = SafeText(original)
        #expect(safe.text == "A 👨👩👧👦 and 🏳\u{FE0F}🌈 said")
        #expect(Array(safe.text).count == Array("A 👨👩👧👦 and 🏳️🌈 said").count)
        // "said" and each emoji keep their places both ways.
        let said = original.unicodeScalars.count - 4
        #expect(safe.originalOffset(safe.displayOffset(said)) == said)
        #expect(safe.displayRange(2..<9) == 2..<6)
        #expect(safe.originalOffset(3) == 4)
    }

    @Test func plainTextIsUnchangedWithIdentityMap() {
        let s = "Mr Blinken said “hello” — naïve café 東京\nsecond line"
        let safe = SafeText(s)
        #expect(safe.text == s)
        let n = s.unicodeScalars.count
        for k in 0...n { #expect(safe.displayOffset(k) == k) }
        #expect(SafeText.sanitize(s) == s)
    }

    @Test func tabsExpandToTabStops() {
        #expect(SafeText("a\tb").text == "a       b")
        #expect(SafeText("abcdefgh\tc", tabWidth: 4).text == "abcdefgh    c")
        #expect(SafeText("x\n\ty", tabWidth: 4).text == "x\n    y")
    }

    @Test func lineBreaksForOneLineViews() {
        #expect(SafeText("a\r\nb\rc\nd", lineBreaks: .space).text == "a b␍c d")
        #expect(SafeText("a\r\nb", lineBreaks: .keep).text == "a\nb")
    }

    @Test func highlightsMoveWithPlaceholders() {
        // "Jean Lee" sits after an OSC sequence, a tab and a bidi override.
        let original = "\u{1B}]2;x\u{07}\t\u{202E}Jean Lee said"
        let scalars = Array(original.unicodeScalars)
        let start = scalars.firstIndex(of: "J")!
        let safe = SafeText(original)
        let r = safe.displayRange(start..<(start + 8))
        let shown = Array(safe.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(shown[r])) == "Jean Lee")
        // A highlight covering the override covers its whole placeholder.
        let o = safe.displayRange((start - 1)..<start)
        #expect(String(String.UnicodeScalarView(shown[o])) == "<U+202E>")
    }

    @Test func displayOffsetsMapBackToTheScalarTheyShow() {
        let original = "a\tb\u{1B}c\u{202D}d\r\ne"
        let safe = SafeText(original, tabWidth: 4)
        let shown = Array(safe.text.unicodeScalars)
        #expect(safe.displayCount == shown.count)
        let scalars = Array(original.unicodeScalars)
        // A dropped carriage return shows nothing, so no display offset maps back to it.
        for k in scalars.indices where scalars[k] != "\r" {
            #expect(safe.originalOffset(safe.displayOffset(k)) == k)
        }
        // Every cell of the expanded tab points back at the tab.
        for d in 1..<4 { #expect(safe.originalOffset(d) == 1) }
        #expect(safe.originalOffset(shown.count) == original.unicodeScalars.count)
    }

    @Test func mapIsMonotoneAndBoundedOnOddInput() {
        var original = String.UnicodeScalarView()
        for v in [0, 7, 9, 10, 13, 27, 65, 127, 128, 155, 159, 160, 0x202A, 0x2069, 0x1F600] {
            original.append(Unicode.Scalar(UInt32(v))!)
        }
        let safe = SafeText(String(original))
        var last = 0
        for k in 0...original.count {
            let d = safe.displayOffset(k)
            #expect(d >= last && d <= safe.displayCount)
            last = d
        }
        #expect(safe.displayOffset(-5) == 0)
        #expect(safe.displayOffset(10_000) == safe.displayCount)
        #expect(SafeText("").text == "")
    }
}

@Suite struct SafeTextMarkFloodTests {
    @Test func aFloodOfCombiningMarksIsCutAndOffsetsStillMap() {
        let flood = "Zo" + String(repeating: "\u{0301}", count: 1_000) + "e said"
        let safe = SafeText(flood)
        #expect(safe.text == "Zo" + String(repeating: "\u{0301}", count: SafeText.maxMarks) + "e said")
        #expect(SafeText.sanitize(flood) == safe.text)
        // "said" keeps its place in both directions.
        let said = flood.unicodeScalars.count - 4
        let shown = safe.displayOffset(said)
        #expect(String(String.UnicodeScalarView(Array(safe.text.unicodeScalars)[shown...])) == "said")
        #expect(safe.originalOffset(shown) == said)
    }

    @Test func stackedMarksOfRealScriptsAreKept() {
        let vietnamese = "Nguyễn Phú Trọng"
        #expect(SafeText(vietnamese).text == vietnamese)
        #expect(!SafeText.needsChange("e\u{0301}\u{0323}"))
    }

    /// ASCII text is judged byte by byte: only its controls and DEL need a change, as for the
    /// same scalars in longer, non-ASCII text.
    @Test func asciiNeedsAChangeOnlyForControls() {
        for b in UInt8(0)..<0x80 {
            let s = "plain " + String(UnicodeScalar(b)) + " text"
            let control = b < 0x20 || b == 0x7F
            #expect(SafeText.needsChange(s) == control, "\(b)")
            #expect(SafeText.needsChange(s + " é") == control, "\(b)")
            #expect(SafeText.needsChange(s) == (SafeText(s, lineBreaks: .space).text != s), "\(b)")
        }
        #expect(!SafeText.needsChange(""))
    }
}
