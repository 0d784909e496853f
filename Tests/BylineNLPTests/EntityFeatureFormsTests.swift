import Testing

@testable import BylineNLP

/// Word shapes and affixes are read from the scalars with ranges for ASCII and Unicode's
/// properties beyond it; both must give what the properties alone give.
@Suite struct EntityFeatureFormsTests {
    static let texts = [
        "Zürich and the ÉLYSÉE met O'Neill-Smith at 10:30 on 1,000 days.",
        "日本 İstanbul ǅemal e\u{301}te Ωmega ﬁne ½ ١٢٣ Ünal’s “Café” ÅB.",
        "Supercalifragilisticexpialidocious-and-more-letters AAAAaaaa1111---",
        "U.S. Mr. IBM's X-Men £5 $10bn 3D 2022-01-13 ...",
        // The same word in other cases and kinds.
        "Zürich said Zürich's ZÜRICH said, and Zürich said: \"said\" 's 's 1990s 1990 1990s.",
    ]

    /// The shape by Unicode's properties: X for uppercase, x for any other letter or mark, d for
    /// an ASCII digit, else the scalar itself; runs longer than two counted once, 25 scalars at most.
    static func shape(of word: Substring.UnicodeScalarView) -> (UInt64, Bool) {
        var h = TokenHash.offset
        var last: UInt32 = 0
        var run = 0
        var plain = true
        for u in word.prefix(25) {
            let p = u.properties
            let c: UInt32
            if p.isUppercase {
                c = 0x58
                plain = false
            } else if (p.isLowercase || p.isAlphabetic || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark) && u.value != 0x2019 && u.value != 0xA0
            {
                c = 0x78
            } else if u.value >= 0x30 && u.value <= 0x39 {
                c = 0x64
            } else {
                c = u.value
            }
            run = c == last ? run + 1 : 1
            last = c
            if run <= 2 { h = TokenHash.combine(h, c) }
        }
        return (h, plain)
    }

    /// The lowercase hash of the first or last three scalars of a word of four or more.
    static func affix(of word: Substring.UnicodeScalarView, _ kind: Token.Kind, prefix: Bool) -> UInt64 {
        guard kind == .word, word.count > 3 else { return 0 }
        var h = TokenHash.offset
        for u in prefix ? Array(word.prefix(3)) : Array(word.suffix(3)) {
            h = TokenHash.combine(h, ScalarClass.lower(u).value)
        }
        return h
    }

    @Test(arguments: texts) func formsAgreeWithUnicodeProperties(text: String) {
        let doc = Document(text)
        let forms = EntityFeatures.forms(doc)
        #expect(forms.count == doc.tokens.count)
        for (t, form) in zip(doc.tokens, forms) {
            let word = Substring(doc.string(Int(t.start), Int(t.end))).unicodeScalars
            let (shape, plain) = Self.shape(of: word)
            #expect(form.shape == shape, "\(String(word))")
            #expect(form.plain == plain, "\(String(word))")
            #expect(form.prefix == Self.affix(of: word, t.kind, prefix: true), "\(String(word))")
            #expect(form.suffix == Self.affix(of: word, t.kind, prefix: false), "\(String(word))")
        }
    }

    @Test func shapesTellCaseDigitsAndSymbolsApart() {
        let forms = EntityFeatures.forms(Document("Zürich ZÜRICH zürich 1996 Berlin"))
        #expect(forms[0].shape == Self.shape(of: Substring("Xxxxxx").unicodeScalars).0)
        #expect(forms[0].shape == forms[4].shape)
        #expect(forms[1].shape != forms[0].shape && forms[2].shape != forms[0].shape)
        #expect(forms[3].shape == Self.shape(of: Substring("0000").unicodeScalars).0)
        #expect(!forms[0].plain && !forms[1].plain && forms[2].plain && forms[3].plain)
        #expect(forms[0].prefix == forms[1].prefix && forms[0].prefix == forms[2].prefix)
        #expect(forms[0].suffix == forms[1].suffix && forms[0].prefix != forms[4].prefix)
    }
}
