import BylineNLP
import Testing

@testable import BylineCore

/// A person's merging key is the last word of the name: found from the end in an ASCII name,
/// it must be the word `split(separator: " ")` gives last.
@Suite struct NameKeyTests {
    @Test func lastWordIsTheLastOfTheSplitWords() {
        let names = [
            "Antony Blinken", "Blinken", " Blinken ", "Kim  Jong Un", "", " ", "   ", "Jean Lee\r\n", "a b",
            "Recep Tayyip Erdoğan", "Name \u{301}mark", "X \u{301}",
        ]
        for name in names {
            #expect(name.lastWord == name.split(separator: " ").last, "\(name.debugDescription)")
        }
        let alphabet = Array("ab \r\n".unicodeScalars)
        var random = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { scalars.append(alphabet[random.below(alphabet.count)]) }
            let name = String(scalars)
            #expect(name.lastWord == name.split(separator: " ").last, "\(name.debugDescription)")
        }
    }
}
