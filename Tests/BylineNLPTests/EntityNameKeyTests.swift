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
}
