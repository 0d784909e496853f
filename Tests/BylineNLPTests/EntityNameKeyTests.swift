import Testing

@testable import BylineNLP

/// Organisation and place names in plain ASCII words are split at their spaces instead of being
/// tokenized through a `Document`; both must give the same words, so the same collection keys.
@Suite struct EntityNameKeyTests {
    /// The words `clean` gives through a `Document`, the reference for the plain-word reading.
    func documentWords(_ name: String, _ type: EntityType) -> [Substring] {
        EntityNames.clean(name, type: type).split(separator: " ")
    }

    @Test func plainNamesAreReadWithoutADocumentAndGiveTheSameWords() {
        let names = [
            "Bank of England", "The Hague", "the", "The", "THE Guardian", "Theresa May Group", "G8", "3M",
            "BBC News-24", "Rolls-Royce", "UN Security Council", "DPRK", "US", "Us", "theatre Royal",
            "A-1 Motors", "9-11 Commission",
        ]
        for name in names {
            #expect(EntityNames.plainWords(name) != nil, "\(name)")
            for type in [EntityType.organization, .place] {
                #expect(EntityNames.cleanWords(name, type: type) == documentWords(name, type), "\(name)")
            }
        }
    }

    @Test func otherNamesStillGoThroughADocument() {
        let names = [
            "U.S.", "Reuters'", "Reuters's", "AT&T", " Leading", "Trailing ", "two  spaces", "-dash", "dash-",
            "double--hyphen", "Erdoğan", "O'Brien", "Mr. Smith", "", "The ", "line\nbreak",
        ]
        for name in names {
            #expect(EntityNames.plainWords(name) == nil, "\(name)")
        }
    }

    @Test func randomPlainNamesGiveTheDocumentsWords() {
        let alphabet = Array("aTheE9-- -  ".unicodeScalars)
        var random = SplitMix64(seed: 17)
        var plain = 0
        for _ in 0..<5000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + random.below(14)) { scalars.append(alphabet[random.below(alphabet.count)]) }
            let name = String(scalars)
            if EntityNames.plainWords(name) != nil { plain += 1 }
            for type in [EntityType.organization, .place] {
                #expect(EntityNames.cleanWords(name, type: type) == documentWords(name, type), "\(name)")
            }
        }
        #expect(plain > 500)
    }

    @Test func peopleKeepTheirTitlesDropped() {
        #expect(EntityNames.plainWords("President Joe Biden") != nil)
        #expect(EntityNames.cleanWords("President Joe Biden", type: .person) == ["Joe", "Biden"])
    }

    /// Words with and without periods, ASCII and not, with a combining mark after a period
    /// (one character with it, so not a period) and a CRLF (one character of two bytes).
    static let words = [
        "U.S.", "US", "U.N", "Erdoğan", "Erdog\u{306}an", "a.\u{301}b", "Inc.", "...", "", "ab\r\ncd", "abcd", "abc",
        "ab\u{301}c", "é.é.", "Ab.Cd.Ef",
    ]

    @Test func periodsAndLengthAreThoseOfTheWordsCharacters() {
        for word in Self.words {
            #expect(EntityNames.withoutPeriods(word) == String(word.filter { $0 != "." }), "\(word)")
            #expect(EntityNames.isLong(word) == (word.count > EntityNameWords.shortWord), "\(word)")
        }
    }

    @Test func foldedASCIIIsTheScalarFold() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(12) { scalars.append(Unicode.Scalar(UInt8(random.below(128)))) }
            let word = String(scalars)
            var reference = String.UnicodeScalarView()
            for u in word.unicodeScalars { reference.append(Unicode.Scalar(EntityNameWords.fold(u))!) }
            #expect(EntityNameWords.folded(word) == String(reference), "\(word.debugDescription)")
        }
        #expect(EntityNameWords.folded("Erdoğan") == "erdogan")
    }
}
