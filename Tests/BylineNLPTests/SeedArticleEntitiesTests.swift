import Foundation
import Testing

@testable import BylineNLP

/// The seed article must come out as issue 4 lists it.
@Suite struct SeedArticleEntitiesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let text =
        (try? String(contentsOf: root.appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt"), encoding: .utf8))
        ?? ""
    static let mentions = EntityRecognizer.standard.recognize(Document(text))

    /// Lowercased canonical names of one type.
    func canonical(_ type: EntityType) -> Set<String> {
        Set(Self.mentions.filter { $0.type == type }.map { $0.canonical.lowercased() })
    }

    /// Canonical names of the mentions written exactly `text`.
    func canonical(ofMention text: String) -> Set<String> {
        Set(Self.mentions.filter { $0.text == text }.map(\.canonical))
    }

    @Test func theArticleIsThere() {
        #expect(Self.text.count > 3000)
    }

    @Test func people() {
        let people = canonical(.person)
        for name in [
            "antony blinken", "kim jong un", "linda thomas-greenfield", "jean lee", "donald trump", "joe biden",
        ] {
            #expect(people.contains(name), "missing \(name) in \(people.sorted())")
        }
        #expect(canonical(ofMention: "Blinken") == ["Antony Blinken"])
        #expect(canonical(ofMention: "Kim") == ["Kim Jong Un"])
        #expect(canonical(ofMention: "Trump") == ["Donald Trump"])
        #expect(!people.contains("twitter") && !people.contains("telegram"))
    }

    @Test func organisations() {
        let orgs = canonical(.organization)
        for name in ["afp", "reuters", "kcna", "msnbc", "wilson centre", "un security council"] {
            #expect(orgs.contains(name), "missing \(name) in \(orgs.sorted())")
        }
        #expect(canonical(ofMention: "United Nations Security Council") == canonical(ofMention: "UN Security Council"))
    }

    @Test func places() {
        let places = canonical(.place)
        for name in ["washington", "seoul", "pyongyang", "north korea"] {
            #expect(places.contains(name), "missing \(name) in \(places.sorted())")
        }
    }

    /// Types of the mentions written exactly `text`.
    func types(ofMention text: String) -> Set<EntityType> {
        Set(Self.mentions.filter { $0.text == text }.map(\.type))
    }

    @Test func shortFormsTakeTheRightType() {
        // "Join ST's Telegram channel": The Straits Times.
        #expect(types(ofMention: "ST") == [.organization])
        // "DPRK" abbreviates "Democratic People's Republic of Korea", a country like North Korea.
        #expect(types(ofMention: "DPRK") == [.place])
        #expect(types(ofMention: "Democratic People's Republic of Korea") == [.place])
        // "the US ambassador to the UN": the United Nations, not its Security Council, never a person.
        #expect(types(ofMention: "UN") == [.organization])
        #expect(canonical(ofMention: "UN") == ["UN"])
    }

    @Test func noNameCrossesAParagraph() {
        for m in Self.mentions { #expect(!m.text.contains("\n")) }
    }
}
