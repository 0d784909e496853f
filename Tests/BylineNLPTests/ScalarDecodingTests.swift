import Testing

@testable import BylineNLP

@Suite struct ScalarDecodingTests {
    /// Texts whose ASCII runs of every length up to 17 end next to scalars of two, three and
    /// four UTF-8 bytes, so each one lands on every position of an eight-byte block.
    static let texts: [String] = (0...17).flatMap { run -> [String] in
        let ascii = String(repeating: "Ab1 ", count: 5).prefix(run)
        return ["é", "€", "🇰🇷", "\u{0301}"].map { "\(ascii)\($0)\(ascii)\($0)\(ascii)" }
    }

    @Test func decodesAsTheStringsScalarsAtEveryLimit() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            #expect([Unicode.Scalar](scalarsOf: text) == scalars)
            for limit in 0...scalars.count {
                #expect([Unicode.Scalar](scalarsOf: text, limit: limit) == Array(scalars.prefix(limit)))
            }
        }
    }

    @Test func lettersBeyondASCIIShapeTokensAsASCIIOnesDo() {
        let doc = Document("Édouard ÉCOLE école\u{00A0}Øre\u{2003}ÆØ")
        let words = doc.tokens.indices.map { doc.string(token: $0) }
        #expect(words == ["Édouard", "ÉCOLE", "école", "Øre", "ÆØ"])
        let t = doc.tokens
        #expect(t[0].has(.capitalized) && t[0].has(.hasLower) && !t[0].has(.allCaps))
        #expect(t[1].has(.capitalized) && t[1].has(.allCaps) && !t[1].has(.hasLower))
        #expect(!t[2].has(.capitalized) && t[2].has(.hasLower))
        #expect(t[2].has(.spaceAfter) && t[3].has(.spaceBefore) && t[4].has(.allCaps))
    }

    /// Slices of every length around a small string's fifteen bytes, in ASCII and in scalars of
    /// two, three and four bytes, combining marks and CJK: the capacity counted for a short
    /// string must hold all of it.
    @Test func encodesEverySliceAsTheStringsOwnScalars() {
        let texts = [
            "Erdoğan met Kılıçdaroğlu", "習近平與文在寅會談", "Cafe\u{0301} Zoe\u{0308}", "🇰🇷🇺🇸 talks", "Antony Blinken said",
        ]
        for text in texts + Self.texts {
            let scalars = Array(text.unicodeScalars)
            for a in scalars.indices {
                for b in a...min(scalars.count, a + 20) {
                    var expected = String.UnicodeScalarView()
                    expected.append(contentsOf: scalars[a..<b])
                    let made = String(scalars: scalars[a..<b])
                    #expect(made == String(expected) && made.utf8.elementsEqual(String(expected).utf8))
                }
            }
        }
    }

    /// A name's text, whitespace runs collapsed, is the same however long and wide its scalars.
    @Test func namesTextsCollapseSpacesInAnyScript() {
        let cases = [
            ("Recep  Tayyip\nErdoğan", "Recep Tayyip Erdoğan"), ("習近平 主席", "習近平 主席"),
            ("Zoe\u{0308}  Li", "Zoe\u{0308} Li"),
            ("Kim Jong Un", "Kim Jong Un"), ("Ban   Ki-moon", "Ban Ki-moon"), ("Ai", "Ai"),
        ]
        for (text, name) in cases {
            let doc = Document(text)
            #expect(EntityNames.text(doc, 0..<doc.tokens.count) == name)
        }
    }
}
