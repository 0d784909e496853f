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
}
