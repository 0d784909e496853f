import Testing

@testable import BylineNLP

/// Names are cut, searched and hashed on their bytes when ASCII and as `Character`s or scalars
/// otherwise; both ways must give what the `Character` and scalar forms give.
@Suite struct NameBytesTests {
    static let names = [
        "", " ", "Obama", "Barack Obama", " Barack  Obama ", "Aung San Suu Kyi", "Recep Tayyip Erdoğan",
        "Erdoğan", "A \u{301}B", "e\u{301} Lee", "Jean\r\nLee", "Ms\tLinda Thomas-Greenfield", "SAID", "ÉLYSÉE Palace",
        "İstanbul Ünal", "Kim Jong Un’s", "\"Bobby\" Scott",
    ]

    @Test(arguments: names) func wordsAreTheSpaceSeparatedPieces(name: String) {
        #expect(name.spaceSeparated() == name.split(separator: " "))
        #expect(name.hasSpace == name.contains(" " as Character))
        #expect(name.firstWord == name.split(separator: " ").first)
        #expect(name.lastWord == name.split(separator: " ").last)
    }

    @Test(arguments: names) func lowercaseHashesAgreeWithTheScalarHash(name: String) {
        var h = TokenHash.offset
        for u in name.unicodeScalars { h = TokenHash.combine(h, ScalarClass.lower(u).value) }
        #expect(TokenHash.lower(name) == h)
        for word in name.spaceSeparated() {
            var w = TokenHash.offset
            for u in word.unicodeScalars { w = TokenHash.combine(w, ScalarClass.lower(u).value) }
            #expect(TokenHash.lower(word) == w)
        }
    }

    @Test func endingWordsAreTheSuffixAfterASpace() {
        for long in Self.names + ["Ki-moon", "Ban Ki-moon", "Mr Suu Kyi", "Caf\u{E9} Lee", "Cafe\u{301} Lee"] {
            for short in Self.names + ["Suu Kyi", "Kyi", "Lee", "\u{301}B", "B"] {
                #expect(long.endsWithWords(short) == long.hasSuffix(" " + short), "\(long) / \(short)")
            }
        }
    }

    @Test(
        arguments: names + ["Chris Christie Calls Hillary Clinton", "Obama Says", "Says Obama", "NBC's Dante Chinni"])
    func aNameReadAsUntrimmedIsItsOwnTrimmedForm(name: String) {
        if SpeakerResolver.isUntrimmed(name) { #expect(SpeakerResolver.trimmedName(name) == name) }
    }

    @Test func untrimmedNamesAreReadOnTheirBytes() {
        #expect(SpeakerResolver.isUntrimmed("Barack Obama"))
        #expect(SpeakerResolver.isUntrimmed("Says Obama"))
        #expect(!SpeakerResolver.isUntrimmed("Obama Says"))
        #expect(!SpeakerResolver.isUntrimmed("Chris Christie Calls Hillary Clinton"))
        #expect(!SpeakerResolver.isUntrimmed(" Barack  Obama "))
        #expect(!SpeakerResolver.isUntrimmed("Barack  Obama"))
        #expect(!SpeakerResolver.isUntrimmed("NBC's Dante Chinni"))
        #expect(!SpeakerResolver.isUntrimmed("\"Bobby\" Scott"))
        #expect(!SpeakerResolver.isUntrimmed("Recep Tayyip Erdoğan"))
        #expect(!SpeakerResolver.isUntrimmed(""))
    }

    @Test func longerFormsOfANameAreFound() {
        #expect(SpeakerResolver.isLongerForm("Aung San Suu Kyi", of: "Suu Kyi"))
        #expect(SpeakerResolver.isLongerForm("Loretta E. Lynch", of: "Loretta Lynch"))
        #expect(!SpeakerResolver.isLongerForm("Loretta Lynch", of: "Loretta Lynch"))
        #expect(!SpeakerResolver.isLongerForm("Erdoğan", of: "Erdoğan"))
        #expect(!SpeakerResolver.isLongerForm("Suu Kyi", of: "Aung San Suu Kyi"))
        #expect(!SpeakerResolver.isLongerForm("Loretta E. Smith", of: "Loretta Lynch"))
    }

    @Test func trimmedNamesKeepTheNameOrCutIt() {
        #expect(SpeakerResolver.trimmedName("Barack Obama") == "Barack Obama")
        #expect(SpeakerResolver.trimmedName(" Barack  Obama ") == "Barack Obama")
        #expect(SpeakerResolver.trimmedName("Obama Says") == "Obama")
        #expect(SpeakerResolver.trimmedName("Donald Trump’s “self-centered") == "Donald Trump")
        #expect(SpeakerResolver.trimmedName("NBC’s Dante Chinni") == "Dante Chinni")
        #expect(
            SpeakerResolver.trimmedName("Chris Christie Calls Hillary Clinton", mention: "Clinton") == "Hillary Clinton"
        )
        #expect(SpeakerResolver.trimmedName("Recep Tayyip Erdoğan", mention: "Erdoğan") == "Recep Tayyip Erdoğan")
    }
}
