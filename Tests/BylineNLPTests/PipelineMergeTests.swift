import Testing

@testable import BylineNLP

/// How names and dates that overlap are merged into one list of mentions.
@Suite struct PipelineMergeTests {
    /// A mention over `text[start..<end]`, offsets counted in Unicode scalars.
    static func mention(_ text: String, _ part: String, _ type: EntityType, value: String? = nil) -> EntityMention {
        let scalars = Array(text.unicodeScalars)
        let p = Array(part.unicodeScalars)
        let start = (0...(scalars.count - p.count)).first { Array(scalars[$0..<$0 + p.count]) == p }!
        return EntityMention(type: type, start: start, end: start + p.count, text: part, value: value)
    }

    @Test(arguments: [
        ("President Bill Clinton Saturday signed the bill.", "Bill Clinton Saturday", "Saturday", "Bill Clinton"),
        ("Troops left Tanzania Friday.", "Tanzania Friday", "Friday", "Tanzania"),
        ("JOHANNESBURG, August 7 (Xinhua) -- Talks began.", "JOHANNESBURG, August 7", "August 7", "JOHANNESBURG"),
        ("Friday Tanzania closed its border.", "Friday Tanzania", "Friday", "Tanzania"),
    ])
    func aNameRunningIntoADateIsCutBack(text: String, name: String, date: String, kept: String) {
        let n = Self.mention(text, name, .place)
        let d = Self.mention(text, date, .date, value: "2022-01-14")
        let merged = Pipeline.merge([n], [d])
        #expect(merged.map(\.text).sorted() == [date, kept].sorted(), "\(merged)")
        let cut = merged.first { $0.type != .date }
        #expect(
            cut.map { Array(text.unicodeScalars)[$0.start..<$0.end].map(Character.init) }.map { String($0) } == kept)
        #expect(cut?.canonical == kept)
        #expect(merged.map(\.start) == merged.map(\.start).sorted())
    }

    @Test func aDateInsideANameLosesToIt() {
        let text = "The Good Friday Agreement holds."
        let merged = Pipeline.merge(
            [Self.mention(text, "Good Friday Agreement", .organization)], [Self.mention(text, "Friday", .date)])
        #expect(merged.map(\.text) == ["Good Friday Agreement"])
    }

    @Test func aNameWithNoWordOutsideADateIsTheDate() {
        let text = "They met on Friday."
        let merged = Pipeline.merge([Self.mention(text, "Friday", .person)], [Self.mention(text, "Friday", .date)])
        #expect(merged.map(\.type) == [.date])
        let opening = "Every Monday the shop closes."
        let found = Pipeline().annotate(opening, published: CalendarDate(year: 2021, month: 3, day: 10)).entities
        #expect(found.map(\.text) == ["Every Monday"] && found.first?.value == "XXXX-WXX-1", "\(found)")
    }

    @Test func thePipelineKeepsBothWhenTheTaggerJoinsThem() {
        let text = "Albright met Bill Clinton Saturday in Washington."
        let found = Pipeline().annotate(text, published: CalendarDate(year: 1998, month: 8, day: 10)).entities
        #expect(found.contains { $0.type == .date && $0.text == "Saturday" && $0.value == "1998-08-08" }, "\(found)")
        #expect(!found.contains { $0.type != .date && $0.text.contains("Saturday") }, "\(found)")
    }
}
