import Testing

@testable import BylineNLP

/// Ordinary words the tagger may propose as names: sentence openers, shouted words, acronyms of
/// common nouns, parts of addresses and file names; and names of storms and craft.
@Suite struct EntityOrdinaryWordsTests {
    /// The token indices of `word` in `doc`, in text order.
    static func indices(_ doc: Document, _ word: String) -> [Int] {
        doc.tokens.indices.filter { doc.string(token: $0) == word }
    }

    static func isOrdinary(_ text: String, _ word: String, occurrence: Int = 0) -> Bool {
        let doc = Document(text)
        let features = EntityFeatures(doc, gazetteer: .standard)
        let i = indices(doc, word)[occurrence]
        var midSentence: TokenSet?
        return EntityMentionCleanup.isOrdinaryWord(i..<(i + 1), doc, features, midSentence: &midSentence)
    }

    @Test func anAdverbOrCommonWordOpeningASentenceIsNoName() {
        #expect(Self.isOrdinary("We ate there twice. Luckily I live very close.", "Luckily"))
        #expect(Self.isOrdinary("They are out of business. Nice people, I hear.", "Nice") == false)
        #expect(Self.isOrdinary("The cabins are clean. Service was quick.", "Service"))
    }

    @Test func aSentenceOpenerTheTextAlsoCapitalisesMidSentenceIsKept() {
        let text = "Bush nominated a judge. The judge thanked Bush on Friday."
        #expect(Self.isOrdinary(text, "Bush") == false)
        #expect(Self.isOrdinary("Bush nominated a judge. The bush was green.", "Bush"))
    }

    @Test func aShoutedCommonWordIsNoNameButALoneAcronymIs() {
        #expect(Self.isOrdinary("Give every person a massage, CALL TODAY AND SCHEDULE.", "CALL"))
        #expect(Self.isOrdinary("Ann Chiang of DAB was elected.", "DAB") == false)
        #expect(Self.isOrdinary("It was the day the US sent troops.", "US") == false)
    }

    @Test func aNameGluedIntoAnAddressOrFileNameIsNoName() {
        let doc = Document("Write to Kevin.A.Boone@accenture.com or open Lisa_resume.doc today, Lisa said.")
        let kevin = Self.indices(doc, "Kevin")[0]
        let lisa = Self.indices(doc, "Lisa")
        #expect(EntityMentionCleanup.isInAddress(kevin..<(kevin + 1), doc))
        #expect(EntityMentionCleanup.isInAddress(lisa[0]..<(lisa[0] + 1), doc))
        #expect(EntityMentionCleanup.isInAddress(lisa[1]..<(lisa[1] + 1), doc) == false)
    }

    @Test func anAcronymOfACommonNounIsNoName() {
        let doc = Document("Since the IPO of Brannock Keel, the LNG unit and the ICU have grown.")
        let ipo = Self.indices(doc, "IPO")[0]
        let name = Self.indices(doc, "Brannock")[0]
        #expect(EntityMentionCleanup.isCommonAcronym(ipo..<(ipo + 1), doc))
        #expect(EntityMentionCleanup.isCommonAcronym(name..<(name + 1), doc) == false)
        let names = EntityRecognizer.standard.recognize(doc).map(\.text)
        #expect(names.filter { ["IPO", "LNG", "ICU"].contains($0) }.isEmpty)
    }

    @Test func aCapitalLetterAloneIsNoName() {
        let doc = Document("When Z happens after X, J. Smith of N / A said so.")
        let z = Self.indices(doc, "Z")[0]
        let initial = Self.indices(doc, "J.")[0]
        #expect(EntityMentionCleanup.isLetter(z..<(z + 1), doc))
        #expect(EntityMentionCleanup.isLetter(initial..<(initial + 1), doc) == false)
        #expect(EntityMentionCleanup.isLetter(initial..<(initial + 2), doc) == false)
        let names = EntityRecognizer.standard.recognize(doc).map(\.text)
        #expect(names.filter { $0.count == 1 }.isEmpty)
        #expect(names.contains("J. Smith"))
    }

    @Test func aRomanNumeralAloneIsNoName() {
        let doc = Document("XI JINGWEI VISITS TARVIK\n\nThe rules under section VII changed.")
        let seven = Self.indices(doc, "VII")[0]
        let xi = Self.indices(doc, "XI")[0]
        #expect(EntityMentionCleanup.isRomanNumeral(seven..<(seven + 1), doc))
        // Among capitals it may be a name.
        #expect(EntityMentionCleanup.isRomanNumeral(xi..<(xi + 1), doc) == false)
    }

    @Test func aStormOrACraftIsNoPersonInAnyMention() {
        let text =
            "Oil rose as Hurricane Rita neared Texas. Rita was extremely dangerous, the centre said. "
            + "Space Shuttle Atlantis landed in Florida, and Atlantis will go on display. Mayor Ann Tolliver spoke."
        let doc = Document(text)
        let found = EntityRecognizer.standard.recognize(doc).map(\.text)
        #expect(found.filter { $0.hasSuffix("Rita") || $0.hasSuffix("Atlantis") }.isEmpty)
        #expect(found.contains("Texas"))
        #expect(found.contains("Ann Tolliver"))
        let rita = Self.indices(doc, "Rita")
        #expect(EntityEvidence.isStormOrCraft(rita[0]..<(rita[0] + 1), doc))
        #expect(EntityEvidence.isStormOrCraft(rita[1]..<(rita[1] + 1), doc) == false)
        let hurricane = Self.indices(doc, "Hurricane")[0]
        #expect(EntityEvidence.isStormOrCraft(hurricane..<(hurricane + 2), doc))
    }

    @Test func theRecognizerDropsThemAndKeepsTheNames() {
        let doc = Document(
            "Luckily the Acme team met Lisa Brown on Monday. Send Lisa_resume.doc to Kevin.A.Boone@accenture.com today."
        )
        let names = EntityRecognizer.standard.recognize(doc).map(\.text)
        #expect(!names.contains("Luckily"))
        #expect(names.contains("Lisa Brown"))
        #expect(names.filter { $0 == "Lisa" || $0 == "Kevin" }.isEmpty)
    }
}
