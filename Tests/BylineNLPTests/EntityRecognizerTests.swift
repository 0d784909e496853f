import Testing

@testable import BylineNLP

@Suite struct EntityRecognizerTests {
    func names(_ text: String) -> [EntityMention] { EntityRecognizer.standard.recognize(Document(text)) }

    /// The mentions of `type` as scalar ranges.
    func spans(_ text: String, _ type: EntityType) -> [Range<Int>] {
        names(text).filter { $0.type == type }.map { $0.start..<$0.end }
    }

    @Test func theShippedModelLoads() {
        #expect(EntityModel.standard != nil)
        #expect(EntityRecognizer.standard.tagger != nil)
    }

    @Test func findsPeopleWithoutTheirTitlesOrPossessives() {
        let m = EntityMarkers(
            "The talks were led by Ms 1️⃣Maria Okonkwo-Baptiste2️⃣, who told reporters that 3️⃣Kim Jong Un4️⃣'s envoy had left Geneva."
        )
        let people = spans(m.text, .person)
        #expect(people.contains(m.span(1, 2)))
        #expect(people.contains(m.span(3, 4)))
    }

    @Test func findsPlacesAndOrganisationsInMixedCaseNews() {
        let m = EntityMarkers(
            "Officials from the 1️⃣European Commission2️⃣ flew to 3️⃣Nairobi4️⃣ on Monday to meet ministers from 5️⃣Kenya6️⃣.")
        #expect(spans(m.text, .organization).contains(m.span(1, 2)))
        #expect(spans(m.text, .place).contains(m.span(3, 4)))
        #expect(spans(m.text, .place).contains(m.span(5, 6)))
    }

    @Test func readsAllCapsHeadlinesAndDatelines() {
        let m = EntityMarkers("1️⃣PARIS2️⃣ (3️⃣REUTERS4️⃣) - The French government said on Tuesday it would raise taxes.")
        #expect(spans(m.text, .place).contains(m.span(1, 2)))
        #expect(spans(m.text, .organization).contains(m.span(3, 4)))
    }

    @Test func socialNetworksAreNotPeople() {
        let text = "\"We will not back down,\" she said in a post on Twitter. Join our Telegram channel for more news."
        let people = names(text).filter { $0.type == .person }.map(\.text)
        #expect(!people.contains("Twitter"))
        #expect(!people.contains("Telegram"))
    }

    @Test func nationalitiesAndTitlesAloneAreNotNames() {
        let found = names("North Koreans crossed the river, and Ms said nothing while the Germans watched.").map(\.text)
        #expect(!found.contains("North Koreans"))
        #expect(!found.contains("Ms"))
        #expect(!found.contains("Germans"))
    }

    @Test func noNameCrossesAParagraphBreak() {
        let text =
            "The minister met John\n\nSmith said the talks in Oslo went well.\n\nNew York\n\nCity officials agreed."
        for m in names(text) {
            #expect(!m.text.contains("\n"), "\(m.text) crosses a line")
        }
    }

    @Test func spanTextsSliceTheText() {
        let text = "Mr Blinken met Ms Linda Thomas-Greenfield in Washington before flying to Seoul."
        let scalars = Array(text.unicodeScalars)
        for m in names(text) {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(slice) == m.text)
        }
    }

    @Test func hostileInputDoesNotCrash() {
        let inputs = [
            "", " ", "\n\n\n", "'s", "Mr", "Mr.", "\u{0}\u{1}\u{7F}", String(repeating: "A", count: 10_000),
            String(repeating: "Kim ", count: 2_000), "\"Unbalanced 'quotes “here", "🇰🇷 Seoul 🇰🇵 Pyongyang ̈́",
            String(repeating: "The United Nations Security Council ", count: 300),
        ]
        for text in inputs {
            let found = names(text)
            for m in found { #expect(m.start < m.end && m.end <= text.unicodeScalars.count) }
        }
    }
}

@Suite struct EntitySpanRepairTests {
    func names(_ text: String) -> [EntityMention] { EntityRecognizer.standard.recognize(Document(text)) }

    @Test func timeZonesAndLoneTitlesAreNotNames() {
        let found = names(
            "The shooting began at 10:39 a.m. local time (1639 UTC), and Ms said nothing. One MP told the BBC.")
        let texts = found.filter { $0.type != .date }.map(\.text)
        #expect(!texts.contains("UTC"))
        #expect(!texts.contains("Ms"))
        #expect(!texts.contains("MP"))
    }

    @Test func anAcronymAmongLowercaseWordsIsNoPerson() {
        let found = names("Pyongyang said the US ambassador to the UN, Ms Linda Thomas-Greenfield, was wrong.")
        #expect(!found.contains { $0.type == .person && ($0.text == "UN" || $0.text == "US") })
    }

    @Test func aBracketedShortFormIsItsOwnMention() {
        let m = EntityMarkers("Workers at 1️⃣General Motors2️⃣ (3️⃣GM4️⃣) walked out on Monday in Detroit.")
        let found = names(m.text)
        let spans = found.map { $0.start..<$0.end }
        #expect(spans.contains(m.span(1, 2)))
        #expect(spans.contains(m.span(3, 4)))
        #expect(!found.contains { $0.text.contains("(") })
        #expect(!found.contains { $0.type == .person && $0.text.contains("Motors") })
    }

    @Test func anEmployerAndAJobTitleAreCutFromThePerson() {
        let doc = Document("Orbex CEO Dana Whitfield")
        let split = EntityMentionCleanup.split(0..<4, type: .person, doc, EntityFeatures(doc, gazetteer: .standard))
        #expect(split.map(\.tokens) == [0..<1, 2..<4])
        #expect(split.map(\.type) == [.organization, .person])
    }

    @Test func aNameCutAtOfIsJoined() {
        let m = EntityMarkers("Steve Peers of the 1️⃣University of Essex2️⃣ spoke to reporters.")
        let found = names(m.text)
        #expect(!found.contains { $0.text == "University" })
    }
}

@Suite struct EntitySpanJoinTests {
    func doc(_ text: String) -> (Document, EntityFeatures) {
        let d = Document(text)
        return (d, EntityFeatures(d, gazetteer: .standard))
    }

    /// The mentions cleanup makes of hand-placed tagger spans (token ranges), as texts and types.
    func cleaned(_ text: String, _ spans: [(Range<Int>, EntityType)]) -> [String: EntityType] {
        let (d, f) = doc(text)
        var out: [String: EntityType] = [:]
        for m in EntityMentionCleanup.mentions(spans, d, f, gazetteer: .standard) {
            out[d.string(Int(d.tokens[m.tokens.lowerBound].start), Int(d.tokens[m.tokens.upperBound - 1].end))] = m.type
        }
        return out
    }

    @Test func aPlaceBeforeAnOrganisationIsPartOfIt() {
        // Tokens: The Veltrosian Air Force flew .
        let out = cleaned("The Veltrosian Air Force flew.", [(1..<2, .place), (2..<4, .organization)])
        #expect(out == ["Veltrosian Air Force": .organization])
    }

    @Test func anOrganisationWordEndsNoPersonsName() {
        let out = cleaned("She studied at Quenby University in 1990.", [(3..<5, .person)])
        #expect(out == ["Quenby University": .organization])
    }

    @Test func aTitleAndAGivenNameMakeAPerson() {
        let out = cleaned("On Thursday, Pope Francis spoke.", [(3..<5, .organization)])
        #expect(out == ["Francis": .person])
    }

    @Test func aTitleAndOneWordMakeAPerson() {
        // Tokens: Later , Captain Marrow said so .
        #expect(cleaned("Later, Captain Marrow said so.", [(2..<4, .organization)]) == ["Marrow": .person])
        // A title that is also a given name is that name ("Dean" in "Dean Marrow").
        #expect(cleaned("Scorers: Dean Marrow and others.", [(2..<4, .organization)]) == ["Dean Marrow": .person])
        // Not an organisation word or a listed company after the title.
        #expect(cleaned("Later, Major League fans came.", [(2..<4, .organization)]) == ["Major League": .organization])
        #expect(
            cleaned("Later, General Motors said so.", [(2..<4, .organization)]) == ["General Motors": .organization])
    }

    @Test func theWordsAfterOfJoinAnOrganisationWord() {
        let out = cleaned("The Department of Justice unsealed charges.", [(1..<2, .organization)])
        #expect(out == ["Department of Justice": .organization])
    }

    @Test func anAcronymGivesBackTheWordsANameLost() {
        let out = cleaned(
            "Officials of the Quenby Veltros Trading Board met. The QVTB agreed.",
            [(4..<7, .organization), (10..<11, .organization)])
        #expect(out == ["Quenby Veltros Trading Board": .organization, "QVTB": .organization])
    }

    @Test func aSentenceAdverbIsNoName() {
        let out = cleaned("Specifically, the committee asked for papers.", [(0..<1, .person)])
        #expect(out.isEmpty)
    }
}
