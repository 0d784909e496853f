import Testing

@testable import BylineNLP

/// How a name list file is cut into entries: one per line, trimmed, comments and blank lines left out.
@Suite struct GazetteerLinesTests {
    @Test func everyKindOfLineBreakEndsAnEntry() {
        let text = "Accra\nBamako\r\nCairo\rDakar\u{0B}Eldoret\u{0C}Freetown\u{85}Gao\u{2028}Harare\u{2029}Ibadan"
        #expect(
            EntityGazetteer.lines(text) == [
                "Accra", "Bamako", "Cairo", "Dakar", "Eldoret", "Freetown", "Gao", "Harare", "Ibadan",
            ])
    }

    @Test func entriesAreTrimmedOfSpacesAndTabsOnly() {
        let text = "  New York\t\n\u{A0}\u{3000}São Paulo\u{2009}\n\u{200B}Zero Width\u{200B}\n\t \n"
        #expect(EntityGazetteer.lines(text) == ["New York", "São Paulo", "\u{200B}Zero Width\u{200B}"])
    }

    @Test func commentsAndBlankLinesAreLeftOut() {
        let text = "# a comment\n\n   # indented comment\nUN\n#️⃣ keycap\nA # inside\n#"
        #expect(EntityGazetteer.lines(text) == ["UN", "#️⃣ keycap", "A # inside"])
    }
}
